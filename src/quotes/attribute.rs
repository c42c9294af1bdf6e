//! Attribution: who said a quotation, read from the words around it.
//!
//! The patterns of news copy, tried in order:
//! - right after the closing mark: `“Q,” Trump said.` · `“Q,” said Trump.` · `“Q,” he said.` ·
//!   `“Q,” Dmitry Peskov, the Kremlin spokesman, told reporters.` · `“Q,” according to Peskov.` ·
//!   `“Q” — Amina Bello`;
//! - before the opening mark, in the same sentence: `Trump said: “Q”` · `Speaking from his flight,
//!   Trump said, “Q”` · `Peskov, who spoke in Moscow, said “Q”` · `According to Peskov, “Q”` ·
//!   `In a statement, the ministry said: “Q”`.
//!
//! The speaker is the phrase as written (`he`, `the spokesman`, `Peskov`); resolving it to an
//! entity is [`Resolver`]'s job.

use super::marks::Quoted;
use super::phrases::{
    is_auxiliary, is_cue, is_determiner, is_head_preposition, is_time_word, Head, Phrase, Pronoun,
    Reader,
};
use crate::analysis::{Entity, Mention};
use crate::gazetteer::Gender;
use crate::lexicon::ROLES;
use crate::span::Span;
use crate::text::fold_str;
use crate::text::lower::Lower;
use crate::text::segment::{ends_sentence, tokens, Token};
use std::collections::HashMap;

/// A speaker phrase and the cue that ties it to a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Attribution {
    pub speaker: Span,
    pub head: Head,
    pub cue: Option<Span>,
}

/// How far around a quotation to look for its attribution, in bytes.
pub(crate) const WINDOW: usize = 300;

/// The start of the sentence holding byte `pos`, not before `floor`.
pub(crate) fn sentence_start(text: &str, floor: usize, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = pos;
    while i > floor {
        i -= 1;
        if matches!(bytes[i], b'.' | b'!' | b'?') && ends_sentence(text, i) {
            return i + 1;
        }
    }
    floor
}

/// The end of the sentence holding byte `pos`, not after `ceiling`.
pub(crate) fn sentence_end(text: &str, pos: usize, ceiling: usize) -> usize {
    let ceiling = ceiling.min(text.len());
    let Some(window) = text.as_bytes().get(pos..ceiling) else {
        return ceiling;
    };
    window
        .iter()
        .enumerate()
        .find(|&(k, &b)| matches!(b, b'.' | b'!' | b'?') && ends_sentence(text, pos + k))
        .map_or(ceiling, |(k, _)| pos + k + 1)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// Reads attributions around quotations of one document.
pub(crate) struct Attributor<'a> {
    pub text: &'a str,
    pub mentions: &'a [Mention],
    tokens: Vec<Token>,
    /// The text of each token.
    words: Vec<&'a str>,
    /// Per token of the sentence being read for reported speech: whether it is a reporting
    /// verb.
    pub(super) reporting: Vec<bool>,
}

impl<'a> Attributor<'a> {
    pub fn new(text: &'a str, mentions: &'a [Mention]) -> Self {
        Attributor {
            text,
            mentions,
            tokens: Vec::new(),
            words: Vec::new(),
            reporting: Vec::new(),
        }
    }

    /// Tokenize `span` into the attributor's buffer.
    pub(super) fn tokenize(&mut self, span: Span) {
        tokens(self.text, span, &mut self.tokens);
        let text = self.text;
        self.words.clear();
        self.words.extend(self.tokens.iter().map(|t| t.text(text)));
    }

