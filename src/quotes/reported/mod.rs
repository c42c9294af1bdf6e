//! Reported speech: attributions without quotation marks.
//!
//! In news most attributions are indirect: "Peskov said Russia was ready", "Russia was ready,
//! Peskov said", "According to Turkish diplomatic sources, the talks began at 0930 GMT". A
//! sentence holds reported speech when a reporting verb (a speech verb, or a verb of belief,
//! finding or intention such as `believes`, `shows`, `wants`) has a subject that can be a
//! source: a name, a pronoun, a role or body noun. The content is the clause the verb
//! introduces, without `that`, to the end of the sentence; or, when the attribution closes the
//! sentence (`…, Peskov said.`), everything before it. A coordinated clause with a source and a
//! reporting verb of its own (`…, but Zakharova denied that …`) ends the content before it and
//! is a record of its own.
//!
//! Deliberately not speech: `said` as an adjective (`the said agreement`: no subject), `tell`
//! in `tell apart`, questions (`asked whether …`: the content is a question, not a claim),
//! refusals without content (`declined to comment`), and reported speech inside a direct
//! quotation (the quotation is already the record). A reported clause that holds a quoted
//! fragment is one `mixed` record (`Zelensky said the proposal was “unacceptable”`).

mod closing;
mod content;
mod cues;

use super::attribute::{attribution, Attribution, Attributor};
use super::phrases::{is_auxiliary, is_determiner, is_head_preposition, Head, Phrase};
use crate::lexicon::{SPEECH_VERBS, TITLE_CASE_LOWER};
use crate::span::Span;
use crate::text::lower::Lower;
use crate::text::segment::Token;
use closing::closing_attribution;
use content::{content_end, content_start, is_quote_mark};
use cues::{after_dateline, base, is_reporting, mark_reporting};

pub(crate) use closing::{is_adjunct_word, participle_after};
pub(crate) use cues::{cue_positions, load_cues, sentences};

/// Reported content found in one sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reported {
    pub content: Span,
    pub attribution: Attribution,
}

/// A subject that can be a source: a name, a pronoun, a role or body noun; not a possessive
/// (`Trump’s comments came`: `comments` is a noun).
fn is_source(a: &Attributor<'_>, p: &Phrase) -> bool {
    let last = a.tok(p.last);
    matches!(p.head, Head::Entity(_) | Head::Name | Head::Pronoun(_) | Head::Role(_) | Head::Body(_))
        && !last.ends_with("’s")
        && !last.ends_with("'s")
        && !p.span.slice(a.text).ends_with("’s")
        && !p.span.slice(a.text).ends_with("'s")
        && !a.text[p.span.end..].starts_with(['’', '\''])
        // `what she wants` is a relative clause, not a claim; `a Moscow think tank` uses the
        // name as a modifier.
        && !matches!(a.tok(p.first.wrapping_sub(1)), "what" | "What" | "a" | "an")
}

/// A verb in its base form agrees only with a plural or coordinated subject: `Democrats want`,
/// `Grassley and Leahy say`, `officials say`, but not `a Moscow think tank` or `help Mr. Putin
/// maintain`.
fn agrees(a: &Attributor<'_>, p: &Phrase, v: usize) -> bool {
    let w = a.tok(v);
    let verb_base = base(a, &a.tokens()[v]);
    let base_form = verb_base.is_some_and(|b| b.eq_ignore_ascii_case(w));
    // `many questions about …`: a plural quantifier takes `question`, so `questions` is a noun.
    let quantifier = p.first == p.last
        && matches!(
            Lower::new(a.tok(p.first)).as_str(),
            "many" | "several" | "both" | "others" | "most" | "all" | "some" | "few"
        );
    if quantifier && verb_base.is_some() && !base_form && w.ends_with('s') {
        return false;
    }
    if !base_form {
        return true;
    }
    // `a radio show`: a singular subject takes `shows`, so `show` is a noun.
    if matches!(a.tok(p.first), "a" | "an" | "A" | "An") {
        return false;
    }
    if !matches!(p.head, Head::Entity(_) | Head::Name) {
        return true;
    }
    let text = p.span.slice(a.text);
    text.ends_with('s') && !text.ends_with("ss") || a.tok(p.first.wrapping_sub(1)) == "and"
}

