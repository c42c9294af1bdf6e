//! Shared test support: the output contract as strict test types, the fixtures' hand-written
//! expectations, and helpers to run the real binary.
#![allow(dead_code)]

use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::Output;

// ---------------------------------------------------------------------------------------------
// The output contract, decoded strictly: an unknown field fails the test.

#[derive(Debug, Deserialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub id: String,
    #[serde(default)]
    pub entities: Option<Vec<Entity>>,
    #[serde(default)]
    pub quotes: Option<Vec<Quote>>,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub warnings: Option<Vec<String>>,
}

#[derive(Debug, Deserialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub wikidata: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    pub source: String,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Deserialize, Clone, PartialEq, Eq, PartialOrd, Ord)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Deserialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub speaker: Option<Speaker>,
    pub cue: Option<Span>,
}

#[derive(Debug, Deserialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub entity: Option<String>,
    pub name: Option<String>,
}

/// Decode every line of the binary's standard output as a record.
pub fn records(output: &Output) -> Vec<Record> {
    String::from_utf8(output.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad record {l}: {e}")))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Fixtures and their hand-written expectations (see fixtures/README.md).

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    pub entities: Vec<ExpectedEntity>,
    #[serde(default)]
    pub quotes: Vec<ExpectedQuote>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedEntity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub wikidata: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    pub mentions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedQuote {
    pub text: String,
    pub kind: String,
    pub speaker: Option<String>,
    pub name: Option<String>,
    pub cue: Option<String>,
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The article and its expectations; `rel` is relative to the crate root, without `.txt`.
pub fn fixture(rel: &str) -> (String, Expected) {
    let dir = root();
    let text = std::fs::read_to_string(dir.join(format!("{rel}.txt"))).unwrap();
    let exp = std::fs::read_to_string(dir.join(format!("{rel}.expected.json"))).unwrap();
    let expected =
        serde_json::from_str(&exp).unwrap_or_else(|e| panic!("{rel}.expected.json: {e}"));
    (text, expected)
}

/// All fixtures under `dir` (relative to the crate root) that have an expected file.
pub fn fixtures_in(dir: &str) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            let name = p
                .file_name()?
                .to_str()?
                .strip_suffix(".expected.json")?
                .to_string();
            Some(format!("{dir}/{name}"))
        })
        .collect();
    out.sort();
    out
}

