//! Where reported speech may stand: a first pass over the text for every form of every
//! reporting verb, the sentences of a paragraph, and which tokens of a sentence are reporting
//! verbs.

use crate::lexicon::{ATTRIBUTION_VERBS, SPEECH_VERBS};
use crate::quotes::attribute::Attributor;
use crate::span::Span;
use crate::text::segment::{ends_sentence, Token};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;

/// Every form of every reporting verb, and `according to`, for a fast first pass over the text:
/// only sentences holding one are read word by word.
pub(super) static CUES: Lazy<Option<AhoCorasick>> = Lazy::new(|| {
    let mut forms: Vec<&str> = SPEECH_VERBS
        .forms()
        .chain(ATTRIBUTION_VERBS.forms())
        .chain(["according to"])
        .collect();
    forms.sort_unstable();
    forms.dedup();
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&forms)
        .ok()
});

/// Compile the first-pass automaton now rather than on first use.
pub(crate) fn load_cues() {
    Lazy::force(&CUES);
}

/// Byte offsets where a reporting verb may stand, in order.
pub(crate) fn cue_positions(text: &str) -> Vec<usize> {
    let Some(ac) = CUES.as_ref() else {
        return Vec::new();
    };
    let bytes = text.as_bytes();
    ac.find_iter(text)
        .filter(|m| crate::entities::matcher::on_word_boundaries(bytes, m.start(), m.end()))
        .map(|m| m.start())
        .collect()
}

/// Whether token `v` of the sentence is a reporting verb.
pub(super) fn is_reporting(a: &Attributor<'_>, v: usize) -> bool {
    a.reporting.get(v) == Some(&true)
}

/// Mark the reporting verbs among the sentence's tokens. Only a word where the first pass saw a
/// verb form (`cues`, in order) is looked up.
pub(super) fn mark_reporting(a: &mut Attributor<'_>, cues: &[usize]) {
    let mut flags = std::mem::take(&mut a.reporting);
    flags.clear();
    let mut c = 0;
    for t in a.tokens() {
        while cues.get(c).is_some_and(|&p| p < t.span.start) {
            c += 1;
        }
        flags.push(
            t.is_word() && cues.get(c) == Some(&t.span.start) && {
                let w = t.text(a.text);
                // Capitalised outside a headline, it is part of a name (`United States`).
                (SPEECH_VERBS.base(w).is_some() || ATTRIBUTION_VERBS.base(w).is_some())
                    && crate::quotes::phrases::capital_allowed(a.text, t.span)
            },
        );
    }
    a.reporting = flags;
}

pub(super) fn base<'v>(a: &Attributor<'_>, t: &Token) -> Option<&'v str> {
    let w = t.text(a.text);
    SPEECH_VERBS.base(w).or_else(|| ATTRIBUTION_VERBS.base(w))
}

/// The sentences of `para`, as spans.
pub(crate) fn sentences(text: &str, para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = para.start;
    let bytes = text.as_bytes().get(para.start..para.end).unwrap_or(&[]);
    for k in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        let i = para.start + k;
        if ends_sentence(text, i) {
            out.push(Span::new(start, i + 1).trim(text));
            start = i + 1;
        }
    }
    if start < para.end {
        out.push(Span::new(start, para.end).trim(text));
    }
    out.retain(|s| !s.is_empty());
    out
}

/// `sentence` without a wire dateline before its first words (`ANKARA, July 8 (Reuters) - `,
/// `WASHINGTON (AP) — `): the dateline is not part of what anyone said.
pub(super) fn after_dateline(text: &str, sentence: Span) -> Span {
    let s = sentence.slice(text);
    if !s.as_bytes().iter().take(2).all(u8::is_ascii_uppercase) {
        return sentence;
    }
    let dash = [") - ", ") — ", ") – "]
        .iter()
        .filter_map(|d| s.find(d).map(|i| i + d.len()))
        .filter(|&i| i <= 100)
        .min()
        .or_else(|| {
            // `WASHINGTON ― `, `KYIV, Ukraine — `: a place in capitals, then a dash; every word
            // before the dash capitalised.
            [" ― ", " — ", " – ", " - "]
                .iter()
                .filter_map(|d| s.find(d).map(|i| (i, i + d.len())))
                .filter(|&(i, _)| i <= 60)
                .min()
                .filter(|&(i, _)| {
                    s[..i]
                        .split_whitespace()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '('))
                })
                .map(|(_, after)| after)
        });
    match dash {
        Some(i) => Span::new(sentence.start + i, sentence.end).trim(text),
        None => sentence,
    }
}
