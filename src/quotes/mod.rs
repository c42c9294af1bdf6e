//! Quotations: direct speech found between quotation marks (and after transcript labels), each
//! attributed to its speaker and resolved to an entity where one fits.
//!
//! Speech, not scare quotes: a quotation counts when an attribution ties it to a speaker, when it
//! continues an attributed quotation (the next paragraph of a multi-paragraph quotation, a
//! paragraph that is only a quotation right after an attributed one, the second half of an
//! interrupted quotation), or when it is sentence-like on its own: at least
//! [`MIN_UNATTRIBUTED_WORDS`] words and not a Title Case name. Quotations right after
//! `so-called`, `dubbed`, `nicknamed`, `titled` or `the term` are labels, not speech.

mod attribute;
mod marks;
mod phrases;
mod reported;

use crate::analysis::{Entity, Mention, Quote, QuoteKind, Speaker};
use crate::span::Span;
use attribute::{Attribution, Attributor, Resolver};
use marks::Quoted;
use once_cell::sync::Lazy;
use phrases::Head;
use regex::Regex;

/// Unattributed quotations shorter than this are taken for scare quotes, names or titles.
pub const MIN_UNATTRIBUTED_WORDS: usize = 6;

/// Words a sentence needs around a directly quoted fragment to report a clause of its own.
const MIN_CLAUSE_WORDS: usize = 3;

/// Find and attribute the quotations of a document; reported speech too when `reported`.
pub(crate) fn find(
    text: &str,
    paragraphs: &[Span],
    mentions: &[Mention],
    entities: &[Entity],
    reported: bool,
) -> Vec<Quote> {
    let mut quoted = marks::find(text, paragraphs);
    add_transcript_turns(text, paragraphs, &mut quoted);
    let contents: Vec<Span> = quoted.iter().map(|q| q.content).collect();
    let resolver = Resolver::new(text, mentions, entities, &contents);
    let mut attributor = Attributor::new(text, mentions);

    // Per quotation: its attribution and whether it was inherited.
    let mut found: Vec<Option<(Attribution, bool)>> = Vec::with_capacity(quoted.len());
    for (k, q) in quoted.iter().enumerate() {
        let para = paragraphs[q.paragraph];
        let prev = k.checked_sub(1).map(|p| &quoted[p]);
        let next_open = quoted
            .get(k + 1)
            .filter(|n| n.paragraph == q.paragraph)
            .map_or(para.end, |n| n.open.start);
        let floor = match prev {
            Some(p) if p.paragraph == q.paragraph => p.close.map_or(p.content.end, |c| c.end),
            _ => para.start,
        };
        let label = transcript_label(text, q);
        let own = label
            .or_else(|| attributor.after(q, next_open))
            .or_else(|| attributor.before(q, floor));
        let a = match own {
            Some(a) => Some((a, false)),
            None => {
                inherited(text, paragraphs, &quoted, &found, k, &mut attributor).map(|a| (a, true))
            }
        };
        found.push(a);
    }

    let mut out = Vec::with_capacity(quoted.len());
    for (q, a) in quoted.iter().zip(&found) {
        let content = strip_label(text, q);
        if !is_speech(
            text,
            q,
            content,
            a.map(|(a, _)| a),
            a.is_some_and(|(_, i)| i),
        ) {
            continue;
        }
        let speaker = a.map(|(a, _)| Speaker {
            span: a.speaker,
            entity: resolver.resolve(&a, q.open.start),
        });
        out.push(Quote {
            span: content,
            kind: QuoteKind::Direct,
            speaker,
            cue: a.and_then(|(a, _)| a.cue),
        });
    }
    if !reported {
        return out;
    }
    add_reported(
        text,
        paragraphs,
        &contents,
        &resolver,
        &mut attributor,
        &mut out,
    );
    out
}

