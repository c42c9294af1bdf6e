//! Batch and stream runs as users make them: many files, directories, JSON Lines and line
//! streams, bad input of every kind, several threads. Whatever comes in, every document gets
//! exactly one record, in input order, and the exit code says whether any failed.

mod common;

use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn write(dir: &Path, rel: &str, contents: &[u8]) -> PathBuf {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, contents).unwrap();
    p
}

fn ids(recs: &[Record]) -> Vec<String> {
    recs.iter().map(|r| r.id.clone()).collect()
}

fn entity_ids(r: &Record) -> Vec<String> {
    r.entities.iter().flatten().map(|e| e.id.clone()).collect()
}

fn is_root() -> bool {
    // The owner of /proc/self is the effective user.
    std::fs::metadata("/proc/self").is_ok_and(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
}

/// A JSONL corpus made of the bundled fixtures, `copies` times over, with distinct ids.
fn fixture_corpus(copies: usize) -> String {
    let mut texts = Vec::new();
    for dir in [
        "fixtures",
        "fixtures/names",
        "fixtures/quotes",
        "fixtures/reported",
        "fixtures/world",
    ] {
        for e in std::fs::read_dir(path(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    texts.sort();
    let mut out = String::new();
    for k in 0..copies {
        for (i, t) in texts.iter().enumerate() {
            let line = serde_json::json!({"id": format!("doc-{k}-{i}"), "text": t});
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    out
}

#[test]
fn mixed_bad_files_get_one_record_each_in_order_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = write(d, "good.txt", "Putin met Erdoğan in Istanbul.".as_bytes());
    let binary = write(d, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let latin1 = write(d, "latin1.txt", b"Kyiv \xe9t\xe9 Moscow");
    let missing = d.join("missing.txt");
    let empty = write(d, "empty.txt", b"");
    // A directory whose entries include one that cannot be read: a link to nowhere, and (when
    // not running as root, for whom permissions do not apply) a directory without permissions.
    let tree = d.join("tree");
    write(&tree, "a.txt", b"Reuters reported from Kyiv.");
    std::os::unix::fs::symlink(d.join("nowhere.txt"), tree.join("b.txt")).unwrap();
    let locked = tree.join("c-locked");
    write(&locked, "d.txt", b"Moscow");
    let root = is_root();
    if !root {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    let good2 = write(d, "good2.md", b"Zelensky spoke in Kyiv.");

    let out = bin()
        .args(["entities", "--threads", "2"])
        .args([&good, &binary, &latin1, &missing, &empty, &tree, &good2])
        .output()
        .unwrap();
    if !root {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    let show = |p: &Path| p.display().to_string();
    let mut want = vec![
        show(&good),
        show(&binary),
        show(&latin1),
        show(&missing),
        show(&empty),
        show(&tree.join("a.txt")),
        show(&tree.join("b.txt")),
    ];
    want.push(show(&if root { locked.join("d.txt") } else { locked }));
    want.push(show(&good2));
    assert_eq!(ids(&recs), want, "one record per document, in input order");

    assert_eq!(
        entity_ids(&recs[0]),
        ["vladimir-putin", "recep-tayyip-erdogan", "istanbul"]
    );
    assert_eq!(recs[1].error.as_deref(), Some("binary file, skipped"));
    assert!(recs[2].error.is_none());
    assert!(recs[2].warnings.as_ref().unwrap()[0].starts_with("invalid UTF-8 (first at byte 5)"));
    assert_eq!(entity_ids(&recs[2]), ["kyiv", "moscow"]);
    assert!(recs[3]
        .error
        .as_deref()
        .unwrap()
        .ends_with("missing.txt: No such file or directory (os error 2)"));
    assert!(recs[4].error.is_none() && recs[4].entities.as_ref().unwrap().is_empty());
    assert_eq!(entity_ids(&recs[5]), ["reuters", "kyiv"]);
    assert!(recs[6]
        .error
        .as_deref()
        .unwrap()
        .contains("No such file or directory"));
    if root {
        assert_eq!(entity_ids(&recs[7]), ["moscow"]);
    } else {
        assert!(recs[7]
            .error
            .as_deref()
            .unwrap()
            .contains("Permission denied"));
    }
    assert_eq!(entity_ids(&recs[8]), ["volodymyr-zelensky", "kyiv"]);
    for r in &recs {
        if r.error.is_some() {
            assert!(r.entities.as_ref().unwrap().is_empty());
        }
    }
}

#[test]
fn mixed_bad_jsonl_gets_one_record_per_line_in_order_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut lines = Vec::new();
    lines.extend_from_slice(b"{\"id\": \"good\", \"text\": \"Putin met Zelensky.\"}\n");
    lines.extend_from_slice(b"{\"id\": \"broken\", \"text\": \"unterminated}\n");
    lines.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"Kyiv \xe9t\xe9\"}\n");
    lines.extend_from_slice(b"{\"id\": \"empty\", \"text\": \"\"}\n");
    lines.extend_from_slice(b"{\"id\": \"number\", \"text\": 42}\n");
    lines.extend_from_slice(b"{\"id\": \"no-text\", \"body\": \"Kyiv\"}\n");
    lines.extend_from_slice(b"\n");
    lines.extend_from_slice(b"{\"text\": \"Moscow\"}");
    let corpus = write(d, "corpus.jsonl", &lines);
    let binary = write(d, "dump.jsonl", b"\x00\x01\x02");
    let empty = write(d, "empty.jsonl", b"");
    let missing = d.join("missing.jsonl");
    let out = bin()
        .args(["extract", "--input", "jsonl", "--threads", "2"])
        .args([&corpus, &binary, &empty, &missing])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    // An empty file holds no lines, so no documents; every line of the others is one record.
    assert_eq!(
        ids(&recs),
        [
            "good",
            "2",
            "latin1",
            "empty",
            "number",
            "no-text",
            "7",
            "8",
            "1",
            &missing.display().to_string()
        ]
    );
    let c = corpus.display().to_string();
    let err = |k: usize| recs[k].error.clone().unwrap_or_default();
    assert!(recs[0].error.is_none());
    assert!(
        err(1).starts_with(&format!("{c}: line 2: not valid JSON")),
        "{}",
        err(1)
    );
    assert!(recs[2].error.is_none());
    assert!(recs[2].warnings.as_ref().unwrap()[0].contains("invalid UTF-8"));
    assert!(recs[3].error.is_none());
    assert!(recs[3].entities.as_ref().unwrap().is_empty());
    assert_eq!(err(4), format!("{c}: line 5: field `text` is not a string"));
    assert!(err(5).starts_with(&format!("{c}: line 6: no `text` field")));
    assert_eq!(
        err(6),
        format!("{c}: line 7: empty line; expected a JSON object")
    );
    assert_eq!(entity_ids(&recs[7]), ["moscow"]);
    assert_eq!(
        err(8),
        format!("{}: line 1: binary file, skipped", binary.display())
    );
    assert!(err(9).contains("No such file or directory"));
}

#[test]
fn many_mixed_documents_give_as_many_records_whatever_the_threads() {
    let dir = tempfile::tempdir().unwrap();
    let mut expected = Vec::new();
    for k in 0..120 {
        let name = format!("f{k:03}.txt");
        let body: &[u8] = match k % 5 {
            0 => b"Putin met Zelensky in Istanbul.",
            1 => b"\x00binary",
            2 => b"Kyiv \xff Moscow",
            3 => b"",
            _ => b"\xe2\x80\x9cWe will win,\xe2\x80\x9d Peskov said.",
        };
        if k % 7 != 6 {
            write(dir.path(), &name, body);
        }
        expected.push(dir.path().join(name).display().to_string());
    }
    let args: Vec<&String> = expected.iter().collect();
    let mut outputs = Vec::new();
    for threads in ["1", "2", "5"] {
        let out = bin()
            .args(["extract", "--threads", threads])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(ids(&records(&out)), expected);
        outputs.push(out.stdout);
    }
    assert!(outputs.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn directories_are_read_recursively_in_name_order_with_glob() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "b.txt", b"Kyiv");
    write(d, "a/z.md", b"Moscow");
    write(d, "a/y/x.txt", b"Istanbul");
    write(d, "notes.json", b"{}");
    write(d, "2024/05/c.txt", b"Ankara");
    let run = |args: &[&str]| {
        let out = bin()
            .arg("entities")
            .args(args)
            .current_dir(d)
            .output()
            .unwrap();
        assert!(out.status.success());
        ids(&records(&out))
    };
    assert_eq!(
        run(&["."]),
        ["./2024/05/c.txt", "./a/y/x.txt", "./a/z.md", "./b.txt"]
    );
    assert_eq!(run(&["a"]), ["a/y/x.txt", "a/z.md"]);
    assert_eq!(run(&["a/"]), ["a/y/x.txt", "a/z.md"]);
    assert_eq!(run(&[".", "--glob", "*.json"]), ["./notes.json"]);
    assert_eq!(run(&[".", "--glob", "2024/**/*.txt"]), ["./2024/05/c.txt"]);
    assert_eq!(
        run(&["--glob", "*.md", "a", "b.txt"]),
        ["a/z.md", "b.txt"],
        "a file named on the command line is read whatever the glob"
    );
}

#[test]
fn a_bad_glob_is_a_usage_error() {
    bin()
        .args(["extract", "--glob", "a[", "."])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--glob a["));
}

#[test]
fn lines_input_is_one_document_per_line_numbered_from_1() {
    let out = bin()
        .args(["entities", "--input", "lines"])
        .write_stdin("Putin spoke.\n\nKyiv \u{2014} Moscow\r\nlast line without newline")
        .output()
        .unwrap();
    assert!(out.status.success());
    let recs = records(&out);
    assert_eq!(ids(&recs), ["1", "2", "3", "4"]);
    assert_eq!(entity_ids(&recs[0]), ["vladimir-putin"]);
    assert!(recs[1].entities.as_ref().unwrap().is_empty());
    assert_eq!(entity_ids(&recs[2]), ["kyiv", "moscow"]);
    let moscow = &recs[2].entities.as_ref().unwrap()[1].mentions[0];
    assert_eq!(
        (moscow.start, moscow.end),
        (7, 13),
        "the line ending is not text"
    );
}

#[test]
fn two_threads_write_the_same_bytes_as_one() {
    let corpus = fixture_corpus(3);
    let run = |threads: &str, args: &[&str]| {
        let out = bin()
            .args(["extract", "--threads", threads])
            .args(args)
            .write_stdin(corpus.clone())
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1", &["--input", "jsonl"]);
    assert_eq!(one, run("2", &["--input", "jsonl"]));
    assert_eq!(
        String::from_utf8_lossy(&one).lines().count(),
        corpus.lines().count()
    );
    let fixtures = path("fixtures").display().to_string();
    assert_eq!(run("1", &[&fixtures]), run("2", &[&fixtures]));
    let out = bin()
        .args(["quotes", "--format", "text", "--threads", "2", &fixtures])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(&format!("== {fixtures}/")));
}

#[test]
fn fail_fast_stops_at_the_first_error() {
    let input = "{\"text\": \"Kyiv\"}\n{\"text\": \"Moscow\"}\n{broken\n{\"text\": \"Ankara\"}\n";
    let out = bin()
        .args([
            "entities",
            "--input",
            "jsonl",
            "--fail-fast",
            "--threads",
            "2",
        ])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(ids(&recs), ["1", "2", "3"]);
    assert!(recs[2].error.is_some());
    // Without it, the run goes on.
    let out = bin()
        .args(["entities", "--input", "jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(records(&out).len(), 4);
}

#[test]
fn strict_utf8_turns_invalid_utf8_into_an_error_record() {
    let out = bin()
        .args(["entities", "--strict-utf8"])
        .write_stdin(b"Kyiv \xff Moscow".to_vec())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let r = &records(&out)[0];
    assert_eq!(
        r.error.as_deref(),
        Some("invalid UTF-8 at byte 5 (--strict-utf8)")
    );
    assert!(r.warnings.is_none());
    let out = bin()
        .args(["entities", "--strict-utf8", "--input", "lines"])
        .write_stdin(b"Kyiv\nMoscow \xff\n".to_vec())
        .output()
        .unwrap();
    let recs = records(&out);
    assert!(recs[0].error.is_none() && recs[1].error.is_some());
}

#[test]
fn jsonl_chunks_run_separately_and_concatenated_equal_one_run() {
    // What `parallel --pipe`, Hadoop Streaming and Spark's `RDD.pipe` do: cut the input at line
    // boundaries, run the filter on each piece, concatenate the outputs.
    let mut corpus = fixture_corpus(2);
    corpus.push_str("{\"id\": \"bad\", \"text\": 1}\n");
    corpus.push_str("not json at all\n");
    let run = |input: String| {
        let out = bin()
            .args(["extract", "--input", "jsonl"])
            .write_stdin(input)
            .output()
            .unwrap();
        out.stdout
    };
    let whole = run(corpus.clone());
    let lines: Vec<&str> = corpus.split_inclusive('\n').collect();
    let mut pieces = Vec::new();
    for chunk in lines.chunks(7) {
        pieces.extend(run(chunk.concat()));
    }
    let whole = records_of(&whole);
    let pieces = records_of(&pieces);
    assert_eq!(whole.len(), lines.len(), "one output line per input line");
    assert_eq!(pieces.len(), whole.len());
    for (w, p) in whole.iter().zip(&pieces) {
        if w.error.is_none() {
            assert!(w == p, "record {} differs when run in pieces", w.id);
        } else {
            // An error names the line, counted within the piece it was read from.
            let message = |r: &Record| {
                r.error
                    .clone()
                    .unwrap()
                    .split_once(": ")
                    .unwrap()
                    .1
                    .to_string()
            };
            assert_eq!(message(w), message(p));
        }
    }
    // Records with ids match; a line without one is numbered within its piece.
    assert_eq!(whole[whole.len() - 2].id, pieces[pieces.len() - 2].id);
}

fn records_of(stdout: &[u8]) -> Vec<Record> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn progress_goes_to_stderr_only_when_asked_or_on_a_terminal() {
    let corpus = fixture_corpus(1);
    let out = bin()
        .args(["entities", "--input", "jsonl", "--progress"])
        .write_stdin(corpus.clone())
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(stderr.contains(" documents, "), "{stderr}");
    assert!(stderr.contains(" docs/s"), "{stderr}");
    let recs = records(&out);
    assert_eq!(
        recs.len(),
        corpus.lines().count(),
        "stdout holds only records"
    );
    // Piped and not asked for: nothing.
    let out = bin()
        .args(["entities", "--input", "jsonl"])
        .write_stdin(corpus)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn closed_output_pipe_ends_quietly_with_one_thread_and_files() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<PathBuf> = (0..400)
        .map(|k| {
            write(
                dir.path(),
                &format!("{k:04}.txt"),
                b"Putin met Zelensky in Kyiv.",
            )
        })
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["extract", "--threads", "1"])
        .args(&names)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("0000.txt"));
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn ctrl_c_stops_a_never_ending_stream_leaving_whole_records() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["entities", "--input", "jsonl", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    // Standard input stays open: the stream never ends by itself.
    writeln!(stdin, "{{\"id\": \"a\", \"text\": \"Kyiv\"}}").unwrap();
    stdin.flush().unwrap();
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(
        first.starts_with("{\"id\":\"a\""),
        "records are flushed as they are done"
    );
    // A document arriving while the workers wait is not held back for more to come.
    writeln!(stdin, "{{\"id\": \"b\", \"text\": \"Ankara\"}}").unwrap();
    stdin.flush().unwrap();
    let mut second = String::new();
    stdout.read_line(&mut second).unwrap();
    assert!(second.starts_with("{\"id\":\"b\""), "{second}");
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "");
    assert_eq!(child.wait().unwrap().code(), Some(130));
    drop(stdin);
}

#[test]
fn an_empty_standard_input_is_one_empty_record() {
    let out = bin().arg("extract").write_stdin("").output().unwrap();
    assert!(out.status.success());
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].id, "-");
    assert!(recs[0].entities.as_ref().unwrap().is_empty());
    assert!(recs[0].quotes.as_ref().unwrap().is_empty());
}
