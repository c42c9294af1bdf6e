//! Entity recognition measured on the reference articles: precision and recall per mention
//! (same span, same type) against the hand-written expected files. Run with `--nocapture` to
//! see the table and every miss.

mod common;

use common::*;
use gazette::Extractor;

fn report(dir: &str, keep: impl Fn(&gazette::Entity) -> bool + Copy) -> (f64, f64) {
    let extractor = Extractor::with_builtin().unwrap();
    let (mut gold, mut predicted, mut correct) = (0, 0, 0);
    println!("{dir}: article, gold, predicted, correct");
    for rel in fixtures_in(dir) {
        let (text, expected) = fixture(&rel);
        let analysis = extractor.analyse(&text);
        let s = score_mentions(&text, &expected, &analysis, keep);
        println!("  {rel}: {} {} {}", s.gold, s.predicted, s.correct);
        for m in &s.missed {
            println!("    missed   {m}");
        }
        for m in &s.spurious {
            println!("    spurious {m}");
        }
        gold += s.gold;
        predicted += s.predicted;
        correct += s.correct;
    }
    let p = correct as f64 / predicted.max(1) as f64;
    let r = correct as f64 / gold.max(1) as f64;
    println!("{dir}: precision {p:.3} ({correct}/{predicted}), recall {r:.3} ({correct}/{gold})");
    (p, r)
}

#[test]
fn world_articles_precision_and_recall() {
    let (p, r) = report("fixtures/world", |_| true);
    assert!(p >= 0.97, "precision {p:.3} below 0.97");
    assert!(r >= 0.90, "recall {r:.3} below 0.90");
}