    /// The tokens of the last span tokenized.
    pub(super) fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    pub(super) fn reader(&self) -> Reader<'_> {
        Reader {
            text: self.text,
            tokens: &self.tokens,
            words: &self.words,
            mentions: self.mentions,
        }
    }

    pub(super) fn tok(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// Whether token `v` is a cue verb used as a verb: not after `to` (`declined to comment`)
    /// and not a noun after a possessive or a determiner (`Mrs. Clinton's remark`, `his
    /// comments`, `a statement`). Not `that`, which also opens relative clauses (`a statement
    /// that said`), so the phrase reader's wider list of determiners is not used here.
    fn is_verb_cue(&self, v: usize) -> bool {
        let before = self.tok(v.wrapping_sub(1));
        // `He’s claiming` is `he is`: after a pronoun, `’s` is a verb, not a possessive.
        let owner = before
            .strip_suffix("'s")
            .or_else(|| before.strip_suffix("’s"))
            .filter(|w| {
                !matches!(
                    Lower::new(w).as_str(),
                    "he" | "she"
                        | "it"
                        | "that"
                        | "there"
                        | "here"
                        | "who"
                        | "what"
                        | "where"
                        | "one"
                        | "everyone"
                        | "someone"
                        | "nobody"
                        | "everybody"
                        | "somebody"
                )
            });
        is_cue(self.text, &self.tokens[v])
            && before != "to"
            && owner.is_none()
            && !is_determiner(before)
    }

    /// The attribution right after the closing mark, ending before `limit` (the next quotation
    /// or the paragraph end).
    pub fn after(&mut self, q: &Quoted, limit: usize) -> Option<Attribution> {
        let start = q.close?.end;
        let ceiling = ceil_boundary(self.text, limit.min(start + WINDOW));
        let end = sentence_end(self.text, start, ceiling);
        self.tokenize(Span::new(start, end));
        let mut i = 0;
        while self.tok(i) == "," {
            i += 1;
        }
        let first = self.tokens.get(i)?;
        let r = self.reader();
        // `“Q” — Amina Bello`
        if matches!(self.tok(i), "—" | "―" | "–") {
            let p = r.forward(i + 1)?;
            return Some(attribution(p, Some(first.span)));
        }
        // `“Q,” said Trump.`
        if is_cue(self.text, first) {
            let p = r.forward(i + 1)?;
            return Some(attribution(p, Some(first.span)));
        }
        // `“Q,” according to Peskov.`
        if self.tok(i).eq_ignore_ascii_case("according") && self.tok(i + 1) == "to" {
            let p = r.forward(i + 2)?;
            let cue = Span::new(first.span.start, self.tokens.get(i + 1)?.span.end);
            return Some(attribution(p, Some(cue)));
        }
        // `“Q,” Trump said.` · `“Q,” Dmitry Peskov, the Kremlin spokesman, told reporters.` ·
        // `“Q,” Tulsa police Chief Chuck Jordan said Monday.`: the first cue verb close by, and
        // its subject.
        let n = self.tokens.len();
        let v = (i..n.min(i + 40)).find(|&v| self.is_verb_cue(v))?;
        let mut opens_window = false;
        let p = match r.forward(i) {
            // A name opening the window and followed by an appositive: `Michael McFaul, a
            // senior fellow at …, said`; a role followed by the name of who holds it: `a
            // farmer, Amina Bello, said`.
            Some(p) if p.last < v && matches!(self.tok(p.last + 1), "," | "(") => {
                opens_window = true;
                match r.forward(p.last + 2) {
                    Some(name)
                        if matches!(p.head, Head::Role(_))
                            && matches!(name.head, Head::Entity(_) | Head::Name)
                            && name.last < v
                            && matches!(self.tok(name.last + 1), "," | ")") =>
                    {
                        name
                    }
                    _ => p,
                }
            }
            _ if v > i + 12 => return None,
            _ => self.subject_before(v).filter(|p| p.first >= i)?,
        };
        let opens_window = opens_window || p.first == i;
        // After a quotation that ended its sentence, only a bare attribution follows
        // (`“Q.” Trump said on Monday.`, `“Q?” Trump said, looking on.`), not a new statement
        // (`“Q.” Trump said the talks …`).
        let ended = q.content.slice(self.text).ends_with(['.', '!', '?']);
        let bare = n - v <= 6 || matches!(self.tok(v + 1), "," | "." | ";" | ":");
        if ended && (!opens_window || !bare) {
            return None;
        }
        Some(attribution(p, Some(self.tokens[v].span)))
    }

    /// The attribution before the opening mark, within its sentence, not before `floor` (the
    /// paragraph start or the previous quotation's end).
    pub fn before(&mut self, q: &Quoted, floor: usize) -> Option<Attribution> {
        let end = q.open.start;
        let floor = floor.max(floor_boundary(self.text, end.saturating_sub(WINDOW)));
        let start = sentence_start(self.text, floor, end);
        let window = Span::new(start, end);
        self.before_in(window).or_else(|| {
            // `… that I had to change my answer: “Q”`: a colon introduces the quotation.
            let w = window.slice(self.text).trim_end();
            if w.ends_with(':') {
                self.first_named(Span::new(window.start, window.start + w.len()))
            } else {
                None
            }
        })
    }

    /// The attribution at the end of `window`: a cue verb with its subject, or `according to X`.
    pub fn before_in(&mut self, window: Span) -> Option<Attribution> {
        self.tokenize(window);
        let n = self.tokens.len();
        let r = self.reader();
        for v in (0..n).rev() {
            let w = self.tok(v);
            if w.eq_ignore_ascii_case("according") && self.tok(v + 1) == "to" {
                let p = r.forward(v + 2)?;
                let cue = Span::new(self.tokens[v].span.start, self.tokens.get(v + 1)?.span.end);
                return Some(attribution(p, Some(cue)));
            }
            // `As Ms. Simonyan put it, RT is “…”`: the subject of `put it` after `as`.
            if w == "put" && self.tok(v + 1) == "it" {
                let p = self
                    .subject_before(v)
                    .filter(|p| self.tok(p.first.wrapping_sub(1)).eq_ignore_ascii_case("as"));
                if let Some(p) = p {
                    let cue = Span::new(self.tokens[v].span.start, self.tokens[v + 1].span.end);
                    return Some(attribution(p, Some(cue)));
                }
            }
            if !self.is_verb_cue(v) {
                continue;
            }
            if let Some(p) = self.subject_before(v) {
                return Some(attribution(p, Some(self.tokens[v].span)));
            }
            // `He then defended the remark, saying, “Q”` · `I laughed and said, “Q”`: the
            // subject of the clause the participle or second verb belongs to.
            let mut b = v.wrapping_sub(1);
            while is_auxiliary(self.tok(b)) {
                b = b.wrapping_sub(1);
            }
            if self.tok(v).ends_with("ing") && self.tok(b) == ","
                || matches!(self.tok(b), "and" | "but")
            {
                if let Some(p) = (0..v).filter_map(|k| r.forward(k)).find(|p| p.last < v) {
                    return Some(attribution(p, Some(self.tokens[v].span)));
                }
            }
            // `said Peskov:`
            if let Some(p) = r.forward(v + 1) {
                if matches!(p.head, Head::Entity(_) | Head::Name) {
                    return Some(attribution(p, Some(self.tokens[v].span)));
                }
            }
            return None;
        }
        None
    }

    /// The first entity or name of `window`, for a colon introduction without a cue verb
    /// (`Sanders made the following comment:`); the colon is the cue.
    pub fn first_named(&mut self, window: Span) -> Option<Attribution> {
        self.tokenize(window);
        let colon = self
            .tokens
            .last()
            .filter(|t| t.text(self.text) == ":")?
            .span;
        let r = self.reader();
        (0..self.tokens.len())
            .filter_map(|i| r.forward(i))
            .find(|p| matches!(p.head, Head::Entity(_) | Head::Name))
            .map(|p| attribution(p, Some(colon)))
    }

    /// The subject of the verb at token `v`: `Trump said`, `Peskov also said`, `Peskov, who
    /// spoke in Moscow, said`.
    pub(super) fn subject_before(&self, v: usize) -> Option<Phrase> {
        // `Peskov was quoted as saying`, `was quoted by Interfax as saying`: the subject of
        // `quoted`.
        if self.tok(v.wrapping_sub(1)) == "as" {
            let quoted = (v.saturating_sub(8)..v - 1)
                .rev()
                .find(|&k| self.tok(k) == "quoted");
            if let Some(mut q) = quoted {
                while matches!(
                    self.tok(q.wrapping_sub(1)),
                    "was" | "is" | "were" | "are" | "been" | "be" | "has" | "have" | "had"
                ) {
                    q -= 1;
                }
                return self.subject_before(q);
            }
        }
        let mut j = v.checked_sub(1)?;
        while is_auxiliary(self.tok(j)) || matches!(self.tok(j), "not" | "never") {
            j = j.checked_sub(1)?;
        }
        // `Theresa May on Wednesday urged`, `Peskov last week said`.
        if is_time_word(self.tok(j))
            && j >= 2
            && matches!(
                Lower::new(self.tok(j - 1)).as_str(),
                "on" | "last" | "this" | "late" | "earlier"
            )
        {
            j -= 2;
        }
        // An ASCII double hyphen is a dash (`John Dickey -- the chief executive of … --
        // told me`); it is two tokens.
        let double = |k: usize| self.tok(k) == "-" && self.tok(k.wrapping_sub(1)) == "-";
        if matches!(self.tok(j), "," | "—" | "–") || double(j) {
            let width = if double(j) { 2 } else { 1 };
            let close = j + 1 - width;
            let mark = self.tok(j).to_string();
            let open = (j.saturating_sub(30)..close)
                .rev()
                .find(|&k| self.tok(k) == mark && (width == 1 || double(k)))?;
            j = open.checked_sub(width)?;
            // `A farmer, Amina Bello, said`: a name set beside a role is who the role is.
            let named = self
                .reader()
                .backward(close.checked_sub(1)?)
                .filter(|p| p.first == open + 1 && matches!(p.head, Head::Entity(_) | Head::Name));
            if let Some(name) = named {
                let role = self.reader().backward(j);
                if role.is_some_and(|r| matches!(r.head, Head::Role(_))) {
                    return Some(name);
                }
            }
        }
        if self.tok(j) == ")" {
            let open = (j.saturating_sub(30)..j)
                .rev()
                .find(|&k| self.tok(k) == "(")?;
            j = open.checked_sub(1)?;
        }
        if let Some(p) = self.anonymous_source(j) {
            return Some(p);
        }
        // `the 34-year-old mother of three replied`: a number after `of` counts what the role
        // noun before it has.
        let number = |w: &str| {
            w.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    w,
                    "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
                )
        };
        if number(self.tok(j)) && self.tok(j.wrapping_sub(1)) == "of" {
            let role = j
                .checked_sub(2)
                .and_then(|k| self.reader().backward(k))
                .filter(|h| matches!(h.head, Head::Role(_)));
            if let Some(h) = role {
                return Some(Phrase {
                    span: Span::new(h.span.start, self.tokens[j].span.end),
                    last: j,
                    ..h
                });
            }
        }
        let p = self.reader().backward(j)?;
        // `A spokesman for the ministry said`, `Supporters of the president say`, `Putin in
        // Moscow said`, `advisers to Mr. Obama said`: the object of a preposition is not the
        // subject; the phrase before the preposition heads it.
        let prep = self.preposition_before(&p);
        let head = prep
            .and_then(|prep| prep.checked_sub(1))
            .and_then(|k| self.reader().backward(k))
            .filter(|h| Some(h.last + 1) == prep && !matches!(h.head, Head::Pronoun(_)))
            // A capitalised title before a name is part of the name's title (`Secretary of
            // State John Kerry`).
            .filter(|h| {
                let title = matches!(h.head, Head::Role(w) if w.slice(self.text)
                    .starts_with(|c: char| c.is_uppercase()));
                !(title && matches!(p.head, Head::Name | Head::Entity(_)))
            });
        Some(match head {
            Some(h) => Phrase {
                span: Span::new(h.span.start, p.span.end),
                head: h.head,
                first: h.first,
                last: p.last,
            },
            None => p,
        })
    }

    /// The preposition whose object phrase `p` is (`for` in `a spokesman for the ministry`),
    /// skipping an article.
    pub(super) fn preposition_before(&self, p: &Phrase) -> Option<usize> {
        let mut prep = p.first.checked_sub(1)?;
        if matches!(self.tok(prep), "the" | "a" | "an") {
            prep = prep.checked_sub(1)?;
        }
        is_head_preposition(self.tok(prep)).then_some(prep)
    }

    /// `People familiar with the matter`, `a person close to the talks`, `sources close to the
    /// president`: an anonymous source ending at token `j`, headed by the noun before
    /// `familiar with` or `close to` (never the person or matter after it).
    fn anonymous_source(&self, j: usize) -> Option<Phrase> {
        let k = (j.saturating_sub(6)..j).rev().find(|&k| {
            matches!(
                (self.tok(k), self.tok(k + 1)),
                ("familiar", "with")
                    | ("close", "to")
                    | ("with", "knowledge")
                    | ("briefed", "on")
                    | ("involved", "in")
                    | ("knowledgeable", "about")
                    | ("privy", "to")
            )
        })?;
        // The words after `with` or `to` are what the source knows; they end in a noun.
        if !(k + 2..=j).all(|i| self.tokens.get(i).is_some_and(Token::is_word))
            || is_determiner(self.tok(j))
        {
            return None;
        }
        let h = k.checked_sub(1)?;
        let noun = Lower::new(self.tok(h));
        let mut first = if matches!(
            noun.as_str(),
            "people" | "person" | "persons" | "those" | "someone" | "one" | "several"
        ) {
            h
        } else {
            let p = self.reader().backward(h)?;
            if !matches!(p.head, Head::Role(_) | Head::Body(_)) {
                return None;
            }
            p.first
        };
        // `a person`, `two people`, `several sources`.
        if first > 0
            && matches!(
                Lower::new(self.tok(first - 1)).as_str(),
                "a" | "an"
                    | "the"
                    | "two"
                    | "three"
                    | "four"
                    | "several"
                    | "some"
                    | "many"
                    | "other"
                    | "one"
            )
        {
            first -= 1;
        }
        Some(Phrase {
            span: Span::new(self.tokens[first].span.start, self.tokens[j].span.end),
            head: Head::Role(self.tokens[h].span),
            first,
            last: j,
        })
    }
}

