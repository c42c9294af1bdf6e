#!/usr/bin/env bash
# Throughput and peak memory of a batch run on 1 and 2 threads (a benchmark, not a test).
#
# Builds a JSON Lines corpus of at least SIZE_MB megabytes from the bundled articles
# (fixtures/**/*.txt, repeated with distinct ids; deterministic, written to a temporary
# directory and never committed), then runs `gazette extract --input jsonl` RUNS times with
# `--threads 1` and with `--threads 2`, and prints the median wall time, MB/s, the
# 2-thread / 1-thread speed ratio and the largest peak RSS (GNU time's %M).
#
#   scripts/bench_batch.sh                 # 100 MB, 3 runs each
#   SIZE_MB=200 RUNS=5 WAIT_IDLE=1 scripts/bench_batch.sh
#
# Medians, because shared two-core machines are noisy; best runs too, since load elsewhere only
# ever adds time. Needs python3, bc and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${SIZE_MB:-100}
RUNS=${RUNS:-3}
THREADS=${THREADS:-"1 2"}
TARGET=${CARGO_TARGET_DIR:-target}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
cargo build --release --quiet
BIN="$TARGET/release/gazette"

python3 - "$SIZE_MB" "$WORK/corpus.jsonl" <<'PY'
import json, pathlib, sys
size = int(sys.argv[1]) * 1_000_000
texts = [(str(p), p.read_text(encoding="utf-8"))
         for p in sorted(pathlib.Path("fixtures").rglob("*.txt"))]
written, copy = 0, 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    while written < size:
        for name, text in texts:
            line = json.dumps({"id": f"{name}#{copy}", "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
        copy += 1
print(f"corpus: {written / 1e6:.1f} MB, {copy * len(texts)} documents "
      f"({len(texts)} articles x {copy})", file=sys.stderr)
PY
BYTES=$(stat -c %s "$WORK/corpus.jsonl")

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# WAIT_IDLE=1: before each run, wait (up to a minute) for a 2-second spell in which the machine's
# cores are at least 90% idle, so runs measure gazette rather than other jobs.
wait_idle() {
  [ "${WAIT_IDLE:-0}" = 1 ] || return 0
  local a b busy idle
  for _ in $(seq 30); do
    read -ra a < /proc/stat; sleep 2; read -ra b < /proc/stat
    busy=$(( b[1] - a[1] + b[2] - a[2] + b[3] - a[3] ))
    idle=$(( b[4] - a[4] ))
    if [ $(( idle * 10 )) -ge $(( (busy + idle) * 9 )) ]; then return 0; fi
  done
  echo "  (machine still busy; measuring anyway)" >&2
}

# Rounds alternate the thread counts, so a burst of load elsewhere hits both alike.
for t in $THREADS; do : > "$WORK/times.$t"; : > "$WORK/rss.$t"; : > "$WORK/cpu.$t"; done
for r in $(seq "$RUNS"); do
  for t in $THREADS; do
    wait_idle
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" \
      "$BIN" extract --input jsonl --threads "$t" < "$WORK/corpus.jsonl" > "$WORK/out.$t"
    read -r secs kb user sys < "$WORK/time"
    echo "$secs" >> "$WORK/times.$t"
    echo "$kb" >> "$WORK/rss.$t"
    echo "$user + $sys" | bc -l >> "$WORK/cpu.$t"
    echo "  round $r, threads=$t: ${secs}s wall, ${user}s user, peak RSS $((kb / 1024)) MB" >&2
  done
done
declare -A SECONDS_MEDIAN SECONDS_MIN
for t in $THREADS; do
  SECONDS_MEDIAN[$t]=$(median < "$WORK/times.$t")
  SECONDS_MIN[$t]=$(sort -n "$WORK/times.$t" | head -1)
done

cmp -s "$WORK/out.1" "$WORK/out.2" 2>/dev/null && echo "outputs of 1 and 2 threads: byte-identical" \
  || { [ -f "$WORK/out.1" ] && [ -f "$WORK/out.2" ] && echo "outputs of 1 and 2 threads DIFFER"; }
printf '%-8s %10s %10s %8s %12s %14s\n' threads "median s" "MB/s" "best s" "median CPU s" "peak RSS MB"
for t in $THREADS; do
  s=${SECONDS_MEDIAN[$t]}
  rss=$(sort -n "$WORK/rss.$t" | tail -1)
  cpu=$(median < "$WORK/cpu.$t")
  printf '%-8s %10.2f %10.1f %8.2f %12.2f %14d\n' "$t" "$s" "$(echo "$BYTES / 1000000 / $s" | bc -l)" \
    "${SECONDS_MIN[$t]}" "$cpu" $((rss / 1024))
done
# How much of a second core this machine gives right now: the same CPU-bound loop alone, then
# two at once. 2.00 means two free cores; on a shared machine it is often less, and the
# 2-thread speed-up of gazette cannot exceed it.
burn='import time; t=time.time(); sum(range(30_000_000)); print(time.time()-t)'
alone=$(python3 -c "$burn")
pair=$( (python3 -c "$burn" & python3 -c "$burn"; wait) | sort -n | tail -1)
printf 'machine: two CPU-bound processes at once get %.2f cores\n' "$(echo "2 * $alone / $pair" | bc -l)"
if [ -n "${SECONDS_MEDIAN[1]:-}" ] && [ -n "${SECONDS_MEDIAN[2]:-}" ]; then
  printf 'speed-up 2 threads / 1 thread: %.2fx (medians), %.2fx (best runs)\n' \
    "$(echo "${SECONDS_MEDIAN[1]} / ${SECONDS_MEDIAN[2]}" | bc -l)" \
    "$(echo "${SECONDS_MIN[1]} / ${SECONDS_MIN[2]}" | bc -l)"
fi
