//! The command line as users run it: inputs, gazetteer options, errors and exit codes.

mod common;

use common::*;
use predicates::prelude::*;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

fn write_temp(dir: &tempfile::TempDir, name: &str, contents: &str) -> std::path::PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

fn entity_ids(r: &Record) -> Vec<String> {
    r.entities.iter().flatten().map(|e| e.id.clone()).collect()
}

#[test]
fn standard_input_is_one_document_with_id_dash() {
    let out = bin()
        .arg("extract")
        .write_stdin("Vladimir Putin spoke.\n\nPutin left Moscow.")
        .output()
        .unwrap();
    assert!(out.status.success());
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0].id, "-");
    assert_eq!(entity_ids(&recs[0]), ["vladimir-putin", "moscow"]);
    let out = bin()
        .args(["entities", "-"])
        .write_stdin("Kyiv")
        .output()
        .unwrap();
    assert_eq!(records(&out)[0].id, "-");
}

#[test]
fn jsonl_records_keep_input_order_and_ids() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Putin met Zelensky.\"}\n",
        "{\"text\": \"Nothing here.\"}\n",
        "{\"id\": 7, \"text\": \"Reuters reported from Kyiv.\"}\n",
    );
    let out = bin()
        .args(["entities", "--input", "jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let recs = records(&out);
    let ids: Vec<&str> = recs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "2", "7"]);
    assert_eq!(
        entity_ids(&recs[0]),
        ["vladimir-putin", "volodymyr-zelensky"]
    );
    assert!(recs[1].entities.as_ref().unwrap().is_empty());
    assert_eq!(entity_ids(&recs[2]), ["reuters", "kyiv"]);
}

#[test]
fn jsonl_fields_can_be_renamed() {
    let out = bin()
        .args([
            "entities",
            "--input",
            "jsonl",
            "--text-field",
            "body",
            "--id-field",
            "url",
        ])
        .write_stdin("{\"url\": \"https://x/1\", \"body\": \"Kyiv\"}\n")
        .output()
        .unwrap();
    let recs = records(&out);
    assert_eq!(recs[0].id, "https://x/1");
    assert_eq!(entity_ids(&recs[0]), ["kyiv"]);
}

#[test]
fn bad_jsonl_line_gets_an_error_record_and_exit_1() {
    let input = "{\"text\": \"Kyiv\"}\n{not json\n{\"text\": 3}\n{\"text\": \"Moscow\"}\n";
    let out = bin()
        .args(["extract", "--input", "jsonl"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 4, "one record per input line");
    assert!(recs[0].error.is_none());
    assert!(recs[1]
        .error
        .as_deref()
        .unwrap()
        .starts_with("line 2: not valid JSON"));
    assert_eq!(
        recs[2].error.as_deref(),
        Some("line 3: field `text` is not a string")
    );
    assert_eq!(recs[1].entities.as_deref(), Some(&[][..]));
    assert_eq!(recs[1].quotes.as_deref(), Some(&[][..]));
    assert_eq!(entity_ids(&recs[3]), ["moscow"]);
}

#[test]
fn missing_file_gets_an_error_record_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_temp(&dir, "good.txt", "Ankara");
    let out = bin()
        .arg("entities")
        .arg(dir.path().join("missing.txt"))
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert!(recs[0].error.as_deref().unwrap().contains("missing.txt"));
    assert_eq!(entity_ids(&recs[1]), ["ankara"]);
}

#[test]
fn user_tsv_gazetteer_adds_entities_and_can_replace_builtin_ones() {
    let dir = tempfile::tempdir().unwrap();
    let g = write_temp(
        &dir,
        "mine.tsv",
        "# my list\nacme\tORGANIZATION\tAcme Widgets\tAcme\t\nkyiv\tLOCATION\tKyiv City\tKyiv\tQ1899\n",
    );
    let out = bin()
        .arg("entities")
        .arg("--gazetteer")
        .arg(&g)
        .write_stdin("Acme opened an office in Kyiv.")
        .output()
        .unwrap();
    let recs = records(&out);
    let ents = recs[0].entities.as_ref().unwrap();
    assert_eq!(ents[0].id, "acme");
    assert_eq!(ents[0].mentions[0].text, "Acme");
    assert_eq!(ents[1].id, "kyiv");
    assert_eq!(ents[1].name, "Kyiv City");
}

