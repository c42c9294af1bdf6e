//! Quick stage timing (development aid, not a benchmark of record).
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).expect("jsonl corpus");
    let texts: Vec<String> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mb = bytes as f64 / 1e6;
    let t = Instant::now();
    let ex = gazette::Extractor::with_builtin().unwrap();
    println!("build {:?}", t.elapsed());
    // raw scan baseline
    let g = gazette::gazetteer::builtin().unwrap();
    let mut pats: Vec<String> = Vec::new();
    for e in g.entries() {
        pats.push(gazette::text::fold_str(&e.info.name));
        for a in &e.aliases {
            pats.push(gazette::text::fold_str(&a.text));
        }
    }
    pats.sort();
    pats.dedup();
    let t = Instant::now();
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&pats)
        .unwrap();
    println!("raw build {:?} ({} patterns)", t.elapsed(), pats.len());
    let t = Instant::now();
    let mut n = 0;
    for x in &texts {
        n += ac.find_iter(x).count();
    }
    let e = t.elapsed().as_secs_f64();
    println!("raw scan {:.1} MB/s ({n})", mb / e);
    let t = Instant::now();
    let mut n = 0;
    for x in &texts {
        n += gazette::text::Folded::new(x).as_str().len();
    }
    let e = t.elapsed().as_secs_f64();
    println!("fold {:.1} MB/s ({n})", mb / e);
    let gaz = gazette::Extractor::builder()
        .options(gazette::entities::MatchOptions {
            no_name_rules: true,
            ..Default::default()
        })
        .build()
        .unwrap();
    let t = Instant::now();
    let mut n = 0;
    for x in &texts {
        n += gaz.analyse_with(x, gazette::Tasks::ENTITIES).mentions.len();
    }
    let e = t.elapsed().as_secs_f64();
    println!("gazetteer only {:.1} MB/s ({n})", mb / e);
    for (name, tasks) in [
        ("entities", gazette::Tasks::ENTITIES),
        ("all", gazette::Tasks::ALL),
    ] {
        let t = Instant::now();
        let mut n = 0;
        for x in &texts {
            n += ex.analyse_with(x, tasks).mentions.len();
        }
        let e = t.elapsed().as_secs_f64();
        println!("{name} {:.1} MB/s ({n})", mb / e);
    }
}
