//! Development aid: build the extractor many times.
fn main() {
    let g = gazette::gazetteer::builtin().unwrap();
    let _ = g.len();
    for _ in 0..20 {
        let ex = gazette::Extractor::with_builtin().unwrap();
        std::hint::black_box(ex);
    }
}