#[test]
fn spacy_pattern_file_works_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let g = write_temp(
        &dir,
        "patterns.jsonl",
        "{\"label\": \"ORG\", \"pattern\": \"Acme Widgets\", \"id\": \"acme\"}\n{\"label\": \"ORG\", \"pattern\": \"Acme\", \"id\": \"acme\"}\n{\"label\": \"GPE\", \"pattern\": \"Springfield\"}\n",
    );
    let out = bin()
        .arg("entities")
        .arg("--no-default-gazetteers")
        .arg("-g")
        .arg(&g)
        .write_stdin("Acme Widgets moved to Springfield. Acme said so.")
        .output()
        .unwrap();
    let recs = records(&out);
    let ents = recs[0].entities.as_ref().unwrap();
    assert_eq!(ents.len(), 2);
    assert_eq!(
        (ents[0].id.as_str(), ents[0].kind.as_str()),
        ("acme", "ORGANIZATION")
    );
    assert_eq!(ents[0].mentions.len(), 2);
    assert_eq!(
        (ents[1].id.as_str(), ents[1].kind.as_str()),
        ("springfield", "LOCATION")
    );
}

#[test]
fn bad_gazetteer_exits_2_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let g = write_temp(&dir, "bad.tsv", "a\tPERSON\tA\t\t\nb\tPERSON\tB\t\tQ0x\n");
    bin()
        .arg("extract")
        .arg("-g")
        .arg(&g)
        .write_stdin("x")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "bad.tsv:2: malformed Wikidata id `Q0x`",
        ));
}

#[test]
fn token_patterns_exit_2_as_not_supported() {
    let dir = tempfile::tempdir().unwrap();
    let g = write_temp(
        &dir,
        "p.jsonl",
        "{\"label\": \"ORG\", \"pattern\": [{\"LOWER\": \"acme\"}]}\n",
    );
    bin()
        .args(["gazetteer", "check"])
        .arg(&g)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "p.jsonl:1: token-list patterns are not supported",
        ));
}

#[test]
fn gazetteer_check_counts_entities_and_names() {
    let dir = tempfile::tempdir().unwrap();
    let g = write_temp(
        &dir,
        "g.tsv",
        "id\ttype\tname\taliases\twikidata\na\tPERSON\tAnn Lee\tLee|~Annie\t\n",
    );
    bin()
        .args(["gazetteer", "check"])
        .arg(&g)
        .assert()
        .success()
        .stdout(predicate::str::contains("ok, 1 entities, 3 names"));
}

#[test]
fn gazetteer_stats_counts_per_type_and_class() {
    bin()
        .args(["gazetteer", "stats"])
        .assert()
        .success()
        .stdout(predicate::str::contains("PERSON").and(predicate::str::contains("LOCATION")));
    let dir = tempfile::tempdir().unwrap();
    let tsv = write_temp(
        &dir,
        "mine.tsv",
        "ada-moss\tPERSON\tAda Moss\tMoss\t\tclass=minister\n\
         ben-ure\tPERSON\tBen Ure\t\t\tclass=minister\n\
         cy-dee\tPERSON\tCy Dee\t\t\n\
         nowhere\tLOCATION\tNowhere Land\tNowhere\t\tclass=country\n",
    );
    let out = bin()
        .args(["gazetteer", "stats", "--no-default-gazetteers"])
        .arg(&tsv)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert!(rows.contains(&vec!["PERSON", "3", "4"]), "{text}");
    assert!(rows.contains(&vec!["minister", "2"]), "{text}");
    assert!(rows.contains(&vec!["LOCATION", "1", "2"]), "{text}");
    assert!(rows.contains(&vec!["total", "4", "6"]), "{text}");
    assert!(
        text.contains("countries without a NORP entry: nowhere"),
        "{text}"
    );
}