/// Add reported speech (see `reported`): indirect records, and mixed ones that absorb the
/// quoted fragments they hold.
fn add_reported(
    text: &str,
    paragraphs: &[Span],
    quoted: &[Span],
    resolver: &Resolver<'_>,
    attributor: &mut Attributor<'_>,
    out: &mut Vec<Quote>,
) {
    let cues = reported::cue_positions(text);
    let inside_quote = |pos: usize| {
        let k = quoted.partition_point(|q| q.end <= pos);
        quoted.get(k).is_some_and(|q| q.start <= pos)
    };
    // Cues that follow their direct quotation (`“Q,” Trump said at a rally.`), with the
    // quotation and its speaker: that sentence reports nothing more, unless words around the
    // quotation make a clause of their own (`A cashier who “steals a handful” is held
    // accountable, Warren said.`) said by the same speaker, which is one mixed record.
    // Each attributed direct quotation with its speaker and cue, by start.
    let attributed: Vec<(Span, Option<Span>, Span)> = out
        .iter()
        .filter_map(|q| Some((q.span, q.speaker.map(|s| s.span), q.cue?)))
        .collect();
    let mut direct_cues: Vec<(usize, Span, Option<Span>)> = attributed
        .iter()
        .filter(|(quote, _, cue)| cue.start >= quote.end)
        .map(|&(quote, speaker, cue)| (cue.start, quote, speaker))
        .collect();
    direct_cues.sort_unstable_by_key(|&(cue, _, _)| cue);
    let reports_more = |r: &reported::Reported, quote: Span, speaker: Option<Span>| {
        // The content may stop before the punctuation that closes the quotation inside its
        // marks (`… of failure,” he said`).
        let covers = r.content.start <= quote.start && ends_by(text, r.content.end, quote.end);
        let after = word_count(Span::new(quote.end, r.content.end.max(quote.end)).slice(text));
        // A quotation closing the clause continues a sentence begun outside its marks only
        // when it opens in lower case (`Not paying taxes “makes me smart,” Trump said`); `In a
        // speech, “We will win,” he said` quotes a sentence of its own.
        let continues = after > 0
            || quote
                .slice(text)
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase);
        covers
            && continues
            && speaker.is_some_and(|s| s.overlaps(r.attribution.speaker))
            && word_count(Span::new(r.content.start, quote.start).slice(text)) + after
                >= MIN_CLAUSE_WORDS
    };
    let record = |r: reported::Reported, kind: QuoteKind| Quote {
        span: r.content,
        kind,
        speaker: Some(Speaker {
            span: r.attribution.speaker,
            entity: resolver.resolve(&r.attribution, r.content.start),
        }),
        cue: r.attribution.cue,
    };
    let mut found: Vec<Quote> = Vec::new();
    let mut records = Vec::new();
    for (i, &para) in paragraphs.iter().enumerate() {
        // `Erdogan: Turkey will not back down` as a headline.
        if i == 0 && !inside_quote(para.start) {
            if let Some(r) = reported::headline(attributor, para) {
                found.push(record(r, QuoteKind::Indirect));
                continue;
            }
        }
        let k = cues.partition_point(|&c| c < para.start);
        if cues.get(k).is_none_or(|&c| c >= para.end) {
            continue;
        }
        for sentence in reported::sentences(text, para) {
            let k = cues.partition_point(|&c| c < sentence.start);
            let k_end = k + cues[k..].partition_point(|&c| c < sentence.end);
            if k == k_end || inside_quote(sentence.start) {
                continue;
            }
            let Some(mut first) = reported::in_sentence(attributor, sentence, &cues[k..k_end])
            else {
                continue;
            };
            // A coordinated clause may report something of its own, and so on.
            records.clear();
            while let Some(next) = reported::coordinated(attributor, &mut first) {
                records.push(first);
                first = next;
            }
            let participle = reported::participle_after(attributor, &first);
            records.push(first);
            records.extend(participle);
            for (nth, &r) in records.iter().enumerate() {
                let a = r.attribution;
                let direct = a.cue.and_then(|c| {
                    let k = direct_cues.partition_point(|&(cue, _, _)| cue < c.start);
                    direct_cues
                        .get(k)
                        .filter(|&&(cue, _, _)| cue == c.start)
                        .copied()
                });
                // Speech reported inside a quotation belongs to the quotation; a report whose
                // verb attributes a quotation before it is that quotation's record, unless it
                // is a coordinated clause, whose content follows its verb (`“a mistake” …, but
                // she denied that …`).
                let repeats_direct = direct.is_some_and(|(cue, quote, speaker)| {
                    (nth == 0 || r.content.start < cue) && !reports_more(&r, quote, speaker)
                });
                if inside_quote(a.speaker.start) || repeats_direct {
                    continue;
                }
                let mut r = r;
                // `When Clinton noted that Trump had not paid taxes, Trump boasted, “…”`, `an
                // architect who said he was stiffed, saying, “…”`: the content stops before a
                // direct quotation's own attribution.
                if let Some(end) = end_before_attribution(text, &attributed, &r) {
                    r.content.end = end;
                    if word_count(r.content.slice(text)) < MIN_CLAUSE_WORDS {
                        continue;
                    }
                }
                // The report holds the quotation its verb attributes, marks and all.
                if let Some((_, quote, _)) = direct.filter(|&(_, q, _)| q.start >= r.content.start)
                {
                    r.content.end = r.content.end.max(quote.end);
                }
                let held = held_fragments_end(text, quoted, r.content);
                if let Some(end) = held {
                    r.content.end = r.content.end.max(end);
                }
                let kind = if held.is_some() {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                };
                found.push(record(r, kind));
            }
        }
    }
    add_block_quotations(text, paragraphs, quoted, attributor, &mut found, &record);
    if found.is_empty() {
        return;
    }
    // A mixed record is the one record of its quoted fragments.
    let mixed: Vec<Span> = found
        .iter()
        .filter(|f| f.kind == QuoteKind::Mixed)
        .map(|f| f.span)
        .collect();
    out.retain(|q| {
        let k = mixed.partition_point(|m| m.end <= q.span.start);
        !mixed.get(k).is_some_and(|m| m.contains(q.span))
    });
    out.extend(found);
    out.sort_by_key(|q| q.span.start);
}

