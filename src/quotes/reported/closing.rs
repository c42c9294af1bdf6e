//! Attributions that close or interrupt their content: `…, Peskov said.`, `…, said Peskov, the
//! Kremlin spokesman.`, and a participle clause after them (`…, adding that …`).

use super::content::{comma_before, content_end, content_start, is_quote_mark, LISTENERS, TELLING};
use super::cues::{base, is_reporting};
use super::{is_source, subject, Reported};
use crate::lexicon::{is_weekday, ROLES, SPEECH_VERBS, TITLES};
use crate::quotes::attribute::{attribution, Attribution, Attributor};
use crate::quotes::phrases::{is_auxiliary, is_time_word, Head};
use crate::span::Span;
use crate::text::lower::Lower;
use crate::text::segment::Token;

/// How many tokens from the end of a sentence a closing attribution's verb may stand: `said on
/// Saturday before a second round of indirect talks in Muscat`.
pub(super) const NEAR_END: usize = 16;

/// `CONTENT, X said [on Monday].` or `CONTENT, said X.`
pub(super) fn closing_attribution(a: &Attributor<'_>, end: usize) -> Option<Reported> {
    // `…, Peskov told reporters, adding that …`: the attribution closes the sentence before a
    // participle clause, which is a report of its own (`participle_after`).
    let end = participle_clause(a, end).map_or(end, |(comma, _, _)| comma);
    // The last reporting verb, with at most a few adjunct words after it; or, inverted after a
    // comma, anywhere (`…, said Brian Baker, a longtime adviser to the family who …`).
    let mut candidates = (0..end)
        .rev()
        .take(NEAR_END)
        .filter(|&v| is_reporting(a, v));
    if let Some(v) = candidates.next() {
        if let Some(r) = closing_at(a, v, end) {
            return Some(r);
        }
        // `…, said a senior official who asked not to be named`: a relative clause that
        // reports nothing itself leaves the verb before it.
        let relative = matches!(a.tok(v.wrapping_sub(1)), "who" | "which")
            && content_start(a, v, end).is_none();
        if relative {
            return candidates.next().and_then(|v| closing_at(a, v, end));
        }
        // `…, lawmakers said Friday, as they bristled at the continued questions`: the verb
        // before a subordinate clause closes the content; a later reporting word is the
        // clause's own.
        return (1..v)
            .rev()
            .find(|&v| is_reporting(a, v) && subordinate_after(a, v, end))
            .and_then(|v| closing_at(a, v, end));
    }
    let inverted_far = || {
        (1..end).find(|&v| {
            is_reporting(a, v)
                && SPEECH_VERBS.base(a.tok(v)).is_some()
                && comma_before(a, v).is_some()
                && a.reader()
                    .forward(v + 1)
                    .is_some_and(|p| is_source(a, &p) && a.tok(p.last + 1) == ",")
        })
    };
    closing_at(a, inverted_far()?, end)
}