pub(super) fn attribution(p: Phrase, cue: Option<Span>) -> Attribution {
    Attribution {
        speaker: p.span,
        head: p.head,
        cue,
    }
}

/// Resolves speaker phrases to entities: pronouns to the person they most likely refer to,
/// role nouns to the person introduced with that role.
pub(crate) struct Resolver<'a> {
    text: &'a str,
    mentions: &'a [Mention],
    entities: &'a [Entity],
    /// Quoted content: mentions inside quotations are not pronoun antecedents.
    quoted: &'a [Span],
    /// `(role noun, entity, position)` from `Kremlin spokesman Dmitry Peskov` or `Peskov, the
    /// Kremlin spokesman,`.
    roles: Vec<(String, usize, usize)>,
    /// Upper-cased folded surname -> the first person of the document with it.
    surnames: HashMap<String, usize>,
}

impl<'a> Resolver<'a> {
    pub fn new(
        text: &'a str,
        mentions: &'a [Mention],
        entities: &'a [Entity],
        quoted: &'a [Span],
    ) -> Self {
        let mut r = Resolver {
            text,
            mentions,
            entities,
            quoted,
            roles: Vec::new(),
            surnames: HashMap::new(),
        };
        for (k, e) in entities.iter().enumerate() {
            if e.info.kind == "PERSON" {
                if let Some(last) = e.info.name.split_whitespace().next_back() {
                    r.surnames.entry(fold_str(last).to_uppercase()).or_insert(k);
                }
            }
        }
        r.collect_roles();
        r.roles.sort_by_key(|&(_, _, at)| at);
        r
    }