/// A paragraph quoted without marks after one that introduces it with a colon: `Limbaugh
/// added:` and then his words as a block, as web articles set long quotations and posts. The
/// introduction needs a reporting verb with its subject close before the colon (`The New York
/// Times reports:`, `Trump wrote on Twitter:`), and the block no quotation marks of its own
/// (a quotation there is direct speech, attributed as such).
fn add_block_quotations(
    text: &str,
    paragraphs: &[Span],
    quoted: &[Span],
    attributor: &mut Attributor<'_>,
    found: &mut Vec<Quote>,
    record: &dyn Fn(reported::Reported, QuoteKind) -> Quote,
) {
    for pair in paragraphs.windows(2) {
        let (intro, block) = (pair[0], pair[1]);
        let intro_text = intro.slice(text).trim_end();
        if !intro_text.ends_with(':') || word_count(block.slice(text)) < MIN_CLAUSE_WORDS {
            continue;
        }
        let k = quoted.partition_point(|q| q.end <= intro.start);
        if quoted.get(k).is_some_and(|q| q.start < block.end) {
            continue;
        }
        let colon = intro.start + intro_text.len();
        let floor = intro.start.max(colon.saturating_sub(attribute::WINDOW));
        let sentence = Span::new(attribute::sentence_start(text, floor, colon), colon);
        let Some(a) = attributor.before_in(sentence) else {
            continue;
        };
        // Only adjuncts and names may stand between the verb and the colon (`wrote on Twitter
        // on Monday:`); `He said the plan has three parts:` introduces a list, not his words.
        let between = a.cue.map_or("", |c| &text[c.end..colon]);
        let mut words = between
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty());
        let adjunct = words.next().is_none_or(|w| {
            !matches!(w, "a" | "an" | "the")
                && (reported::is_adjunct_word(w)
                    || matches!(w, "to" | "with" | "from" | "by")
                    || w.starts_with(char::is_uppercase))
        });
        if !adjunct || word_count(between) > 6 || words.any(|w| w == "that") {
            continue;
        }
        let content = block.trim(text);
        found.push(record(
            reported::Reported {
                content,
                attribution: a,
            },
            QuoteKind::Indirect,
        ));
    }
}

