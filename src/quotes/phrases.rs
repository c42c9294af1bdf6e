//! Noun phrases that can name a speaker, read off word tokens: an entity mention, a pronoun, a
//! role or body noun with its modifiers (`the Kremlin spokesman`, `Turkish diplomatic sources`,
//! `the ministry`), or a run of capitalised words no gazetteer knows (`Amina Bello`).

use crate::analysis::Mention;
use crate::lexicon::{is_weekday, BODIES, ROLES, SPEECH_VERBS};
use crate::span::Span;
use crate::text::lower::Lower;
use crate::text::segment::Token;

/// What a speaker phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Head {
    /// A mention of a known entity (index into the analysis entities).
    Entity(usize),
    /// `he`, `she`, `they`, `I`, `we`, `it`.
    Pronoun(Pronoun),
    /// A role noun (`spokesman`, `minister`): the token holding it.
    Role(Span),
    /// A body noun (`ministry`, `police`).
    Body(Span),
    /// Capitalised words that are not a known entity.
    Name,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    They,
    /// `who` in a relative clause: refers to the name just before it.
    Who,
    Other,
}

/// A speaker phrase: its span, what kind it is, and the token range it covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Phrase {
    pub span: Span,
    pub head: Head,
    /// Token indices `first..=last`.
    pub first: usize,
    pub last: usize,
}

/// Words that may stand between a subject and its verb: `Peskov also said`, `he has said`.
const AUXILIARIES: &[&str] = &[
    "now",
    "continually",
    "strongly",
    "initially",
    "falsely",
    "wrongly",
    "correctly",
    "rightly",
    "routinely",
    "long",
    "consistently",
    "privately",
    "proudly",
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "again",
    "previously",
    "once",
    "repeatedly",
    "separately",
    "earlier",
    "reportedly",
    "further",
    "would",
    "will",
    "did",
    "does",
    "do",
    "recently",
    "first",
    "often",
    "frequently",
    "publicly",
    "privately",
    "bluntly",
    "simply",
    "flatly",
    "just",
    "quickly",
    "finally",
    "subsequently",
    "immediately",
    "herself",
    "himself",
    "themselves",
    "itself",
    "even",
    "still",
    "already",
    "only",
    "angrily",
    "calmly",
    "firmly",
    "softly",
    "quietly",
    "loudly",
    "tersely",
    "curtly",
    "candidly",
    "openly",
    "explicitly",
    "emphatically",
    "confidently",
];

/// Words that may modify a role or body noun inside a speaker phrase.
const MODIFIERS: &[&str] = &[
    "senior",
    "top",
    "former",
    "chief",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "prime",
    "vice",
    "general",
    "press",
    "national",
    "security",
    "military",
    "diplomatic",
    "government",
    "campaign",
    "state",
    "local",
    "regional",
    "federal",
    "other",
    "unnamed",
    "anonymous",
    "independent",
    "western",
    "european",
    "american",
    "russian",
    "ukrainian",
    "turkish",
    "israeli",
    "palestinian",
    "chinese",
    "iranian",
    "british",
    "french",
    "german",
    "economic",
    "trade",
    "health",
    "justice",
    "intelligence",
    "police",
    "party",
    "ministry",
    "presidential",
    "white",
    "house",
    "administration",
    "u.s",
    "us",
    "un",
    "eu",
    "one",
    "two",
    "three",
    "four",
    "several",
    "some",
    "many",
    "most",
    "both",
    "few",
    "assistant",
    "associate",
    "acting",
    "interim",
    "outgoing",
    "incoming",
    "new",
    "longtime",
    "veteran",
    "leading",
    "prominent",
    "opposition",
    "ruling",
    "legal",
    "medical",
    "rescue",
    "emergency",
    "fire",
    "army",
    "navy",
    "air",
    "force",
    "central",
    "bank",
    "company",
    "communications",
    "media",
    "public",
    "affairs",
    "relations",
    "policy",
    "political",
    "election",
    "electoral",
    "union",
    "industry",
    "market",
    "research",
    "senate",
    "congressional",
    "republican",
    "democratic",
    "labour",
    "conservative",
    "liberal",
];

/// Determiners and possessives that start a speaker phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "its", "their", "our", "this", "that", "these",
    "those", "each",
];

/// Titles written before a name: `Mr. Obama`, `Sen. McCaskill`, `President Putin`.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "mx",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "rev",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "adm",
    "prof",
    "president",
    "senator",
    "representative",
    "governor",
    "general",
    "judge",
    "justice",
    "sir",
    "dame",
    "lord",
    "lady",
    "sheikh",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "mayor",
    "chancellor",
    "premier",
];

