//! Development aid: entities only over a JSONL corpus.
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
    let ex = gazette::Extractor::with_builtin().unwrap();
    let mut n = 0;
    for _ in 0..3 {
        for x in &texts {
            n += ex.analyse_with(x, gazette::Tasks::ENTITIES).mentions.len();
        }
    }
    println!("{n}");
}