/// The closing attribution whose verb is token `v`, before token `end`.
fn closing_at(a: &Attributor<'_>, v: usize, end: usize) -> Option<Reported> {
    // The phrase after the verb: its subject when the attribution is inverted, which only a
    // comma before the verb allows (read only then).
    let after = (v > 0 && comma_before(a, v).is_some())
        .then(|| a.reader().forward(v + 1))
        .flatten();
    // `…, said Peskov.`; not `Jane Fraser, the chief executive, said profits rose`.
    let inverted = after.is_some_and(|p| is_source(a, &p));
    let tail = &a.tokens()[v + 1..end];
    // After a closing attribution only adjuncts follow (`said on Monday`, `said in a
    // statement`), never a clause of its own (`said deals matter`).
    let adjunct = |t: &Token| {
        matches!(
            Lower::new(t.text(a.text)).as_str(),
            "," | "on"
                | "in"
                | "at"
                | "during"
                | "late"
                | "last"
                | "this"
                | "after"
                | "before"
                | "earlier"
                | "later"
                | "yesterday"
                | "today"
                | "tonight"
                | "via"
                | "through"
                | "from"
                | "over"
                | "while"
                | "when"
                | "recently"
                | "afterwards"
                | "told"
                | "to"
                | "by"
                | "of"
                | "about"
                | "as"
                | "outside"
                | "inside"
                | "following"
        ) || is_weekday(t.text(a.text))
    };
    // `…, Graham told The Huffington Post.`
    let told_someone = base(a, &a.tokens()[v]).is_some_and(|b| TELLING.contains(&b))
        && tail.iter().all(|t| {
            let w = t.text(a.text);
            w.starts_with(|c: char| c.is_uppercase())
                || LISTENERS.contains(&w)
                || w.ends_with("’s")
                // `told reporters in Moscow`, `told reporters on Monday`
                || is_adjunct_word(w)
                || is_adjunct_end(w)
        });
    if !inverted && !told_someone && tail.first().is_some_and(|t| !adjunct(t)) {
        return None;
    }
    // `CONTENT, X said, CONTENT`: the attribution sits inside the sentence.
    if !inverted
        && tail.first().is_some_and(|t| t.text(a.text) == ",")
        && tail.iter().filter(|t| t.is_word()).count() >= 3
    {
        return None;
    }
    if !inverted
        && !subordinate_after(a, v, end)
        && tail.iter().any(|t| matches!(t.text(a.text), "that" | ","))
        && tail.first().is_some_and(|t| t.text(a.text) != ",")
    {
        return None;
    }
    let (p, comma) = match after {
        // `…, said Peskov.` · `…, said Brian Baker, a strategist.` · `…, said a Kremlin
        // spokesman on Monday.` The phrase after an inverted verb ends the sentence, opens an
        // appositive, or is followed by a time or venue adjunct only.
        Some(p)
            if inverted
                && is_source(a, &p)
                && (p.last + 1 >= end
                    || a.tok(p.last + 1) == ","
                    || ends_with_adjunct(a, p.last + 1, end)
                    || postmodifies(a, p.last + 1, end)) =>
        {
            (p, comma_before(a, v)?)
        }
        _ => {
            let p = subject(a, v)?;
            // The subject's first token, with its article (`the Kremlin said`).
            let mut first = p.first;
            if matches!(a.tok(first.wrapping_sub(1)), "the" | "a" | "an") {
                first -= 1;
            }
            let start = title_start(a, first);
            let comma = comma_before(a, start).or_else(|| {
                matches!(p.head, Head::Role(_) | Head::Body(_))
                    .then(|| modifiers_before(a, start))
                    .flatten()
            })?;
            (p, comma)
        }
    };
    if comma < 3 {
        return None;
    }
    // A closing quotation mark before the comma: a direct quotation that the attribution
    // already covers, unless words before the quotation make it part of a reported clause
    // (`With thousands of systems, “there is no single point of failure,” he said.`).
    let last = (0..comma).rev().find(|&k| !is_quote_mark(a.tok(k)))?;
    if last + 1 < comma || is_quote_mark(a.tok(comma.saturating_sub(1))) {
        let opening = (0..last)
            .rev()
            .find(|&k| matches!(a.tok(k), "“" | "\"" | "‘" | "'" | "«"))?;
        if opening == 0 {
            return None;
        }
    }
    Some(Reported {
        content: Span::new(a.tokens()[0].span.start, a.tokens()[comma - 1].span.end),
        attribution: attribution(p, Some(a.tokens()[v].span)),
    })
}

/// True when the verb at token `v` is followed by time or venue adjuncts, a comma and a
/// subordinate clause about the speakers, not content of theirs: `…, lawmakers said Friday, as
/// they bristled at …`.
fn subordinate_after(a: &Attributor<'_>, v: usize, end: usize) -> bool {
    let tail = &a.tokens()[v + 1..end];
    tail.iter()
        .position(|t| t.text(a.text) == ",")
        .is_some_and(|c| {
            c > 0
                && tail[..c].iter().all(|t| is_adjunct_word(t.text(a.text)))
                && tail.get(c + 1).is_some_and(|t| {
                    matches!(
                        Lower::new(t.text(a.text)).as_str(),
                        "as" | "while"
                            | "when"
                            | "after"
                            | "before"
                            | "because"
                            | "since"
                            | "although"
                            | "though"
                            | "amid"
                            | "even"
                            | "despite"
                    )
                })
        })
}

/// The comma before up to three lower-case words that modify the subject starting at token
/// `first`: `…, top black lawmakers said`, `…, some of the experts said`. Not across a
/// conjunction or a verb (`… and officials said`).
fn modifiers_before(a: &Attributor<'_>, first: usize) -> Option<usize> {
    let mut k = first;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let t = &a.tokens()[k];
        let w = t.text(a.text);
        if w == "," {
            return (k > 0).then_some(k);
        }
        if !t.is_word()
            || !w.starts_with(|c: char| c.is_lowercase())
            || is_auxiliary(w)
            || is_reporting(a, k)
            || matches!(
                w,
                "and"
                    | "or"
                    | "but"
                    | "yet"
                    | "so"
                    | "that"
                    | "who"
                    | "which"
                    | "than"
                    | "as"
                    | "where"
                    | "when"
                    | "while"
                    | "if"
                    | "because"
                    | "since"
                    | "though"
                    | "although"
                    | "whether"
                    | "like"
            )
        {
            return None;
        }
    }
    comma_before(a, k)
}