    fn is_person(&self, entity: usize) -> bool {
        self.entities[entity].info.kind == "PERSON"
    }

    fn in_quote(&self, s: Span) -> bool {
        let k = self.quoted.partition_point(|q| q.end <= s.start);
        self.quoted.get(k).is_some_and(|q| q.overlaps(s))
    }

    /// Roles introduced with a person: up to four words just before the name (not across a
    /// preposition other than `of`), or an appositive right after it.
    fn collect_roles(&mut self) {
        let mut toks = Vec::new();
        for m in self.mentions {
            if !self.is_person(m.entity) {
                continue;
            }
            let before = Span::new(
                floor_boundary(self.text, m.span.start.saturating_sub(60)),
                m.span.start,
            );
            tokens(self.text, before, &mut toks);
            for t in toks.iter().rev().take(4) {
                let w = t.text(self.text);
                // `a spokeswoman for Hillary Clinton`, `sources close to Putin`: a role before
                // a preposition belongs to someone else.
                if !t.is_word()
                    || matches!(
                        w,
                        "for" | "to" | "with" | "at" | "from" | "by" | "about" | "against" | "near"
                    )
                {
                    break;
                }
                // `Black Lawmakers Rip Donald Trump`: a plural role is not the person's.
                if ROLES.contains(w) && !is_plural_role(w) {
                    self.roles.push((w.to_lowercase(), m.entity, m.span.start));
                }
            }
            let after = Span::new(m.span.end, ceil_boundary(self.text, m.span.end + 80));
            // Only an appositive is read: most names are not followed by a comma.
            if !after.slice(self.text).trim_start().starts_with(',') {
                continue;
            }
            tokens(self.text, after, &mut toks);
            if toks.first().is_some_and(|t| t.text(self.text) == ",") {
                for t in toks.iter().skip(1).take(8) {
                    let w = t.text(self.text);
                    if matches!(w, "," | "." | ";") {
                        break;
                    }
                    if ROLES.contains(w) && !is_plural_role(w) {
                        self.roles.push((w.to_lowercase(), m.entity, m.span.start));
                    }
                }
            }
        }
    }

