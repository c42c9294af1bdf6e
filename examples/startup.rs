//! Development aid: where start-up time goes.
use std::time::Instant;
fn main() {
    let t = Instant::now();
    let g = gazette::gazetteer::builtin().unwrap();
    println!("parse built-in {:?} ({} entries)", t.elapsed(), g.len());
    let t = Instant::now();
    let _g2 = g.clone();
    println!("clone {:?}", t.elapsed());
    let t = Instant::now();
    let ex = gazette::Extractor::with_builtin().unwrap();
    println!("extractor {:?}", t.elapsed());
    let t = Instant::now();
    let a = ex.analyse(
        "Maria Kowalski said: “We will win,” in Istanbul. Putin agreed, Reuters reported.",
    );
    println!(
        "first analysis {:?} ({} quotes)",
        t.elapsed(),
        a.quotes.len()
    );
}