fn is_word_byte_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Byte offsets of every whole-word occurrence of `needle` in `text`.
pub fn whole_word_occurrences(text: &str, needle: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(needle) {
        let s = from + i;
        let e = s + needle.len();
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        let first = needle.chars().next();
        let last = needle.chars().next_back();
        let ok_start = !(is_word_byte_char(first) && is_word_byte_char(before));
        let ok_end = !(is_word_byte_char(last) && is_word_byte_char(after));
        if ok_start && ok_end {
            out.push(s);
        }
        from = s + needle.chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Split `text@N` into the text and the 1-based occurrence.
pub fn split_occurrence(s: &str) -> (&str, Option<usize>) {
    match s.rsplit_once('@') {
        Some((t, n)) if !t.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => {
            (t, n.parse().ok())
        }
        _ => (s, None),
    }
}

/// Locate an entity's mentions: each the next whole-word occurrence after the previous one
/// (or the `@N`-th occurrence). Returns byte spans.
pub fn locate_mentions(text: &str, mentions: &[String]) -> Vec<(usize, usize)> {
    let mut at = 0;
    let mut out = Vec::new();
    for m in mentions {
        let (needle, nth) = split_occurrence(m);
        let occ = whole_word_occurrences(text, needle);
        let s = match nth {
            Some(n) => *occ
                .get(n - 1)
                .unwrap_or_else(|| panic!("no occurrence {n} of {needle:?}")),
            None => *occ
                .iter()
                .find(|&&s| s >= at)
                .unwrap_or_else(|| panic!("mention {needle:?} not found after byte {at}")),
        };
        out.push((s, s + needle.len()));
        at = s + needle.len();
    }
    out
}

/// Locate a quote's text (first occurrence, or `@N`), not requiring word boundaries.
pub fn locate_quote(text: &str, quote: &str) -> (usize, usize) {
    let (needle, nth) = split_occurrence(quote);
    let occ: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
    let s = *occ
        .get(nth.unwrap_or(1) - 1)
        .unwrap_or_else(|| panic!("quote {needle:?} not in the article"));
    (s, s + needle.len())
}

/// The whole-word occurrence of `needle` nearest to the byte span `near`.
pub fn locate_near(text: &str, needle: &str, near: (usize, usize)) -> Option<(usize, usize)> {
    let (needle, nth) = split_occurrence(needle);
    let occ = if needle.chars().all(|c| !c.is_alphanumeric()) {
        text.match_indices(needle).map(|(i, _)| i).collect()
    } else {
        whole_word_occurrences(text, needle)
    };
    if let Some(n) = nth {
        return occ.get(n - 1).map(|&s| (s, s + needle.len()));
    }
    occ.into_iter()
        .map(|s| (s, s + needle.len()))
        .min_by_key(|&(s, e)| near.0.saturating_sub(e).max(s.saturating_sub(near.1)))
}

/// Code-point offset of a byte offset.
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

pub fn bin() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("gazette").unwrap()
}

pub fn path(rel: &str) -> PathBuf {
    root().join(rel)
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}

// ---------------------------------------------------------------------------------------------
// Mention-level scores against the fixtures' hand-written entities.

/// Gold and predicted mentions as `(start, end, type)` byte spans, for one article.
pub struct MentionScore {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

/// Compare the library's entities for `text` with the expected ones: a predicted mention is
/// correct when a gold mention has the same span and type. `keep` chooses which predicted
/// entities count (by type and origin), so a test can score a subset.
pub fn score_mentions(
    text: &str,
    expected: &Expected,
    analysis: &gazette::Analysis,
    keep: impl Fn(&gazette::Entity) -> bool,
) -> MentionScore {
    let mut gold: Vec<(usize, usize, String)> = Vec::new();
    for e in &expected.entities {
        for (s, t) in locate_mentions(text, &e.mentions) {
            gold.push((s, t, e.kind.clone()));
        }
    }
    let mut predicted: Vec<(usize, usize, String)> = Vec::new();
    for e in analysis.entities.iter().filter(|e| keep(e)) {
        for m in &e.mentions {
            predicted.push((m.start, m.end, e.info.kind.clone()));
        }
    }
    let correct = predicted.iter().filter(|p| gold.contains(p)).count();
    let show = |(s, e, k): &(usize, usize, String)| format!("{k} {:?}", &text[*s..*e]);
    MentionScore {
        gold: gold.len(),
        predicted: predicted.len(),
        correct,
        missed: gold
            .iter()
            .filter(|g| !predicted.contains(g))
            .map(show)
            .collect(),
        spurious: predicted
            .iter()
            .filter(|p| !gold.contains(p))
            .map(show)
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------------
// Quote scores against the fixtures' hand-written quotations.

/// Counts for one article's quotations of the chosen kinds.
#[derive(Default)]
pub struct QuoteScore {
    pub gold: usize,
    pub predicted: usize,
    /// Gold quotations covered (>= 50% of their characters) by a predicted one of those kinds.
    pub found: usize,
    /// Predicted quotations overlapping a gold one of any kind.
    pub correct: usize,
    /// Found quotations whose speaker span overlaps the expected speaker words.
    pub speaker_ok: usize,
    /// Found quotations whose resolved name equals the expected name (null included).
    pub name_ok: usize,
    pub problems: Vec<String>,
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Score the analysis's quotations of `kinds` against the expected ones of those kinds.
pub fn score_quotes(
    text: &str,
    expected: &Expected,
    analysis: &gazette::Analysis,
    kinds: &[&str],
) -> QuoteScore {
    let mut s = QuoteScore::default();
    let all_gold: Vec<(usize, usize)> = expected
        .quotes
        .iter()
        .map(|q| locate_quote(text, &q.text))
        .collect();
    let preds: Vec<&gazette::Quote> = analysis
        .quotes
        .iter()
        .filter(|q| kinds.contains(&q.kind.as_str()))
        .collect();
    s.predicted = preds.len();
    for p in &preds {
        let span = (p.span.start, p.span.end);
        if all_gold.iter().any(|&g| overlap(g, span) > 0) {
            s.correct += 1;
        } else {
            s.problems
                .push(format!("spurious {:?}", p.span.slice(text)));
        }
    }
    for (q, &g) in expected.quotes.iter().zip(&all_gold) {
        if !kinds.contains(&q.kind.as_str()) {
            continue;
        }
        s.gold += 1;
        let best = preds
            .iter()
            .max_by_key(|p| overlap(g, (p.span.start, p.span.end)))
            .filter(|p| 2 * overlap(g, (p.span.start, p.span.end)) >= g.1 - g.0);
        let Some(p) = best else {
            s.problems.push(format!("missed {:?}", &text[g.0..g.1]));
            continue;
        };
        s.found += 1;
        let want = q.speaker.as_deref().and_then(|w| locate_near(text, w, g));
        let got = p.speaker.map(|sp| (sp.span.start, sp.span.end));
        let speaker_ok = match (want, got) {
            (Some(w), Some(g2)) => overlap(w, g2) > 0,
            (None, None) => true,
            _ => false,
        };
        let name = p
            .speaker
            .and_then(|sp| sp.entity)
            .map(|e| analysis.entities[e].info.name.clone());
        let name_ok = name == q.name;
        s.speaker_ok += usize::from(speaker_ok);
        s.name_ok += usize::from(name_ok);
        if !speaker_ok || !name_ok {
            s.problems.push(format!(
                "speaker of {:?}: expected {:?} ({:?}), got {:?} ({:?})",
                &text[g.0..g.1.min(g.0 + 50)],
                q.speaker,
                q.name,
                got.map(|(a, b)| &text[a..b]),
                name
            ));
        }
    }
    s
}