    /// The entity a speaker phrase refers to, for a quotation at `pos`; none for a group
    /// (`the lawmakers`).
    pub fn resolve(&self, a: &Attribution, pos: usize) -> Option<usize> {
        match a.head {
            Head::Entity(e) => Some(e),
            Head::Pronoun(Pronoun::He) => self.pronoun(a.speaker.start, Some(Gender::Male)),
            Head::Pronoun(Pronoun::She) => self.pronoun(a.speaker.start, Some(Gender::Female)),
            Head::Pronoun(Pronoun::Who) => {
                // The name right before `who`.
                let k = self
                    .mentions
                    .partition_point(|m| m.span.end <= a.speaker.start);
                let m = self.mentions[..k].last()?;
                (a.speaker.start - m.span.end <= 4).then_some(m.entity)
            }
            Head::Pronoun(_) => None,
            Head::Name => self.name(a.speaker),
            Head::Role(word) => {
                // `A spokeswoman for …` is someone not named; `the spokeswoman` refers back.
                let speaker = a.speaker.slice(self.text);
                if ["a ", "an ", "A ", "An "]
                    .iter()
                    .any(|d| speaker.starts_with(d))
                {
                    return None;
                }
                // Roles are recorded in text order: the latest one before the quotation.
                let w = word.slice(self.text).to_lowercase();
                if is_plural_role(&w) {
                    return None;
                }
                let before = pos.max(a.speaker.start);
                let k = self.roles.partition_point(|&(_, _, at)| at < before);
                self.roles[..k]
                    .iter()
                    .rev()
                    .take(200)
                    .find(|(r, _, _)| *r == w)
                    .map(|&(_, e, _)| e)
            }
            Head::Body(word) => {
                let w = word.slice(self.text).to_lowercase();
                let k = self
                    .mentions
                    .partition_point(|m| m.span.end <= a.speaker.start);
                self.mentions[..k]
                    .iter()
                    .rev()
                    .take(200)
                    .map(|m| m.entity)
                    .find(|&e| {
                        let info = &self.entities[e].info;
                        info.kind == "ORGANIZATION" && info.name.to_lowercase().contains(&w)
                    })
            }
        }
    }

