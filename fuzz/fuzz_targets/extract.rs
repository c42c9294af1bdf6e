//! Fuzz the library's extraction: any text, no panic, and every span keeps the invariants the
//! output contract promises (start ≤ end on character boundaries, mentions in order and not
//! overlapping, quotes in order), also after conversion to code-point offsets in a JSON record.
#![no_main]

use gazette::output::{write_record, OffsetUnit, RecordOptions};
use gazette::{Analysis, Extractor, Span};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::with_builtin().unwrap());

fn check_span(text: &str, s: Span) {
    assert!(s.start <= s.end, "span {s:?} ends before it starts");
    assert!(
        text.get(s.start..s.end).is_some(),
        "span {s:?} does not slice the text"
    );
}

fn check(text: &str, a: &Analysis) {
    let mut last_end = 0;
    for m in &a.mentions {
        check_span(text, m.span);
        assert!(
            m.span.start >= last_end,
            "mentions overlap or are out of order"
        );
        assert!(m.entity < a.entities.len());
        last_end = m.span.end;
    }
    for e in &a.entities {
        assert!(!e.mentions.is_empty());
        e.mentions.iter().for_each(|&m| check_span(text, m));
    }
    let mut last_start = 0;
    for q in &a.quotes {
        check_span(text, q.span);
        assert!(!q.span.is_empty(), "empty quote {:?}", q.span);
        assert!(q.span.start >= last_start, "quotes out of order");
        last_start = q.span.start;
        if let Some(s) = q.speaker {
            check_span(text, s.span);
            assert!(s.entity.is_none_or(|e| e < a.entities.len()));
        }
        if let Some(c) = q.cue {
            check_span(text, c);
        }
    }
}

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
    check(&text, &analysis);
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