/// Whether a span ending at `a` reaches, up to punctuation, to `b`: `b` is no further than `a`
/// or only spaces and punctuation stand between them.
fn ends_by(text: &str, a: usize, b: usize) -> bool {
    b <= a
        || text
            .get(a..b)
            .is_some_and(|rest| !rest.contains(char::is_alphanumeric))
}

/// Where the content of `r` ends when it runs into a direct quotation closing it that another
/// speaker's attribution introduces (`attributed`: quotation, speaker, cue, by quotation):
/// before that speaker, or before the cue when the speaker stands outside the content, and
/// before the commas and dashes that lead there.
fn end_before_attribution(
    text: &str,
    attributed: &[(Span, Option<Span>, Span)],
    r: &reported::Reported,
) -> Option<usize> {
    // Only a report inside a subordinate clause ends where the main clause's attribution
    // begins: after `When`, `As`, `After` …, or with a relative pronoun for speaker. A
    // report in the main clause may hold another attribution (`Flynn said Trump was “right”
    // when he said, “…”`).
    let speaker_text = r.attribution.speaker.slice(text);
    let before = text[..r.attribution.speaker.start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let subordinate = matches!(speaker_text, "who" | "which" | "that")
        || matches!(
            crate::text::lower::Lower::new(before).as_str(),
            "when"
                | "as"
                | "after"
                | "before"
                | "while"
                | "if"
                | "because"
                | "since"
                | "although"
                | "though"
                | "once"
                | "until"
                | "whenever"
        );
    if !subordinate {
        return None;
    }
    let content = r.content;
    let k = attributed.partition_point(|(q, _, _)| q.start <= content.start);
    let &(_, speaker, cue) = attributed[k..]
        .iter()
        .take_while(|(q, _, _)| q.start < content.end)
        .find(|&&(q, speaker, cue)| {
            ends_by(text, q.end, content.end)
                && cue.start > content.start
                && cue.start < q.start
                && Some(cue) != r.attribution.cue
                && !speaker.is_some_and(|s| s.overlaps(r.attribution.speaker))
        })?;
    let at = speaker
        .map(|s| s.start)
        .filter(|&s| s > content.start)
        .unwrap_or(cue.start);
    let kept = text[content.start..at]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '―' | '-'));
    Some(content.start + kept.len())
}

/// Where the quoted fragments that `content` holds end, if it holds any: a fragment inside it,
/// or one closing it with the sentence's full stop inside the marks (`handed out “like
/// candy.”`), whose end the content then runs to; not a quotation that a comma or a colon
/// introduces (`I laughed and said, “…”`), which is one of its own.
fn held_fragments_end(text: &str, quoted: &[Span], content: Span) -> Option<usize> {
    let q = quoted.partition_point(|q| q.start < content.start);
    quoted[q..]
        .iter()
        .take_while(|q| q.start < content.end)
        .filter(|q| {
            let opened = text[..q.start]
                .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',' && c != ':');
            q.end <= content.end
                || !text[content.end..q.end].contains(char::is_alphanumeric)
                    && !opened.ends_with([',', ':'])
        })
        .map(|q| q.end)
        .max()
}

/// An attribution carried over from an earlier quotation: the second half of an interrupted
/// quotation, the next paragraph of a multi-paragraph one, a paragraph that is only a quotation
/// right after an attributed one, or a quotation introduced by a colon at the end of the
/// previous paragraph (`He added:`).
fn inherited(
    text: &str,
    paragraphs: &[Span],
    quoted: &[Quoted],
    found: &[Option<(Attribution, bool)>],
    k: usize,
    attributor: &mut Attributor<'_>,
) -> Option<Attribution> {
    let q = &quoted[k];
    let para = paragraphs[q.paragraph];
    let prev = k
        .checked_sub(1)
        .map(|p| (&quoted[p], found[p].map(|(a, _)| a)));
    if let Some((p, Some(a))) = prev {
        if p.paragraph == q.paragraph {
            return Some(a);
        }
    }
    let opens_paragraph = q.open.start == para.start;
    if !opens_paragraph {
        // `…, Schiff said. “Q”`: the sentence just before the quotation attributes it.
        let end = text[para.start..q.open.start].trim_end().len() + para.start;
        let floor = para.start.max(end.saturating_sub(attribute::WINDOW));
        let start = attribute::sentence_start(text, floor, end.saturating_sub(1));
        return attributor.before_in(Span::new(start, end));
    }
    let before = paragraphs.get(q.paragraph.checked_sub(1)?)?;
    // `He added:` closing the previous paragraph.
    if before.slice(text).ends_with(':') {
        let floor = before
            .start
            .max(before.end.saturating_sub(attribute::WINDOW));
        let start = attribute::sentence_start(text, floor, before.end);
        let sentence = Span::new(start, before.end);
        if let Some(a) = attributor
            .before_in(sentence)
            .or_else(|| attributor.first_named(sentence))
        {
            return Some(a);
        }
    }
    let (p, prev_attr) = prev?;
    if p.paragraph + 1 == q.paragraph && (p.continues || quote_fills_paragraph(text, q, para)) {
        return prev_attr;
    }
    None
}