    /// A person of the document whose surname is the phrase's last word, in any case (a
    /// transcript label `PENCE`, or a name the gazetteer spells differently).
    fn name(&self, phrase: Span) -> Option<usize> {
        let last = phrase.slice(self.text).split_whitespace().next_back()?;
        self.entities.iter().position(|e| {
            e.info.kind == "PERSON"
                && e.info.name.split_whitespace().next_back().is_some_and(|s| {
                    crate::text::fold_str(s).eq_ignore_ascii_case(&crate::text::fold_str(last))
                })
        })
    }

    /// The person `he` or `she` at `pos` refers to: the nearest earlier sentence naming a person
    /// of that gender (outside quotations), and in it the first such person, who is usually the
    /// subject.
    fn pronoun(&self, pos: usize, gender: Option<Gender>) -> Option<usize> {
        let fits = |m: &Mention| {
            self.is_person(m.entity)
                && !self.in_quote(m.span)
                && match (gender, self.entities[m.entity].info.gender) {
                    (Some(want), Some(has)) => want == has,
                    _ => true,
                }
        };
        let k = self.mentions.partition_point(|m| m.span.end <= pos);
        let nearest = self.mentions[..k].iter().rev().take(40).find(|m| fits(m))?;
        let start = sentence_start(
            self.text,
            nearest
                .span
                .start
                .saturating_sub(400)
                .min(nearest.span.start),
            nearest.span.start,
        );
        let start = floor_boundary(self.text, start);
        let first = self.mentions[..k].partition_point(|m| m.span.start < start);
        self.mentions[first..k]
            .iter()
            .find(|m| fits(m))
            .map(|m| m.entity)
    }
}

/// A role noun in the plural (`lawmakers`, `spokesmen`, `people`): the singular is a role too.
fn is_plural_role(word: &str) -> bool {
    let w = Lower::new(word);
    let w = w.as_str();
    if matches!(w, "people" | "spokespeople") {
        return true;
    }
    if let Some(stem) = w.strip_suffix("men") {
        return ROLES.contains(&format!("{stem}man"));
    }
    w.strip_suffix('s')
        .is_some_and(|stem| !stem.ends_with('s') && ROLES.contains(stem))
}
