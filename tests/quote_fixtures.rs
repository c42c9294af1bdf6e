//! Quotations measured on the reference articles: every expected quotation found, nothing else
//! reported as one, and each given the expected speaker. Run with `--nocapture` for the table
//! and every problem.

mod common;

use common::*;
use gazette::Extractor;

struct Totals {
    gold: usize,
    predicted: usize,
    found: usize,
    correct: usize,
    speaker_ok: usize,
    name_ok: usize,
}

fn report(dirs: &[&str], kinds: &[&str]) -> Totals {
    let extractor = Extractor::with_builtin().unwrap();
    let mut t = Totals {
        gold: 0,
        predicted: 0,
        found: 0,
        correct: 0,
        speaker_ok: 0,
        name_ok: 0,
    };
    for dir in dirs {
        for rel in fixtures_in(dir) {
            let (text, expected) = fixture(&rel);
            let analysis = extractor.analyse(&text);
            let s = score_quotes(&text, &expected, &analysis, kinds);
            println!(
                "{rel}: gold {} predicted {} found {} correct {} speaker {} name {}",
                s.gold, s.predicted, s.found, s.correct, s.speaker_ok, s.name_ok
            );
            for p in &s.problems {
                println!("    {p}");
            }
            t.gold += s.gold;
            t.predicted += s.predicted;
            t.found += s.found;
            t.correct += s.correct;
            t.speaker_ok += s.speaker_ok;
            t.name_ok += s.name_ok;
        }
    }
    let r = t.found as f64 / t.gold.max(1) as f64;
    let p = t.correct as f64 / t.predicted.max(1) as f64;
    let sp = t.speaker_ok as f64 / t.found.max(1) as f64;
    let nm = t.name_ok as f64 / t.found.max(1) as f64;
    println!("{kinds:?}: recall {r:.3}, precision {p:.3}, speaker {sp:.3}, resolved name {nm:.3}");
    t
}

fn ratio(a: usize, b: usize) -> f64 {
    a as f64 / b.max(1) as f64
}

#[test]
fn direct_quotes_in_the_quote_articles() {
    let t = report(
        &[
            "fixtures/quotes",
            "fixtures/reported",
            "fixtures/world",
            "fixtures/names",
        ],
        &["direct"],
    );
    assert!(
        ratio(t.found, t.gold) >= 0.95,
        "recall {}",
        ratio(t.found, t.gold)
    );
    assert!(
        ratio(t.correct, t.predicted) >= 0.95,
        "precision {}",
        ratio(t.correct, t.predicted)
    );
    assert!(
        ratio(t.speaker_ok, t.found) >= 0.92,
        "speaker {}",
        ratio(t.speaker_ok, t.found)
    );
    assert!(
        ratio(t.name_ok, t.found) >= 0.85,
        "resolved name {}",
        ratio(t.name_ok, t.found)
    );
}

#[test]
fn reported_speech_in_the_reported_articles() {
    // Indirect and mixed quotations, scored like direct ones: each expected one covered by a
    // predicted one of either kind (the line between them is a judgement), nothing else
    // reported, and the speaker right.
    let t = report(&["fixtures/reported"], &["indirect", "mixed"]);
    let (recall, precision) = (ratio(t.found, t.gold), ratio(t.correct, t.predicted));
    let speaker = ratio(t.speaker_ok, t.found);
    assert!(t.gold >= 50, "only {} expected reported quotations", t.gold);
    assert!(recall >= 0.85, "recall {recall}");
    assert!(precision >= 0.85, "precision {precision}");
    assert!(speaker >= 0.85, "speaker {speaker}");
}
