//! Where reported content starts and ends: after the verb, its listener (`told reporters`), a
//! venue (`in an interview with CNN`) and `that`; up to the end of the sentence.

use super::closing::{is_adjunct_end, is_adjunct_word};
use super::cues::base;
use crate::lexicon::{
    ATTRIBUTION_VERBS, SPEECH_VERBS, VERBS_NEEDING_A_PARTICLE, VERBS_NEEDING_A_REASON,
    VERBS_NEEDING_THAT, VERBS_TAKING_AN_OBJECT,
};
use crate::quotes::attribute::Attributor;
use crate::quotes::phrases::is_auxiliary;
use crate::text::lower::Lower;
use crate::text::segment::Token;

/// Verbs whose first complement is the person told: `told reporters (that) …`.
pub(super) const TELLING: &[&str] = &[
    "tell", "inform", "assure", "remind", "brief", "advise", "warn", "urge",
];

/// Words that open an embedded question rather than a claim.
pub(super) const QUESTION_WORDS: &[&str] = &[
    "whether", "if", "why", "how", "what", "when", "where", "who", "which",
];

/// Objects that may stand between a telling verb and its clause.
pub(super) const LISTENERS: &[&str] = &[
    "reporters",
    "journalists",
    "lawmakers",
    "legislators",
    "supporters",
    "parliament",
    "him",
    "her",
    "them",
    "us",
    "me",
    "you",
    "senators",
    "delegates",
    "investors",
    "viewers",
    "voters",
    "the",
    "a",
    "an",
    "state",
    "media",
    "television",
    "radio",
    "news",
    "conference",
    "briefing",
];

/// Tokens before the sentence's closing punctuation.
pub(super) fn content_end(a: &Attributor<'_>, n: usize) -> usize {
    let mut end = n;
    while end > 0
        && matches!(
            a.tok(end - 1),
            "." | "!" | "?" | ";" | ":" | "”" | "\"" | "’" | "'"
        )
    {
        end -= 1;
    }
    end
}

pub(super) fn is_quote_mark(t: &str) -> bool {
    matches!(t, "”" | "“" | "\"" | "’" | "‘" | "'" | "»" | "«")
}

/// The comma that ends the content before token `k`, skipping a determiner (`, the Tax
/// Foundation said`) and closing quotation marks (`…,” said Mr. Burman`): its index.
pub(super) fn comma_before(a: &Attributor<'_>, k: usize) -> Option<usize> {
    let mut j = k.checked_sub(1)?;
    if matches!(a.tok(j), "the" | "a" | "an") {
        j = j.checked_sub(1)?;
    }
    for _ in 0..2 {
        if is_quote_mark(a.tok(j)) {
            j = j.checked_sub(1)?;
        }
    }
    (a.tok(j) == ",").then_some(j)
}

