//! Fuzz the library's extraction: any text, no panic, and every span keeps the invariants the
//! output contract promises (start ≤ end on character boundaries, mentions in order and not
//! overlapping, quotes in order), also after conversion to code-point offsets in a JSON record.
#![no_main]

use gazette::output::{write_record, OffsetUnit, RecordOptions};
use gazette::Extractor;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::with_builtin().unwrap());

/// Every span of the wire record: its `text` equals the document's code points `start..end`.
fn check_record(text: &str, record: &[u8]) {
    let value: serde_json::Value = serde_json::from_slice(record).expect("record is JSON");
    let chars: Vec<char> = text.chars().collect();
    let check = |v: &serde_json::Value| {
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        assert!(s <= e && e <= chars.len());
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(v["text"].as_str().unwrap(), slice);
    };
    for e in value["entities"].as_array().unwrap() {
        e["mentions"].as_array().unwrap().iter().for_each(check);
    }
    for q in value["quotes"].as_array().unwrap() {
        check(q);
        for part in ["speaker", "cue"] {
            if !q[part].is_null() {
                check(&q[part]);
            }
        }
    }
}

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
    check_record(&text, &record);
});