fn is_honorific(word: &str) -> bool {
    is_capitalised(word) && is_in(HONORIFICS, word)
}

/// A word that can modify a role noun: from the list, or a possessive (`the ad’s narrator`).
fn is_modifier(word: &str) -> bool {
    is_in(MODIFIERS, word) || word.ends_with("’s") || word.ends_with("'s")
}

fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

pub(crate) fn is_auxiliary(word: &str) -> bool {
    is_in(AUXILIARIES, word)
}

/// A reporting verb: in lower case, since a capitalised `States` or `Post` is part of a name
/// (a verb opening a sentence is lower-cased by news style only after a quotation, where the
/// attribution follows it in lower case anyway).
pub(crate) fn is_cue(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    t.is_word() && SPEECH_VERBS.base(w).is_some() && capital_allowed(text, t.span)
}

/// A reporting verb is in lower case, except in a Title Case headline (`Lindsey Graham Says`):
/// a capitalised `States` or `Post` elsewhere is part of a name.
pub(crate) fn capital_allowed(text: &str, word: Span) -> bool {
    if !word.slice(text).starts_with(|c: char| c.is_uppercase()) {
        return true;
    }
    // The line around the word, at most 200 bytes either side.
    let bytes = text.as_bytes();
    let mut start = word.start;
    while start > 0 && word.start - start < 200 && bytes[start - 1] != b'\n' {
        start -= 1;
    }
    let mut end = word.end.min(text.len());
    while end < text.len() && end - word.end < 200 && bytes[end] != b'\n' {
        end += 1;
    }
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(start..end)
        .is_some_and(crate::entities::resolve::is_heading)
}

fn pronoun(word: &str) -> Option<Pronoun> {
    Some(match word {
        "he" | "He" => Pronoun::He,
        "she" | "She" => Pronoun::She,
        "they" | "They" => Pronoun::They,
        "who" | "which" => Pronoun::Who,
        // Quantities of people: `Some believe`, `Many say`, `Others argue`.
        "Some" | "Many" | "Others" | "Several" | "Most" | "Both" | "some" | "many" | "others"
        | "most" | "all" => Pronoun::Other,
        "I" | "we" | "We" | "it" | "It" => Pronoun::Other,
        _ => return None,
    })
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Lower-case particles inside personal names: `Mohammed bin Salman`, `Ursula von der Leyen`.
fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "bin"
            | "al"
            | "de"
            | "da"
            | "van"
            | "von"
            | "der"
            | "del"
            | "la"
            | "le"
            | "di"
            | "du"
            | "dos"
            | "das"
            | "ibn"
            | "el"
    )
}

/// Determiners and possessives: a word after one is a noun (`the plan`, `his remarks`).
pub(super) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
    )
}

/// A preposition between a noun and its object, so that the noun heads the phrase: `a
/// spokesman for the ministry`, `observers in Virginia`, `experts around the world`.
pub(super) fn is_head_preposition(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "at"
            | "with"
            | "from"
            | "on"
            | "in"
            | "to"
            | "over"
            | "about"
            | "around"
            | "across"
    )
}

/// A word that names a time: a day of the week, `today`, `morning`, `week`, `year` …
pub(super) fn is_time_word(word: &str) -> bool {
    is_weekday(word)
        || matches!(
            Lower::new(word).as_str(),
            "today"
                | "yesterday"
                | "tonight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "week"
                | "weekend"
                | "month"
                | "year"
        )
}

/// Capitalised words that start sentences or clauses and are never a speaker's name.
fn is_function_word(word: &str) -> bool {
    crate::lexicon::MONTHS.contains(word)
        || crate::lexicon::CAPITALISED_STOPWORDS.contains(word)
        || matches!(
            Lower::new(word).as_str(),
            "mr" | "mrs" | "ms" | "dr" | "sir"
        )
        || is_weekday(word)
}

/// Document facts the phrase reader consults: the text, its tokens and its mentions.
pub(crate) struct Reader<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The text of each token.
    pub words: &'a [&'a str],
    pub mentions: &'a [Mention],
}