/// Where the content starts after the reporting verb at `v`, skipping the person told, a few
/// adjunct words and `that`; `None` when what follows is not a claim (a question, a refusal, a
/// colon or a quotation opening a direct quote).
pub(super) fn content_start(a: &Attributor<'_>, v: usize, end: usize) -> Option<usize> {
    let verb = base(a, &a.tokens()[v])?;
    // `people accused of rape`, `a plan criticised for its cost`: a verb that takes an object
    // first is a passive participle straight before a preposition. Not before `as` or `to`,
    // which may follow an object moved away (`an act that he described as “intentional”`,
    // `is describing as “unhinged” a tweet …`).
    if VERBS_TAKING_AN_OBJECT.contains(verb)
        && matches!(
            a.tok(v + 1),
            "of" | "for" | "with" | "over" | "about" | "by"
        )
    {
        return None;
    }
    let mut k = v + 1;
    while is_auxiliary(a.tok(k)) {
        k += 1;
    }
    // `pointed out that …`: the particle belongs to the verb, which needs it (`some pointed
    // advice`).
    if let Some(particle) = VERBS_NEEDING_A_PARTICLE.get(verb) {
        if !a.tok(k).eq_ignore_ascii_case(particle) {
            return None;
        }
        k += 1;
    }
    if TELLING.contains(&verb) {
        // `told reporters`, `told Reuters`, `told the BBC`, `told a news conference`.
        let mut skipped = 0;
        while k < end && skipped < 4 && a.tok(k) != "that" {
            let w = a.tok(k);
            let listener = LISTENERS.contains(&Lower::new(w).as_str())
                || w.starts_with(|c: char| c.is_uppercase());
            if !listener {
                break;
            }
            k += 1;
            skipped += 1;
        }
    }
    // `said on Monday that …`, `told MSNBC’s “Morning Joe” that …`: only adjuncts and names
    // may stand between the verb and its `that` (not `said the Kremlin wanted to show that`).
    if let Some(that) = (k..end.min(k + 10)).find(|&j| a.tok(j) == "that") {
        let skippable = |j: usize| {
            let w = a.tok(j);
            // `in an interview with CNN`, `during a visit to Minsk`.
            is_adjunct_word(w)
                || matches!(w, "to" | "with" | "of" | "for" | "from")
                || is_quote_mark(w)
                || w.starts_with(|c: char| c.is_uppercase())
                || w.ends_with("’s")
                || w.ends_with("'s")
        };
        if (k..that).all(skippable) {
            k = that + 1;
            // `noted that, like him, …`
            if a.tok(k) == "," {
                k += 1;
            }
        }
    }
    // `said on Tuesday it would …`: a leading time or venue adjunct is not content.
    if a.tok(k) != "that"
        && matches!(
            a.tok(k),
            "on" | "in" | "at" | "late" | "earlier" | "last" | "this"
        )
    {
        if let Some(j) = (k + 1..end.min(k + 5)).find(|&j| is_adjunct_end(a.tok(j))) {
            if j + 1 < end
                && (k + 1..=j).all(|i| {
                    is_adjunct_word(a.tok(i))
                        || a.tok(i).starts_with(|c: char| c.is_uppercase())
                        || i == j
                })
            {
                k = j + 1;
            }
        }
    }
    let first = a.tok(k);
    let after_that = k > 0 && a.tok(k - 1) == "that" || a.tok(k.wrapping_sub(2)) == "that";
    if !after_that && VERBS_NEEDING_THAT.contains(verb) {
        return None;
    }
    // `attacked the USS Cole` is an act; `attacked Kaine for his work` and `blasted the deal as
    // “a disaster”` are speech.
    let reason = || (k..end).any(|i| matches!(a.tok(i), "for" | "as" | "“" | "\"" | "‘"));
    if !after_that && VERBS_NEEDING_A_REASON.contains(verb) && !reason() {
        return None;
    }
    // `said “Q”` opens a direct quotation; `said “budget reforms” and the collection of unpaid
    // taxes would help` is a clause that only starts with a quoted fragment.
    let opens_quote = matches!(first, "“" | "\"" | "‘" | "«" | "„");
    if k >= end
        || matches!(first, ":" | ",")
        || !after_that && opens_quote && !fragment_opens(a, k, end)
    {
        return None;
    }
    // `called into a radio show`, `called in to a town hall`, `reported from Midway Atoll`: a
    // movement or a place, not a claim; unless a `that` clause follows (`We know from his
    // financial disclosures that …`).
    if first == "into" || first == "from" || first == "in" && a.tok(k + 1) == "to" {
        let that = (k..end.min(k + 12)).find(|&j| a.tok(j) == "that")?;
        return (end - that > 3).then_some(that + 1);
    }
    // `wrote on Twitter on Monday`, `added on his show:`: only where and when, no claim (a
    // Title Case headline aside: `Poll Shows Minor Bump For Clinton`); before a colon, what
    // follows it is the content.
    let introduces = a.tok(end) == ":" && is_adjunct_word(a.tok(k));
    if introduces
        || a.tok(k).starts_with(char::is_lowercase)
            && (k..end).all(|i| {
                let w = a.tok(i);
                is_adjunct_word(w)
                    || matches!(w, "to" | "with" | "of" | "for" | "from" | "by" | ",")
                    || w.starts_with(char::is_uppercase)
            })
    {
        return None;
    }
    // `asked not to be named`, `requested anonymity`-like refusals: a request, not a claim.
    if matches!(verb, "ask" | "request") && first == "not" {
        return None;
    }
    // `asked whether …` is a question, not a claim.
    if QUESTION_WORDS.contains(&Lower::new(first).as_str())
        && matches!(verb, "ask" | "wonder" | "inquire" | "enquire" | "query")
    {
        return None;
    }
    // An infinitive belongs to verbs of intention (`wants to cut taxes`), not to speech verbs
    // (`said to be`, `declined to comment`).
    if first == "to"
        && SPEECH_VERBS.base(a.tok(v)).is_some()
        && ATTRIBUTION_VERBS.base(a.tok(v)).is_none()
        && !TELLING.contains(&verb)
    {
        return None;
    }
    Some(k)
}

/// True when the quotation opening at token `k` closes after a few words and the clause goes
/// straight on, for three words or more before token `end` (`“budget reforms” and the …`; not
/// a label set off by a comma: `whom fans called “the Lion of Ibadan”, has died`).
pub(super) fn fragment_opens(a: &Attributor<'_>, k: usize, end: usize) -> bool {
    let close = match a.tok(k) {
        "“" => "”",
        "‘" => "’",
        "«" => "»",
        "„" => "“",
        mark => mark,
    };
    (k + 1..end.min(k + 8))
        .find(|&j| a.tok(j) == close)
        .is_some_and(|c| {
            a.tokens().get(c + 1).is_some_and(Token::is_word)
                && (c + 1..end).filter(|&j| a.tokens()[j].is_word()).count() >= 3
        })
}