/// True when the paragraph holds nothing but the quotation.
fn quote_fills_paragraph(text: &str, q: &Quoted, para: Span) -> bool {
    let after = q.close.map_or(para.end, |c| c.end);
    q.open.start == para.start && text[after..para.end].trim().is_empty()
}

/// Compile the quote finder's patterns now rather than on first use.
pub(crate) fn load_patterns() {
    Lazy::force(&LABEL);
    reported::load_cues();
}

static LABEL: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:[A-Z][A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3}|Q|A):\s+").unwrap());

/// Labels in capitals that head a paragraph but do not name a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "UPDATE",
    "UPDATED",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "WATCH",
    "READ MORE",
    "READ",
    "CORRECTION",
    "CLARIFICATION",
    "BREAKING",
    "ANALYSIS",
    "OPINION",
    "LIVE",
    "TRANSCRIPT",
    "SOURCE",
    "SOURCES",
    "RELATED",
    "MORE",
    "WARNING",
    "FILE",
    "CAPTION",
    "CREDIT",
    "TOPICS",
    "TAGS",
    "SEE ALSO",
    "ALSO",
    "PS",
    "P.S.",
    "BACKGROUND",
    "CONTEXT",
    "FACT CHECK",
    "BOTTOM LINE",
    "WHY IT MATTERS",
];

/// The speaker label opening `s` (`PENCE: `, `Q: `): the label's length with the colon and
/// the whitespace after it, and the label itself.
fn label_at(s: &str) -> Option<(usize, &str)> {
    let m = LABEL.find(s)?;
    let label = s[..m.end()].trim_end().trim_end_matches(':');
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    if NOT_SPEAKERS.contains(&label) || (letters < 2 && label != "Q" && label != "A") {
        return None;
    }
    Some((m.end(), label))
}

/// An interview transcript turn in a paragraph without quotation marks: `PENCE: Well, look …`.
fn add_transcript_turns(text: &str, paragraphs: &[Span], quoted: &mut Vec<Quoted>) {
    let before = quoted.len();
    let mut has_quote = vec![false; paragraphs.len()];
    for q in quoted.iter() {
        has_quote[q.paragraph] = true;
    }
    for (k, p) in paragraphs.iter().enumerate() {
        let s = p.slice(text);
        if has_quote[k] {
            continue;
        }
        if let Some((len, _)) = label_at(s) {
            let content = Span::new(p.start + len, p.end).trim(text);
            if !content.is_empty() {
                quoted.push(Quoted {
                    content,
                    // The label stands where an opening mark would.
                    open: Span::new(p.start, p.start),
                    close: None,
                    paragraph: k,
                    continues: false,
                });
            }
        }
    }
    if quoted.len() > before {
        quoted.sort_by_key(|q| q.content.start);
    }
}

/// The speaker label of a transcript turn, at the start of the paragraph or just inside the
/// opening mark (`"WALLACE: Let’s start …`).
fn transcript_label(text: &str, q: &Quoted) -> Option<Attribution> {
    // A turn without marks starts where its (empty) opening mark stands; one inside marks
    // starts with its content.
    let start = if q.open.is_empty() {
        q.open.start
    } else {
        q.content.start
    };
    let (_, label) = label_at(&text[start..q.content.end])?;
    let speaker = Span::new(start, start + label.len());
    let colon = Span::new(speaker.end, speaker.end + 1);
    Some(Attribution {
        speaker,
        head: Head::Name,
        cue: Some(colon),
    })
}