/// The reported content of `sentence`, if it has one; `cues` are the sentence's positions from
/// [`cue_positions`].
pub(crate) fn in_sentence(
    a: &mut Attributor<'_>,
    sentence: Span,
    cues: &[usize],
) -> Option<Reported> {
    a.tokenize(after_dateline(a.text, sentence));
    let n = a.tokens().len();
    if n < 4 {
        return None;
    }
    mark_reporting(a, cues);
    let end = content_end(a, n);
    if let Some(r) = according_to(a, end) {
        return Some(r);
    }
    // `CONTENT, X said.` · `CONTENT, said X.`: the attribution closes the sentence.
    if let Some(r) = closing_attribution(a, end) {
        return Some(r);
    }
    // `CONTENT, X noted, CONTENT`: the attribution sits inside the sentence.
    if let Some(r) = inner_attribution(a, end) {
        return Some(r);
    }
    // `Trump’s claim that CONTENT`.
    if let Some(r) = nominal_attribution(a, end) {
        return Some(r);
    }
    // `X said (that) CONTENT`: the first reporting verb with a source for subject.
    (0..end).find_map(|v| reported_clause(a, v, end))
}

/// The report whose verb is token `v`, when its subject is a source and the clause after it
/// (to token `end`) is a claim of three words or more.
fn reported_clause(a: &Attributor<'_>, v: usize, end: usize) -> Option<Reported> {
    // After `to` it is an infinitive; after a determiner or a possessive, a noun (`the plan`).
    let before = a.tok(v.wrapping_sub(1));
    if !is_reporting(a, v) || before == "to" || is_determiner(before) {
        return None;
    }
    let p = subject(a, v)?;
    // `As experts have pointed out, Mr. Trump is free to …`: the `as` clause attributes the
    // main clause after its comma.
    let parenthetical = || {
        // `as` opens the sentence or follows a comma, a few words before the subject (`as one
        // of Mr. Obama's climate advisers pointed out,`).
        let opened = (p.first.saturating_sub(8)..p.first)
            .rev()
            .take_while(|&k| a.tok(k) != ",")
            .any(|k| a.tok(k).eq_ignore_ascii_case("as") && (k == 0 || a.tok(k - 1) == ","));
        if !opened {
            return None;
        }
        let comma = (v + 1..end.min(v + 5)).find(|&k| a.tok(k) == ",")?;
        // Not a quotation after the comma: that is a direct quote's attribution.
        ((v + 1..comma).all(|k| a.tokens()[k].is_word())
            && a.tokens().get(comma + 1).is_some_and(Token::is_word))
        .then_some(comma + 1)
    };
    let from = content_start(a, v, end).or_else(parenthetical)?;
    if end - from < 3 {
        return None;
    }
    Some(Reported {
        content: Span::new(a.tokens()[from].span.start, a.tokens()[end - 1].span.end),
        attribution: attribution(p, Some(a.tokens()[v].span)),
    })
}

/// Words that join a second clause with a subject of its own: `…, but he refuses to …`,
/// `… — and he noted that …`.
fn is_coordinator(w: &str) -> bool {
    matches!(w, "and" | "but" | "while" | "whereas" | ";" | "—")
}

/// A second attribution inside the content of `first`: a coordinated clause whose subject
/// (a source) reports something of its own (`McAuliffe has said about 20 people have shown
/// interest, but he refuses to discuss potential appointees`). `first` then ends before the
/// coordinator, and the second record is returned.
pub(crate) fn coordinated(a: &Attributor<'_>, first: &mut Reported) -> Option<Reported> {
    let toks = a.tokens();
    let from = toks.partition_point(|t| t.span.start < first.content.start);
    let end = toks.partition_point(|t| t.span.start < first.content.end);
    for k in from + 3..end {
        if !is_coordinator(a.tok(k)) {
            continue;
        }
        // `— and he`, `, but she`: the coordinator may follow a comma or a dash.
        let subject_at = if is_coordinator(a.tok(k + 1)) {
            k + 2
        } else {
            k + 1
        };
        let second = (subject_at + 1..end.min(subject_at + 8)).find_map(|v| {
            // The subject stands right before its verb (`but he refuses`), not before a second
            // verb of an earlier subject (`… between protesters and police and said`).
            let own_subject = is_reporting(a, v)
                && !matches!(a.tok(v - 1), "and" | "but" | "," | "or")
                && subject(a, v).is_some_and(|p| p.first == subject_at);
            own_subject.then(|| reported_clause(a, v, end)).flatten()
        });
        if let Some(second) = second {
            let mut cut = k;
            while cut > from && matches!(a.tok(cut - 1), "," | "—" | "-") {
                cut -= 1;
            }
            if cut - from < 3 {
                return None;
            }
            first.content = Span::new(first.content.start, toks[cut - 1].span.end);
            return Some(second);
        }
    }
    None
}

