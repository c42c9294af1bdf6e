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

#[test]
fn names_articles_people_recall_and_rule_precision() {
    let extractor = Extractor::with_builtin().unwrap();
    let (mut person_gold, mut person_found) = (0, 0);
    let (mut rule_predicted, mut rule_correct) = (0, 0);
    for dir in ["fixtures/names", "fixtures/world"] {
        for rel in fixtures_in(dir) {
            let (text, expected) = fixture(&rel);
            let analysis = extractor.analyse(&text);
            let people = Expected {
                entities: expected
                    .entities
                    .iter()
                    .filter(|e| e.kind == "PERSON")
                    .map(|e| ExpectedEntity {
                        name: e.name.clone(),
                        kind: e.kind.clone(),
                        id: None,
                        wikidata: None,
                        country: None,
                        mentions: e.mentions.clone(),
                    })
                    .collect(),
                quotes: Vec::new(),
            };
            let p = score_mentions(&text, &people, &analysis, |e| e.info.kind == "PERSON");
            let r = score_mentions(&text, &expected, &analysis, |e| {
                e.info.origin == gazette::gazetteer::Origin::Rule
            });
            println!(
                "{rel}: people {}/{}; rule mentions {}/{}",
                p.correct, p.gold, r.correct, r.predicted
            );
            for m in &p.missed {
                println!("    missed   {m}");
            }
            for m in &r.spurious {
                println!("    spurious {m}");
            }
            person_gold += p.gold;
            person_found += p.correct;
            rule_predicted += r.predicted;
            rule_correct += r.correct;
        }
    }
    let recall = person_found as f64 / person_gold.max(1) as f64;
    let precision = rule_correct as f64 / rule_predicted.max(1) as f64;
    println!("people recall {recall:.3} ({person_found}/{person_gold}), rule precision {precision:.3} ({rule_correct}/{rule_predicted})");
    assert!(recall >= 0.95, "people recall {recall:.3}");
    assert!(precision >= 0.95, "rule precision {precision:.3}");
}