impl<'a> Reader<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The mention covering token `i`, with the token range it spans.
    fn mention_at(&self, i: usize) -> Option<(Mention, usize, usize)> {
        let t = self.tokens.get(i)?.span;
        let k = self.mentions.partition_point(|m| m.span.end <= t.start);
        let m = *self.mentions.get(k)?;
        if !m.span.overlaps(t) {
            return None;
        }
        // `i` is in range (its token was read above), so every index here is too.
        let first = (0..=i)
            .rev()
            .take_while(|&j| self.tokens[j].span.end > m.span.start)
            .last()?;
        let last = (i..self.tokens.len())
            .take_while(|&j| self.tokens[j].span.start < m.span.end)
            .last()?;
        Some((m, first, last))
    }

    /// A speaker phrase starting at token `i`.
    pub fn forward(&self, i: usize) -> Option<Phrase> {
        let tok = self.tokens.get(i)?;
        if !tok.is_word() {
            return None;
        }
        let w = self.word(i);
        if let Some(p) = pronoun(w) {
            return Some(self.phrase(i, i, Head::Pronoun(p)));
        }
        // `Mr. Obama`, `Sen. Claire McCaskill`, `the Rev. Peter Wherry`: the title is part of
        // the words as written.
        if is_honorific(w)
            || w.eq_ignore_ascii_case("the")
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| is_honorific(t.text(self.text)))
        {
            let mut j = i + 1;
            if w.eq_ignore_ascii_case("the") {
                j += 1;
            }
            if self.word(j) == "." {
                j += 1;
            }
            let p = self.forward(j)?;
            return Some(Phrase {
                span: Span::new(tok.span.start, p.span.end),
                first: i,
                ..p
            });
        }
        // A determiner or modifiers, then a role or body noun: `the Kremlin spokesman`, and a
        // name after it: `White House press secretary Josh Earnest`.
        if is_in(DETERMINERS, w) || self.mention_at(i).is_some() || is_modifier(w) {
            let mut j = i;
            while j < self.tokens.len() && j < i + 7 {
                if let Some(head) = self.role_or_body(j) {
                    if let Some(name) = self.named_after(j + 1) {
                        return Some(Phrase {
                            span: Span::new(tok.span.start, name.span.end),
                            first: i,
                            ..name
                        });
                    }
                    return Some(self.phrase(i, j, head));
                }
                let wj = self.word(j);
                let ok = j == i
                    || self.is_word_at(j)
                        && (is_modifier(wj) || self.mention_at(j).is_some() || is_capitalised(wj));
                if !ok {
                    break;
                }
                j += 1;
            }
        }
        if let Some(p) = self.mention_forward(i) {
            return Some(p);
        }
        // `The New York Times`
        if w == "The" && self.tokens.get(i + 1).is_some() {
            if let Some(p) = self.name_forward(i + 1) {
                return Some(Phrase {
                    span: Span::new(tok.span.start, p.span.end),
                    first: i,
                    ..p
                });
            }
        }
        self.name_forward(i)
    }

    fn is_word_at(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::is_word)
    }

    /// A mention starting exactly at token `i`.
    fn mention_forward(&self, i: usize) -> Option<Phrase> {
        let (m, first, last) = self.mention_at(i)?;
        (first == i).then_some(Phrase {
            span: m.span,
            head: Head::Entity(m.entity),
            first,
            last,
        })
    }

    /// A name right after a role noun, with an optional title: `spokesman Dmitry Peskov`,
    /// `Chief Chuck Jordan`.
    fn named_after(&self, i: usize) -> Option<Phrase> {
        let w = self.word(i);
        let mut j = i;
        if is_honorific(w) {
            j += 1;
            if self.word(j) == "." {
                j += 1;
            }
        }
        self.mention_forward(j).or_else(|| self.name_forward(j))
    }

    /// A speaker phrase ending at token `i`.
    pub fn backward(&self, i: usize) -> Option<Phrase> {
        let tok = self.tokens.get(i)?;
        if !tok.is_word() {
            return None;
        }
        let w = self.word(i);
        if let Some(p) = pronoun(w) {
            return Some(self.phrase(i, i, Head::Pronoun(p)));
        }
        if let Some((m, first, last)) = self.mention_at(i) {
            if last == i {
                // `Mr. Clarke`, `Sen. McCaskill`: the title is part of the words as written.
                let titled = if first >= 2
                    && self.word(first - 1) == "."
                    && is_honorific(self.word(first - 2))
                {
                    Some(first - 2)
                } else if first >= 1 && is_honorific(self.word(first - 1)) {
                    Some(first - 1)
                } else {
                    None
                };
                let first = titled.unwrap_or(first);
                let start = self.tokens[first].span.start.min(m.span.start);
                return Some(Phrase {
                    span: Span::new(start, m.span.end),
                    head: Head::Entity(m.entity),
                    first,
                    last,
                });
            }
        }
        if let Some(head) = self.role_or_body(i) {
            // Walk left over modifiers to the determiner, if any.
            let mut first = i;
            while first > 0 && first + 7 > i {
                let j = first - 1;
                let wj = self.word(j);
                if is_in(DETERMINERS, wj) {
                    first = j;
                    break;
                }
                // `labor-policy experts`, `Kremlin-backed separatists`: a hyphenated compound
                // before the noun modifies it.
                let modifier = self.is_word_at(j)
                    && (is_modifier(wj)
                        || self.mention_at(j).is_some()
                        || is_capitalised(wj) && !is_function_word(wj)
                        || wj.contains('-'));
                if !modifier {
                    break;
                }
                first = j;
            }
            return Some(self.phrase(first, i, head));
        }
        self.name_backward(i)
    }

    fn role_or_body(&self, i: usize) -> Option<Head> {
        let t = self.tokens.get(i)?;
        if !t.is_word() {
            return None;
        }
        // The lists compare in lower case themselves.
        let w = t.text(self.text);
        if ROLES.contains(w) {
            Some(Head::Role(t.span))
        } else if BODIES.contains(w) {
            Some(Head::Body(t.span))
        } else {
            None
        }
    }

    /// The phrase over tokens `first..=last` (both in range: callers pass indices they read).
    fn phrase(&self, first: usize, last: usize, head: Head) -> Phrase {
        let start = self.tokens.get(first).map_or(0, |t| t.span.start);
        let end = self.tokens.get(last).map_or(start, |t| t.span.end);
        Phrase {
            span: Span::new(start, end),
            head,
            first,
            last,
        }
    }

    /// A period after an initial (`George W. Bush`).
    fn is_initial_period(&self, j: usize) -> bool {
        self.word(j) == "."
            && j > 0
            && self.word(j - 1).chars().count() == 1
            && self.word(j - 1).chars().all(char::is_uppercase)
    }

    fn is_name_word(&self, j: usize) -> bool {
        let w = self.word(j);
        self.tokens
            .get(j)
            .is_some_and(|t| t.is_word() && !is_cue(self.text, t))
            && is_capitalised(w)
            && !is_function_word(w)
            && !self.is_opening_participle(j)
    }

    /// A capitalised participle opening a sentence or a parenthesis opens a clause, not a
    /// name: `Chastened by the analyses, …`, `Having said that, …`, `Enacting dominance over
    /// others …`. (Names that end like one, `Manning`, `Ahmed`, are followed by a verb or a
    /// name, not by the participle's complement.)
    fn is_opening_participle(&self, j: usize) -> bool {
        let opens = j == 0 || matches!(self.word(j - 1), "." | "!" | "?" | "(" | "“" | "\"");
        let w = self.word(j);
        let next = self.word(j + 1);
        // `Having said that`, `Being asked`: a form of an auxiliary is never a name.
        let auxiliary = matches!(w, "Having" | "Being");
        let ing = w.len() >= 6
            && w.ends_with("ing")
            && next.starts_with(|c: char| c.is_lowercase())
            && SPEECH_VERBS.base(next).is_none()
            && !is_auxiliary(next);
        let ed = w.len() >= 5 && w.ends_with("ed") && matches!(next, "by" | "about" | "whether");
        opens && (auxiliary || ing || ed)
    }

    /// Capitalised words starting at `i`: `Amina Bello`, `Mohammed bin Salman`.
    fn name_forward(&self, i: usize) -> Option<Phrase> {
        if !self.is_name_word(i) {
            return None;
        }
        let mut last = i;
        let mut j = i + 1;
        while j < self.tokens.len() && j < i + 5 {
            if self.is_name_word(j) {
                last = j;
            } else if !(is_name_particle(self.word(j)) || self.is_initial_period(j)) {
                break;
            }
            j += 1;
        }
        Some(self.phrase(i, last, Head::Name))
    }

    /// Capitalised words ending at `i`.
    fn name_backward(&self, i: usize) -> Option<Phrase> {
        if !self.is_name_word(i) {
            return None;
        }
        let mut first = i;
        let mut j = i;
        while j > 0 && j + 5 > i {
            j -= 1;
            if self.is_name_word(j) {
                first = j;
            } else if self.word(j) == "." && j > 0 && is_honorific(self.word(j - 1)) {
                // `Sen. Lindsey Graham`: the title is part of the words as written.
                first = j - 1;
                break;
            } else if is_honorific(self.word(j)) {
                first = j;
                break;
            } else if !(is_name_particle(self.word(j)) || self.is_initial_period(j)) {
                break;
            }
        }
        Some(self.phrase(first, i, Head::Name))
    }
}