/// The quotation's content without a transcript label.
fn strip_label(text: &str, q: &Quoted) -> Span {
    if q.open.is_empty() {
        return q.content;
    }
    match label_at(q.content.slice(text)) {
        Some((len, _)) => Span::new(q.content.start + len, q.content.end).trim(text),
        None => q.content,
    }
}

/// Words a quotation follows when it is a label rather than speech.
const LABEL_WORDS: &[&str] = &[
    "so-called",
    "dubbed",
    "nicknamed",
    "titled",
    "entitled",
    "term",
    "word",
    "phrase",
    "slogan",
    "hashtag",
    "motto",
    "headline",
    "catchphrase",
    "moniker",
];

fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Nouns for works whose titles stand in quotation marks: `his 2002 book, “Make Your Kid a
/// Millionaire,”`.
const WORK_NOUNS: &[&str] = &[
    "book",
    "film",
    "movie",
    "song",
    "album",
    "show",
    "series",
    "programme",
    "program",
    "column",
    "essay",
    "article",
    "report",
    "play",
    "novel",
    "documentary",
    "episode",
    "anthem",
    "hymn",
    "poem",
    "musical",
    "opera",
    "podcast",
    "exhibition",
    "headline",
    "campaign",
    "operation",
];

/// Words before an opening mark that make a Title Case quotation a name rather than speech.
const NAME_INTRODUCERS: &[&str] = &[
    "the", "a", "an", "of", "on", "in", "at", "from", "to", "for", "with", "by", "his", "her",
    "their", "its",
];

/// Speech or a scare quote, title or nickname? See the module documentation.
fn is_speech(
    text: &str,
    q: &Quoted,
    content: Span,
    a: Option<Attribution>,
    inherited: bool,
) -> bool {
    if content.is_empty() {
        return false;
    }
    // Only the few words before the opening mark matter.
    let from = q.open.start.saturating_sub(64);
    let from = (from..q.open.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(q.open.start);
    let lead = text[from..q.open.start].trim_end();
    let last_word = lead
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    if LABEL_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(last_word))
        || lead.ends_with("known as")
    {
        return false;
    }
    let words = content.slice(text);
    if is_title_case(words) {
        // A title or a name: `On “Face the Nation,” Sanders said`, `‘All Bets Are Off.’`.
        let introduced = [WORK_NOUNS, NAME_INTRODUCERS]
            .iter()
            .any(|list| list.iter().any(|w| w.eq_ignore_ascii_case(last_word)));
        if a.is_none() || inherited || introduced || word_count(words) < 4 {
            return false;
        }
    }
    a.is_some() || word_count(words) >= MIN_UNATTRIBUTED_WORDS
}

/// At least two words, every one capitalised except short function words: the title of a
/// work, a name, or a heading.
fn is_title_case(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| {
            !matches!(
                *w,
                "of" | "the"
                    | "and"
                    | "a"
                    | "an"
                    | "in"
                    | "on"
                    | "for"
                    | "to"
                    | "at"
                    | "by"
                    | "with"
                    | "is"
                    | "or"
            )
        })
        .collect();
    words.len() >= 2
        && words.len() <= 10
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcript_labels() {
        assert_eq!(label_at("PENCE: Well, look").map(|l| l.1), Some("PENCE"));
        assert_eq!(label_at("Q: And then?").map(|l| l.1), Some("Q"));
        assert_eq!(label_at("MR. TRUMP: No.").map(|l| l.1), Some("MR. TRUMP"));
        assert_eq!(label_at("NOTE: This story"), None);
        assert_eq!(label_at("Pence: well"), None);
    }

    #[test]
    fn title_case_is_a_title() {
        assert!(is_title_case("The Art of the Deal"));
        assert!(is_title_case("All Bets Are Off."));
        assert!(!is_title_case("We will win this war, believe me."));
        assert!(!is_title_case("Yes."));
    }
}
