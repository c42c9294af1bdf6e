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

use super::attribute::{attribution, Attribution, Attributor};
use super::phrases::{is_auxiliary, is_determiner, is_time_word, Head, Phrase};
use crate::lexicon::{
    is_weekday, ATTRIBUTION_VERBS, ROLES, SPEECH_VERBS, TITLES, TITLE_CASE_LOWER,
    VERBS_NEEDING_THAT,
};
use crate::span::Span;
use crate::text::lower::Lower;
use crate::text::segment::{ends_sentence, Token};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use once_cell::sync::Lazy;

/// Reported content found in one sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reported {
    pub content: Span,
    pub attribution: Attribution,
}

/// Every form of every reporting verb, and `according to`, for a fast first pass over the text:
/// only sentences holding one are read word by word.
static CUES: Lazy<Option<AhoCorasick>> = Lazy::new(|| {
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

/// Verbs whose first complement is the person told: `told reporters (that) …`.
const TELLING: &[&str] = &[
    "tell", "inform", "assure", "remind", "brief", "advise", "warn", "urge",
];

/// Words that open an embedded question rather than a claim.
const QUESTION_WORDS: &[&str] = &[
    "whether", "if", "why", "how", "what", "when", "where", "who", "which",
];

/// Objects that may stand between a telling verb and its clause.
const LISTENERS: &[&str] = &[
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

/// Byte offsets where a reporting verb may stand, in order.
pub(crate) fn cue_positions(text: &str) -> Vec<usize> {
    let Some(ac) = CUES.as_ref() else {
        return Vec::new();
    };
    let bytes = text.as_bytes();
    ac.find_iter(text)
        .filter(|m| super::super::entities::matcher::on_word_boundaries(bytes, m.start(), m.end()))
        .map(|m| m.start())
        .collect()
}

/// Whether token `v` of the sentence is a reporting verb.
fn is_reporting(a: &Attributor<'_>, v: usize) -> bool {
    a.reporting.get(v) == Some(&true)
}

/// Mark the reporting verbs among the sentence's tokens. Only a word where the first pass saw a
/// verb form (`cues`, in order) is looked up.
fn mark_reporting(a: &mut Attributor<'_>, cues: &[usize]) {
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
                    && super::phrases::capital_allowed(a.text, t.span)
            },
        );
    }
    a.reporting = flags;
}

fn base<'v>(a: &Attributor<'_>, t: &Token) -> Option<&'v str> {
    let w = t.text(a.text);
    SPEECH_VERBS.base(w).or_else(|| ATTRIBUTION_VERBS.base(w))
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
    let base_form = base(a, &a.tokens()[v]).is_some_and(|b| b.eq_ignore_ascii_case(w));
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
fn after_dateline(text: &str, sentence: Span) -> Span {
    let s = sentence.slice(text);
    if !s.as_bytes().iter().take(2).all(u8::is_ascii_uppercase) {
        return sentence;
    }
    let dash = [") - ", ") — ", ") – "]
        .iter()
        .filter_map(|d| s.find(d).map(|i| i + d.len()))
        .filter(|&i| i <= 100)
        .min();
    match dash {
        Some(i) => Span::new(sentence.start + i, sentence.end).trim(text),
        None => sentence,
    }
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
    let from = content_start(a, v, end)?;
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
        (0..b)
            .filter_map(|k| a.reader().forward(k))
            .find(|p| p.last < b && is_source(a, p))?
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
    let prep = (first.saturating_sub(6)..first).rev().find(|&k| {
        matches!(
            a.tok(k),
            "of" | "from" | "in" | "at" | "to" | "around" | "across" | "on" | "with" | "for"
        )
    })?;
    let head = a.reader().backward(prep.checked_sub(1)?)?;
    matches!(head.head, Head::Role(_) | Head::Body(_)).then_some(head)
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

/// Tokens before the sentence's closing punctuation.
fn content_end(a: &Attributor<'_>, n: usize) -> usize {
    let mut end = n;
    while end > 0
        && matches!(
            a.tok(end - 1),
            "." | "!" | "?" | ";" | "”" | "\"" | "’" | "'"
        )
    {
        end -= 1;
    }
    end
}

/// How many tokens from the end of a sentence a closing attribution's verb may stand: `said on
/// Saturday before a second round of indirect talks in Muscat`.
const NEAR_END: usize = 16;

/// `CONTENT, X said [on Monday].` or `CONTENT, said X.`
fn closing_attribution(a: &Attributor<'_>, end: usize) -> Option<Reported> {
    // `…, Peskov told reporters, adding that …`: the attribution closes the sentence before a
    // participle clause, which is a report of its own (`participle_after`).
    let end = participle_clause(a, end).map_or(end, |(comma, _, _)| comma);
    // The last reporting verb, with at most a few adjunct words after it; or, inverted after a
    // comma, anywhere (`…, said Brian Baker, a longtime adviser to the family who …`).
    let near_end = (0..end).rev().take(NEAR_END).find(|&v| is_reporting(a, v));
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
    let v = near_end.or_else(inverted_far)?;
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
                    || ends_with_adjunct(a, p.last + 1, end)) =>
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
            (p, comma_before(a, title_start(a, first))?)
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

/// A participle clause closing the sentence (before token `end`) with a report of its own:
/// `…, adding that no date had been set`, `…, saying the talks would go on`. Returns the token
/// indices of the comma, the participle and the first content word.
fn participle_clause(a: &Attributor<'_>, end: usize) -> Option<(usize, usize, usize)> {
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
fn title_start(a: &Attributor<'_>, first: usize) -> usize {
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

/// True when tokens `from..end` are one time or venue adjunct: `on Monday`, `in a statement`.
fn ends_with_adjunct(a: &Attributor<'_>, from: usize, end: usize) -> bool {
    from + 1 < end
        && matches!(
            a.tok(from),
            "on" | "in" | "at" | "late" | "earlier" | "last" | "this"
        )
        && is_adjunct_end(a.tok(end - 1))
        && (from + 1..end - 1).all(|k| is_adjunct_word(a.tok(k)))
}

/// Words of a time or venue adjunct: `on Monday`, `in a statement`, `at a news conference`.
fn is_adjunct_word(w: &str) -> bool {
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
fn is_adjunct_end(w: &str) -> bool {
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

fn is_quote_mark(t: &str) -> bool {
    matches!(t, "”" | "“" | "\"" | "’" | "‘" | "'" | "»" | "«")
}

/// The comma that ends the content before token `k`, skipping a determiner (`, the Tax
/// Foundation said`) and closing quotation marks (`…,” said Mr. Burman`): its index.
fn comma_before(a: &Attributor<'_>, k: usize) -> Option<usize> {
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
fn content_start(a: &Attributor<'_>, v: usize, end: usize) -> Option<usize> {
    let verb = base(a, &a.tokens()[v])?;
    let mut k = v + 1;
    while is_auxiliary(a.tok(k)) {
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
fn fragment_opens(a: &Attributor<'_>, k: usize, end: usize) -> bool {
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
