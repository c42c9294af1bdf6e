#!/usr/bin/env python3
"""Whole-process benchmarks of the release binary (benchmarks, not tests):

1. start-up: process start to the first output record, on a 3 KB article with the built-in
   gazetteers (median of RUNS runs, best too);
2. loading a user gazetteer of 1,000,000 names and aliases (generated: 500,000 invented
   people, each with a full name and a surname): wall time and peak RSS;
3. linearity: `gazette extract --input jsonl --threads 1` over corpora of 20, 100 and 200 MB
   built from the bundled articles (median MB/s of RUNS runs each).

Everything generated goes to a temporary directory and is deleted. Needs /usr/bin/time
(Debian package `time`) for peak memory.

    scripts/bench_process.py              # all three, 3 runs each
    RUNS=5 SIZES=20,100 scripts/bench_process.py
"""

import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("RUNS", "3"))
SIZES = [int(s) for s in os.environ.get("SIZES", "20,100,200").split(",")]
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
BIN = TARGET / "release" / "gazette"


def timed(args, stdin=None):
    """Wall seconds and peak RSS (MB) of one run of `args`."""
    start = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *args],
        stdin=stdin,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=True,
    )
    wall = time.perf_counter() - start
    peak_kb = int(done.stderr.decode().strip().splitlines()[-1])
    return wall, peak_kb / 1024


def article(work):
    """About 3 KB of news: the bundled articles joined until the size is reached."""
    text = ""
    for p in sorted((ROOT / "fixtures" / "world").glob("*.txt")):
        for para in p.read_text(encoding="utf-8").split("\n\n"):
            if len(text.encode()) >= 3000:
                break
            text += para.strip() + "\n\n"
    path = work / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path, len(text.encode())


def startup(work):
    path, size = article(work)
    walls = []
    for _ in range(max(RUNS, 11)):
        start = time.perf_counter()
        subprocess.run([str(BIN), "extract", str(path)], stdout=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - start)
    print(
        f"start-up, {size} B article: median {statistics.median(walls) * 1000:.1f} ms, "
        f"best {min(walls) * 1000:.1f} ms"
    )


def million(work):
    syllables = "ka lo mi ren sa tor vu bel di fa gor han jo kel lum mar nov pe qui ros".split()
    path = work / "million.tsv"
    with path.open("w", encoding="utf-8") as out:
        for i in range(500_000):
            word, n = "", i
            while True:
                word += syllables[n % len(syllables)]
                n //= len(syllables)
                if n == 0:
                    break
            word = word.capitalize() + "ov"
            out.write(f"gen-{i}\tPERSON\tAlex {word}\t{word}\t\n")
    art, _ = article(work)
    # The load alone: the same run without the extra file, subtracted.
    base = [timed([str(BIN), "extract", str(art)]) for _ in range(RUNS)]
    runs = [timed([str(BIN), "extract", "-g", str(path), str(art)]) for _ in range(RUNS)]
    wall = statistics.median(w for w, _ in runs)
    peak = max(m for _, m in runs)
    print(
        f"1,000,000-alias gazetteer ({path.stat().st_size / 1e6:.0f} MB): "
        f"run {wall:.2f} s (load {wall - statistics.median(w for w, _ in base):.2f} s), "
        f"peak {peak:.0f} MB (built-in only: {max(m for _, m in base):.0f} MB)"
    )


def corpus(work, mb):
    path = work / f"corpus{mb}.jsonl"
    texts = [
        (str(p.relative_to(ROOT)), p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "fixtures").rglob("*.txt"))
    ]
    written, copy = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < mb * 1_000_000:
            for name, text in texts:
                line = json.dumps({"id": f"{name}#{copy}", "text": text}, ensure_ascii=False)
                out.write(line + "\n")
                written += len(line.encode()) + 1
            copy += 1
    return path, written


def linearity(work):
    for mb in SIZES:
        path, size = corpus(work, mb)
        runs = []
        for _ in range(RUNS):
            with path.open("rb") as f:
                runs.append(
                    timed([str(BIN), "extract", "--input", "jsonl", "--threads", "1"], stdin=f)
                )
            # Each corpus is read once per run; leave it to the page cache.
        walls = [w for w, _ in runs]
        print(
            f"{mb} MB corpus, 1 thread: median {size / 1e6 / statistics.median(walls):.1f} MB/s, "
            f"best {size / 1e6 / min(walls):.1f} MB/s, peak {max(m for _, m in runs):.0f} MB"
        )
        path.unlink()


def main():
    if not os.path.exists("/usr/bin/time"):
        sys.exit("needs /usr/bin/time (apt-get install time)")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        startup(work)
        million(work)
        linearity(work)


if __name__ == "__main__":
    main()
