//! The foundation fixtures: the binary's output for each reference article equals what a reader
//! wrote down by hand, and every span slices the input exactly in every offset unit.

mod common;

use common::*;

const FOUNDATION: &[&str] = &[
    "fixtures/istanbul-talks",
    "fixtures/kremlin-briefing",
    "fixtures/may-speech",
];

fn extract(rel: &str, extra: &[&str]) -> Record {
    let out = bin()
        .current_dir(root())
        .arg("extract")
        .args(extra)
        .arg(format!("{rel}.txt"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut recs = records(&out);
    assert_eq!(recs.len(), 1);
    recs.remove(0)
}

/// The expected entities with offsets computed from the hand-written mention texts.
fn expected_entities(text: &str, expected: &Expected) -> Vec<Entity> {
    expected
        .entities
        .iter()
        .map(|e| Entity {
            id: e.id.clone().expect("foundation fixtures give ids"),
            kind: e.kind.clone(),
            name: e.name.clone(),
            wikidata: e.wikidata.clone(),
            country: e.country.clone(),
            source: "gazetteer".to_string(),
            mentions: locate_mentions(text, &e.mentions)
                .into_iter()
                .map(|(s, e)| Span {
                    text: text[s..e].to_string(),
                    start: char_offset(text, s),
                    end: char_offset(text, e),
                })
                .collect(),
        })
        .collect()
}

#[test]
fn foundation_fixtures_match_hand_written_entities() {
    for rel in FOUNDATION {
        let (text, expected) = fixture(rel);
        let record = extract(rel, &[]);
        assert_eq!(record.id, format!("{rel}.txt"));
        let got = record.entities.unwrap();
        let want = expected_entities(&text, &expected);
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g, w, "{rel}: entity differs");
        }
        let got_ids: Vec<&str> = got.iter().map(|e| e.id.as_str()).collect();
        let want_ids: Vec<&str> = want.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(got_ids, want_ids, "{rel}: entity list differs");
    }
}

/// Slice `text` at `start..end` counted in `unit`.
fn slice_in_unit(text: &str, unit: &str, start: usize, end: usize) -> String {
    match unit {
        "bytes" => String::from_utf8(text.as_bytes()[start..end].to_vec()).unwrap(),
        "chars" => text.chars().skip(start).take(end - start).collect(),
        "utf16" => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start..end]).unwrap()
        }
        _ => unreachable!(),
    }
}

fn all_spans(record: &Record) -> Vec<Span> {
    let mut spans = Vec::new();
    for e in record.entities.iter().flatten() {
        spans.extend(e.mentions.iter().cloned());
    }
    for q in record.quotes.iter().flatten() {
        spans.push(Span {
            text: q.text.clone(),
            start: q.start,
            end: q.end,
        });
        if let Some(s) = &q.speaker {
            spans.push(Span {
                text: s.text.clone(),
                start: s.start,
                end: s.end,
            });
        }
        spans.extend(q.cue.iter().cloned());
    }
    spans
}

#[test]
fn every_span_slices_the_input_in_every_offset_unit() {
    let mut fixtures: Vec<String> = FOUNDATION.iter().map(|s| s.to_string()).collect();
    for dir in [
        "fixtures/quotes",
        "fixtures/reported",
        "fixtures/world",
        "fixtures/names",
    ] {
        if path(dir).is_dir() {
            fixtures.extend(fixtures_in(dir));
        }
    }
    for rel in &fixtures {
        let text = std::fs::read_to_string(path(&format!("{rel}.txt"))).unwrap();
        for unit in ["chars", "bytes", "utf16"] {
            let record = extract(rel, &["--offsets", unit]);
            let spans = all_spans(&record);
            assert!(!spans.is_empty(), "{rel}: no spans at all");
            for s in spans {
                assert!(s.start <= s.end, "{rel} {unit}: {s:?}");
                let sliced = slice_in_unit(&text, unit, s.start, s.end);
                assert_eq!(
                    sliced, s.text,
                    "{rel} {unit}: span {s:?} does not slice the input"
                );
            }
        }
    }
}

#[test]
fn mentions_are_sorted_and_do_not_overlap() {
    for rel in FOUNDATION {
        let record = extract(rel, &[]);
        let mut spans: Vec<(usize, usize)> = record
            .entities
            .unwrap()
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
            .collect();
        spans.sort();
        for w in spans.windows(2) {
            assert!(w[0].1 <= w[1].0, "{rel}: overlapping mentions {w:?}");
        }
    }
}