/// The source of the reporting verb at `v`: its subject, or for a participle after a comma
/// (`…, saying …`, `…, adding that …`) or a second verb (`laughed and said`) the subject of
/// the clause.
fn subject(a: &Attributor<'_>, v: usize) -> Option<Phrase> {
    let mut b = v.wrapping_sub(1);
    // `is stressing`, `was demanding`: a progressive keeps its subject.
    let progressive =
        a.tok(v).ends_with("ing") && matches!(a.tok(b), "is" | "are" | "was" | "were");
    if progressive {
        b = b.wrapping_sub(1);
    }
    while is_auxiliary(a.tok(b)) {
        b = b.wrapping_sub(1);
    }
    let participle =
        a.tok(v).ends_with("ing") && a.tok(b) == "," || matches!(a.tok(b), "and" | "but");
    let p = if participle {
        // The subject of the clause: its first source that is no preposition's object
        // (`Enacting dominance over others, …, cooperating and finding …` has none).
        (0..b)
            .filter_map(|k| a.reader().forward(k))
            .find(|p| p.last < b && is_source(a, p) && a.preposition_before(p).is_none())?
    } else if progressive {
        a.reader().backward(v - 2)?
    } else {
        match a.subject_before(v) {
            Some(p) => p,
            // `Analysts at a Moscow think tank said`: no phrase ends right before the verb.
            None => plural_head(a, v)?,
        }
    };
    // `a Moscow think tank`: the name modifies a noun; the verb is no verb.
    if matches!(a.tok(p.first.wrapping_sub(1)), "a" | "an") {
        return None;
    }
    // `Political observers in Virginia say`, `Diplomats in Ankara say`: the head before a
    // prepositional phrase, when the words right before the verb are not its subject.
    let p = if is_source(a, &p) && agrees(a, &p, v) {
        p
    } else {
        plural_head(a, p.first)?
    };
    // A capitalised verb stands in a Title Case heading, where every word is capitalised: a
    // run of capitals no entity vouches for is no evidence of a subject (`A Curious Plan to
    // Fight …`, `Obama Power Plant Rules Face …`).
    let heading_name = p.head == Head::Name && a.tok(v).starts_with(|c: char| c.is_uppercase());
    (is_source(a, &p) && agrees(a, &p, v) && !heading_name).then_some(p)
}

/// A role or body noun heading a subject whose prepositional phrase ends before `first`:
/// `observers in Virginia`, `officials from both parties`.
fn plural_head(a: &Attributor<'_>, first: usize) -> Option<Phrase> {
    // The nearest preposition whose head is a role or a body: `observers in Virginia and
    // around the country` skips `around`, which follows `and`.
    (first.saturating_sub(6)..first)
        .rev()
        .filter(|&k| is_head_preposition(a.tok(k)))
        .find_map(|prep| {
            let head = a.reader().backward(prep.checked_sub(1)?)?;
            matches!(head.head, Head::Role(_) | Head::Body(_)).then_some(head)
        })
}

/// `According to X, CONTENT.` and `CONTENT, according to X.` The source may be any phrase:
/// a person, a poll, a document (`according to exit polls`).
fn according_to(a: &Attributor<'_>, end: usize) -> Option<Reported> {
    let v = (0..end.saturating_sub(2))
        .find(|&v| a.tok(v).eq_ignore_ascii_case("according") && a.tok(v + 1) == "to")?;
    let stop = (v + 2..end).find(|&k| a.tok(k) == ",").unwrap_or(end);
    if stop <= v + 2 {
        return None;
    }
    let source = a
        .reader()
        .forward(v + 2)
        .filter(|p| p.last < stop)
        .unwrap_or(Phrase {
            span: Span::new(a.tokens()[v + 2].span.start, a.tokens()[stop - 1].span.end),
            head: Head::Name,
            first: v + 2,
            last: stop - 1,
        });
    let cue = Span::new(a.tokens()[v].span.start, a.tokens()[v + 1].span.end);
    let att = attribution(source, Some(cue));
    let content = if v == 0 && stop + 1 < end {
        Span::new(
            a.tokens()[stop + 1].span.start,
            a.tokens()[end - 1].span.end,
        )
    } else if v >= 3 && a.tok(v - 1) == "," {
        Span::new(a.tokens()[0].span.start, a.tokens()[v - 2].span.end)
    } else {
        return None;
    };
    Some(Reported {
        content,
        attribution: att,
    })
}

