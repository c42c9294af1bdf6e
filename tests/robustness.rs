//! No input makes the library panic, break the span invariants, or take more than linear time.
//!
//! Time is not asserted (the machine is shared and noisy); the large inputs below finish in
//! well under a second when the work is linear and would run for hours if it were quadratic,
//! which the test harness would report as a hung test. `BENCHMARKS.md` has the measured scaling.

use gazette::{Analysis, Extractor};
use once_cell::sync::Lazy;
use proptest::prelude::*;

static EXTRACTOR: Lazy<Extractor> = Lazy::new(|| Extractor::with_builtin().unwrap());

fn analyse(text: &str) -> Analysis {
    let a = EXTRACTOR.analyse(text);
    if let Err(broken) = a.check(text) {
        panic!("{broken} in {text:?}");
    }
    a
}

/// The wire record of `text`: every span's `text` is the document's code points
/// `start..end`, whatever the offset unit is converted from. The fuzz target
/// (`fuzz/fuzz_targets/extract.rs`) checks the same on inputs libFuzzer finds.
fn check_record(text: &str) {
    use gazette::output::{check_record, write_record, OffsetUnit, RecordOptions};
    let analysis = analyse(text);
    let options = RecordOptions {
        unit: OffsetUnit::Chars,
        entities: true,
        quotes: true,
        pretty: false,
    };
    let mut record = Vec::new();
    write_record(&mut record, "p", &[], text, &analysis, &options).unwrap();
    if let Err(broken) = check_record(text, &record, OffsetUnit::Chars) {
        panic!("{broken} in {text:?}");
    }
}

const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "''",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    ".",
    ",",
    ":",
    "—",
    "-",
    "(",
    ")",
    "said",
    "says",
    "told",
    "he",
    "she",
    "the",
    "spokesman",
    "Putin",
    "Vladimir Putin",
    "Trump",
    "Peskov",
    "Kremlin",
    "Istanbul",
    "İstanbul",
    "Erdoğan",
    "May",
    "Theresa May",
    "in",
    "Chad",
    "according to",
    "PENCE:",
    "Q:",
    "We",
    "will",
    "win",
    "Mr.",
    "ğ",
    "😀",
    "\u{ad}",
    "\u{a0}",
    "U.S.",
    "MOSCOW,",
    "Washington",
    "Kenya Wildlife Service (KWS)",
    "KWS",
    "A farmer, Amina Bello,",
    "Bello",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn random_mixes_of_marks_and_words_keep_the_invariants(picks in prop::collection::vec(0..PIECES.len(), 0..120)) {
        let text: String = picks.iter().map(|&k| PIECES[k]).collect();
        analyse(&text);
    }

    #[test]
    fn arbitrary_unicode_keeps_the_invariants(text in "\\PC{0,300}") {
        analyse(&text);
    }

    #[test]
    fn arbitrary_bytes_decoded_lossily_keep_the_invariants(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_record(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn records_of_random_mixes_slice_back_to_the_text(picks in prop::collection::vec(0..PIECES.len(), 0..120)) {
        let text: String = picks.iter().map(|&k| PIECES[k]).collect();
        check_record(&text);
    }
}

#[test]
fn empty_and_whitespace_documents() {
    for text in ["", " ", "\n\n\n", "\u{feff}", "“", "”", "\"", "'"] {
        let a = analyse(text);
        assert!(a.quotes.is_empty());
    }
}

#[test]
fn a_document_of_only_quote_marks() {
    let text = "“”\"‘’«»„'".repeat(200_000);
    analyse(&text);
}

#[test]
fn a_megabyte_without_a_paragraph_break() {
    let sentence = "“We will win,” Putin said, and he said “no” to Trump’s “plan” in Istanbul. ";
    let text = sentence.repeat((1 << 20) / sentence.len());
    let a = analyse(&text);
    assert!(a.quotes.len() > 10_000);
}

#[test]
fn an_article_repeated_many_times_gets_each_mention_once() {
    // Definitions (`(KWS)`), introductions and surnames recur in every copy: the mentions of
    // the whole grow with its length, and never overlap.
    let article = "The Kenya Wildlife Service (KWS) said on Monday that rangers had moved 20 \
                   rhinos. A farmer, Amina Bello, said KWS trucks came at night.\n\n\
                   “Bello is right,” a KWS spokesman said.\n\n";
    let one = analyse(article).mentions.len();
    let many = analyse(&article.repeat(200)).mentions;
    assert_eq!(many.len(), 200 * one);
    assert!(many.windows(2).all(|w| w[0].span.end <= w[1].span.start));
}

#[test]
fn unbalanced_marks_in_every_paragraph() {
    let para = "Putin said “we will win and Trump said “no. Peskov said ” nothing ” more\n\n";
    let text = para.repeat(20_000);
    analyse(&text);
}

#[test]
fn deeply_nested_marks() {
    let text = format!("{}Putin{}", "“".repeat(100_000), "”".repeat(100_000));
    analyse(&text);
}

#[test]
fn the_invariant_check_reports_what_is_broken() {
    let text = "“We will win,” Putin said in Istanbul.";
    let good = analyse(text);
    assert!(good.check(text).is_ok());
    let mut overlapping = good.clone();
    overlapping.mentions.push(overlapping.mentions[0]);
    overlapping.mentions.sort_by_key(|m| m.span.start);
    assert!(overlapping.check(text).unwrap_err().contains("overlaps"));
    let mut outside = good.clone();
    outside.quotes[0].span = gazette::Span::new(2, text.len() + 5);
    assert!(outside.check(text).unwrap_err().contains("does not slice"));
}