#[test]
fn without_default_gazetteers_nothing_is_known() {
    let out = bin()
        .args(["entities", "--no-default-gazetteers"])
        .write_stdin("Reuters reported from Moscow and Kyiv.")
        .output()
        .unwrap();
    assert!(records(&out)[0].entities.as_ref().unwrap().is_empty());
}

#[test]
fn entities_and_quotes_commands_leave_out_the_other_list() {
    let out = bin().arg("entities").write_stdin("Kyiv").output().unwrap();
    let r = &records(&out)[0];
    assert!(r.entities.is_some() && r.quotes.is_none());
    let out = bin().arg("quotes").write_stdin("Kyiv").output().unwrap();
    let r = &records(&out)[0];
    assert!(r.entities.is_none() && r.quotes.is_some());
}

#[test]
fn pretty_output_is_one_json_document_per_record() {
    let out = bin()
        .args(["extract", "--pretty"])
        .write_stdin("Kyiv")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 3);
    let r: Record = serde_json::from_str(&text).unwrap();
    assert_eq!(r.entities.unwrap()[0].id, "kyiv");
}

#[test]
fn unknown_offset_unit_is_a_usage_error() {
    bin()
        .args(["extract", "--offsets", "words"])
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--offsets"));
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let out = bin()
        .arg("entities")
        .write_stdin(b"Kyiv \xff Moscow".to_vec())
        .output()
        .unwrap();
    assert!(out.status.success());
    let r = &records(&out)[0];
    assert!(r.warnings.as_ref().unwrap()[0].contains("invalid UTF-8"));
    assert_eq!(r.entities.as_ref().unwrap()[1].mentions[0].start, 7);
}

#[test]
fn closed_output_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["entities", "--input", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for k in 0..50_000 {
            if writeln!(
                stdin,
                "{{\"id\": \"{k}\", \"text\": \"Putin met Zelensky in Istanbul.\"}}"
            )
            .is_err()
            {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("\"id\":\"0\""));
    // Dropping the reader closes the pipe.
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

const REPORTED: &str = "The minister said the talks would resume in March. \
\"We are ready,\" she said. She said the plan was \"a fair deal\" for both sides.";

fn kinds_of(args: &[&str]) -> Vec<String> {
    let out = bin().args(args).write_stdin(REPORTED).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    recs[0]
        .quotes
        .iter()
        .flatten()
        .map(|q| format!("{}: {}", q.kind, q.text))
        .collect()
}

#[test]
fn kinds_choose_which_quotations_are_reported() {
    assert_eq!(
        kinds_of(&["quotes"]),
        [
            "indirect: the talks would resume in March",
            "direct: We are ready,",
            "mixed: the plan was \"a fair deal\" for both sides",
        ]
    );
    assert_eq!(
        kinds_of(&["quotes", "--kinds", "direct"]),
        ["direct: We are ready,", "direct: a fair deal"]
    );
    assert_eq!(
        kinds_of(&["quotes", "--kinds", "indirect,mixed"]),
        [
            "indirect: the talks would resume in March",
            "mixed: the plan was \"a fair deal\" for both sides",
        ]
    );
}

#[test]
fn an_unknown_kind_is_a_usage_error_naming_the_choices() {
    let out = bin()
        .args(["quotes", "--kinds", "direct,rumour"])
        .write_stdin(REPORTED)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("rumour"), "{err}");
    assert!(err.contains("indirect"), "{err}");
}

#[test]
fn no_name_rules_keeps_only_gazetteer_names() {
    let text = "Finance Minister Olaf Brenner met Vladimir Putin in Moscow.";
    let ids = |args: &[&str]| {
        let out = bin().args(args).write_stdin(text).output().unwrap();
        assert!(out.status.success());
        let recs = records(&out);
        recs[0]
            .entities
            .iter()
            .flatten()
            .map(|e| format!("{}:{}", e.source, e.name))
            .collect::<Vec<_>>()
    };
    let all = ids(&["entities"]);
    assert!(all.contains(&"rule:Olaf Brenner".to_string()), "{all:?}");
    assert_eq!(
        ids(&["entities", "--no-name-rules"]),
        ["gazetteer:Vladimir Putin", "gazetteer:Moscow"]
    );
}
