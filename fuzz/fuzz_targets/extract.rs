//! Fuzz the library's extraction: any text, no panic, and every span keeps the invariants the
//! output contract promises (start ≤ end on character boundaries, mentions in order and not
//! overlapping, quotes in order), also after conversion to code-point offsets in a JSON record.
#![no_main]

use gazette::output::{check_record, write_record, OffsetUnit, RecordOptions};
use gazette::Extractor;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::with_builtin().unwrap());

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = EXTRACTOR.analyse(&text);
    if let Err(broken) = analysis.check(&text) {
        panic!("{broken}");
    }
    let options = RecordOptions {
        unit: OffsetUnit::Chars,
        entities: true,
        quotes: true,
        pretty: false,
    };
    let mut record = Vec::new();
    write_record(&mut record, "fuzz", &[], &text, &analysis, &options).unwrap();
    if let Err(broken) = check_record(&text, &record, OffsetUnit::Chars) {
        panic!("{broken}");
    }
});