/// `CONTENT, X noted, CONTENT.`: an attribution set off by commas inside the sentence. The
/// content is the whole sentence around it.
fn inner_attribution(a: &Attributor<'_>, end: usize) -> Option<Reported> {
    for v in 2..end.saturating_sub(3) {
        // `…, Trump said, “Q”` introduces a direct quotation instead.
        if a.tok(v + 1) != ","
            || SPEECH_VERBS.base(a.tok(v)).is_none()
            || is_quote_mark(a.tok(v + 2))
        {
            continue;
        }
        let Some(p) = a.subject_before(v) else {
            continue;
        };
        if !is_source(a, &p) || p.first < 2 || a.tok(p.first - 1) != "," {
            continue;
        }
        return Some(Reported {
            content: Span::new(a.tokens()[0].span.start, a.tokens()[end - 1].span.end),
            attribution: attribution(p, Some(a.tokens()[v].span)),
        });
    }
    None
}

/// Nouns that report what their possessor said: `Trump’s claim that …`.
const REPORTING_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "statement",
    "assertion",
    "argument",
    "suggestion",
    "warning",
    "remark",
    "remarks",
    "comment",
    "comments",
    "insistence",
    "promise",
    "pledge",
    "view",
    "belief",
    "contention",
    "accusation",
    "allegation",
    "charge",
    "denial",
    "admission",
    "prediction",
];

fn nominal_attribution(a: &Attributor<'_>, end: usize) -> Option<Reported> {
    let k = (1..end.saturating_sub(2)).find(|&k| {
        a.tok(k + 1) == "that" && REPORTING_NOUNS.contains(&a.tok(k)) && {
            let owner = a.tok(k - 1);
            owner.ends_with("’s") || owner.ends_with("'s")
        }
    })?;
    let p = a.reader().backward(k - 1)?;
    if !matches!(
        p.head,
        Head::Entity(_) | Head::Name | Head::Role(_) | Head::Body(_)
    ) || k + 2 >= end
    {
        return None;
    }
    // The speaker is the possessor's name, without the possessive.
    let name = p.span.slice(a.text);
    let trim = name.len() - name.trim_end_matches("’s").trim_end_matches("'s").len();
    let speaker = Phrase {
        span: Span::new(p.span.start, p.span.end - trim),
        ..p
    };
    Some(Reported {
        content: Span::new(a.tokens()[k + 2].span.start, a.tokens()[end - 1].span.end),
        attribution: attribution(speaker, Some(a.tokens()[k].span)),
    })
}

/// A headline that gives its source before a colon: `Erdogan: Turkey will not back down`.
pub(crate) fn headline(a: &mut Attributor<'_>, para: Span) -> Option<Reported> {
    a.tokenize(para);
    let colon = (1..a.tokens().len().min(6)).find(|&k| a.tok(k) == ":")?;
    let p = a.reader().forward(0)?;
    // An upper-case label (`PENCE:`, `Q:`) is a transcript turn, found elsewhere.
    let label = p.span.slice(a.text);
    let upper = !label.chars().any(char::is_lowercase);
    if p.last + 1 != colon || upper || !matches!(p.head, Head::Entity(_) | Head::Name) {
        return None;
    }
    // A Title Case phrase no entity vouches for is a name only without articles and
    // prepositions: `The Latest:` (a live-page label) and `Stealth Over Health:` (a headline's
    // own first half) are not sources.
    let function_word = |k: usize| {
        let w = Lower::new(a.tok(k));
        TITLE_CASE_LOWER.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "over"
                    | "under"
                    | "with"
                    | "without"
                    | "from"
                    | "into"
                    | "after"
                    | "before"
                    | "about"
                    | "against"
            )
    };
    if p.head == Head::Name && (p.first..=p.last).any(function_word) {
        return None;
    }
    let end = content_end(a, a.tokens().len());
    let words = (colon + 1..end)
        .filter(|&k| a.tokens()[k].is_word())
        .count();
    if words < 4 {
        return None;
    }
    Some(Reported {
        content: Span::new(
            a.tokens()[colon + 1].span.start,
            a.tokens()[end - 1].span.end,
        ),
        attribution: attribution(p, Some(a.tokens()[colon].span)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_on_ends() {
        let t = "Peskov said Russia was ready. Mr. Putin agreed! Then what?";
        let s = sentences(t, Span::new(0, t.len()));
        let got: Vec<&str> = s.iter().map(|s| s.slice(t)).collect();
        assert_eq!(
            got,
            [
                "Peskov said Russia was ready.",
                "Mr. Putin agreed!",
                "Then what?"
            ]
        );
    }

    #[test]
    fn cue_positions_are_whole_words() {
        let t = "He said so; the sayings of Putin, according to him.";
        let p = cue_positions(t);
        assert_eq!(p.len(), 2);
    }
}