/// A participle clause closing the sentence (before token `end`) with a report of its own:
/// `…, adding that no date had been set`, `…, saying the talks would go on`. Returns the token
/// indices of the comma, the participle and the first content word.
pub(super) fn participle_clause(a: &Attributor<'_>, end: usize) -> Option<(usize, usize, usize)> {
    let v = (1..end)
        .rev()
        .take(NEAR_END)
        .find(|&v| is_reporting(a, v) && a.tok(v).ends_with("ing") && a.tok(v - 1) == ",")?;
    let from = content_start(a, v, end)?;
    (end - from >= 3).then_some((v - 1, v, from))
}

/// The report of a participle clause after `r`'s attribution (`The talks will resume, Peskov
/// told reporters, adding that no date had been set`): the same speaker, with the participle
/// as its cue.
pub(crate) fn participle_after(a: &Attributor<'_>, r: &Reported) -> Option<Reported> {
    let cue = r.attribution.cue?;
    let toks = a.tokens();
    let end = content_end(a, toks.len());
    let (comma, v, from) = participle_clause(a, end)?;
    let at = toks[comma].span.start;
    if cue.end > at || r.content.end > at {
        return None;
    }
    Some(Reported {
        content: Span::new(toks[from].span.start, toks[end - 1].span.end),
        attribution: Attribution {
            cue: Some(toks[v].span),
            ..r.attribution
        },
    })
}

/// The first token of the titles and roles written before the name at `first`: `Foreign
/// Minister Hakan Fidan`, `Kremlin spokesman Dmitry Peskov`.
pub(super) fn title_start(a: &Attributor<'_>, first: usize) -> usize {
    let mut k = first;
    while k > 0 && first - k < 5 {
        let t = &a.tokens()[k - 1];
        let w = t.text(a.text);
        let titled = t.is_word()
            && (TITLES.contains(w) || ROLES.contains(w) || w.starts_with(char::is_uppercase));
        if !titled {
            break;
        }
        k -= 1;
    }
    k
}

/// True when tokens `from..end` describe the source before them and close the sentence: `said
/// a source familiar with the matter`, `said one official in the room`, `said two diplomats
/// close to the talks`. No clause of its own follows (`that`, a quotation, a reporting verb).
fn postmodifies(a: &Attributor<'_>, from: usize, end: usize) -> bool {
    from < end
        && end - from <= 10
        && matches!(
            a.tok(from),
            "in" | "with"
                | "at"
                | "from"
                | "for"
                | "of"
                | "on"
                | "inside"
                | "within"
                | "among"
                | "close"
                | "familiar"
                | "briefed"
                | "involved"
                | "knowledgeable"
                | "who"
                | "speaking"
        )
        // `said a senior official who asked not to be named`: a relative clause may hold a
        // verb of its own.
        && (from..end).all(|k| {
            let w = a.tok(k);
            w != "that"
                && w != ","
                && !is_quote_mark(w)
                && (a.tok(from) == "who" || !is_reporting(a, k))
        })
}

/// True when tokens `from..end` are one time or venue adjunct: `on Monday`, `in a statement`.
pub(super) fn ends_with_adjunct(a: &Attributor<'_>, from: usize, end: usize) -> bool {
    from + 1 < end
        && matches!(
            a.tok(from),
            "on" | "in" | "at" | "late" | "earlier" | "last" | "this"
        )
        && is_adjunct_end(a.tok(end - 1))
        && (from + 1..end - 1).all(|k| is_adjunct_word(a.tok(k)))
}

/// Words of a time or venue adjunct: `on Monday`, `in a statement`, `at a news conference`.
pub(crate) fn is_adjunct_word(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "on" | "in"
            | "at"
            | "a"
            | "an"
            | "the"
            | "late"
            | "early"
            | "earlier"
            | "later"
            | "last"
            | "this"
            | "next"
            | "via"
            | "during"
            | "after"
            | "before"
            | "news"
            | "press"
            | "e-mail"
            | "televised"
            | "written"
            | "joint"
            | "separate"
            | "brief"
            | "phone"
            | "telephone"
            | "radio"
            | "television"
            | "tv"
            | "also"
            | "again"
            | "repeatedly"
            | "previously"
            | "recently"
    ) || is_adjunct_end(w)
}

/// The word that closes an adjunct: a day, a time or a kind of statement.
pub(super) fn is_adjunct_end(w: &str) -> bool {
    matches!(
        Lower::new(w).as_str(),
        "statement"
            | "interview"
            | "speech"
            | "email"
            | "conference"
            | "briefing"
            | "post"
            | "letter"
            | "rally"
            | "event"
            | "meeting"
            | "hearing"
            | "call"
            | "visit"
            | "trip"
            | "summit"
            | "session"
            | "appearance"
            | "podcast"
            | "video"
            | "message"
    ) || is_time_word(w)
}
