//! Names no gazetteer knows, found by rules in the spirit of GATE's ANNIE.
//!
//! News is full of people nobody had heard of yesterday. A capitalised word sequence becomes an
//! entity when its context says what it is:
//! - a pattern word from `lexicon/name-patterns.tsv` ends it (`Lagoon Times`, `Zarichna Oblast`)
//!   or starts it (`Ministry of Energy`, `Lake Kivu`);
//! - a title or role stands before it (`Defence Minister Rustem Umerov`, `Kremlin aide Vladimir
//!   Medinsky`, `Ms Kowalski`);
//! - it opens with a known given name (`Maria Kowalski`), from `lexicon/given-names.tsv`;
//! - it stands in apposition after a common noun (`a farmer, Amina Bello, said`).
//!
//! Precision comes first: headlines and other Title Case or upper-case lines, words that merely
//! start a sentence (`However`, `Background`), days and months produce nothing. A long form
//! followed by an acronym in parentheses (`Organisation of Islamic Cooperation (OIC)`) makes
//! the acronym a name of the same entity. All lists are data; this module is the one engine.

use super::matcher::{is_ascii_word_byte, is_word_char, Matcher};
use crate::gazetteer::Gender;
use crate::lexicon::{entries, with_lowercase, WordList, ABBREVIATIONS, MONTHS, ROLES, TITLES};
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// What a rule-found entity is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RuleEntity {
    pub name: String,
    pub kind: &'static str,
    pub gender: Option<Gender>,
}

/// Which entity a rule mention names: a gazetteer entity (an acronym defined for it) or a
/// rule entity of this document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RuleTarget {
    Known(u32),
    Local(usize),
}

/// Pattern words (as written) -> the type they give as a suffix and as a prefix, as
/// `class::SUFFIX_*` and `class::PREFIX_*` bits.
struct Patterns {
    words: FxHashMap<String, u16>,
}

impl Patterns {
    fn get(&self, word: &str, prefix: bool) -> Option<&'static str> {
        pattern_kind(self.bits(word), prefix)
    }

    /// Both positions' types in one lookup.
    fn bits(&self, word: &str) -> u16 {
        self.words.get(word).copied().unwrap_or(0)
    }
}

/// The type that pattern `bits` give in one position.
fn pattern_kind(bits: u16, prefix: bool) -> Option<&'static str> {
    let (org, loc) = if prefix {
        (class::PREFIX_ORG, class::PREFIX_LOC)
    } else {
        (class::SUFFIX_ORG, class::SUFFIX_LOC)
    };
    if bits & org != 0 {
        Some("ORGANIZATION")
    } else if bits & loc != 0 {
        Some("LOCATION")
    } else {
        None
    }
}

static PATTERNS: Lazy<Patterns> = Lazy::new(|| {
    let mut p = Patterns {
        words: FxHashMap::default(),
    };
    for line in entries(include_str!("../../gazetteers/lexicon/name-patterns.tsv")) {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if let [word, position, kind] = cols[..] {
            let bit = match (kind, position == "prefix") {
                ("ORGANIZATION", false) => class::SUFFIX_ORG,
                ("LOCATION", false) => class::SUFFIX_LOC,
                ("ORGANIZATION", true) => class::PREFIX_ORG,
                ("LOCATION", true) => class::PREFIX_LOC,
                _ => continue,
            };
            *p.words.entry(word.to_string()).or_default() |= bit;
        }
    }
    p
});

/// The longest entry of the abbreviation, title and pattern lists that is one word ending in a
/// period: a longer ASCII word before a period (`government.`) is none of them.
static LONGEST_DOTTED: Lazy<usize> = Lazy::new(|| {
    ABBREVIATIONS
        .iter()
        .chain(TITLES.iter())
        .chain(PATTERNS.words.keys().map(String::as_str))
        .filter(|w| w.ends_with('.'))
        .map(str::len)
        .max()
        .unwrap_or(0)
});

/// Given names: folded name -> (gender, also an ordinary English word).
static GIVEN_NAMES: Lazy<FxHashMap<String, (Option<Gender>, bool)>> = Lazy::new(|| {
    let mut out = FxHashMap::default();
    for line in entries(include_str!("../../gazetteers/lexicon/given-names.tsv")) {
        let mut cols = line.split('\t').map(str::trim);
        let (Some(name), gender) = (cols.next(), cols.next()) else {
            continue;
        };
        let (name, ordinary) = match name.strip_prefix('~') {
            Some(n) => (n, true),
            None => (name, false),
        };
        let gender = match gender {
            Some("f") => Some(Gender::Female),
            Some("m") => Some(Gender::Male),
            _ => None,
        };
        out.insert(crate::text::fold_str(name), (gender, ordinary));
    }
    out
});

/// Lower-case word -> its classes among titles, roles, capitalised stopwords and months
/// (`class::*`): one lookup instead of one per list.
static WORD_CLASSES: Lazy<FxHashMap<String, u16>> = Lazy::new(|| {
    let mut out: FxHashMap<String, u16> = FxHashMap::default();
    let lists: [(&WordList, u16); 4] = [
        (&TITLES, class::TITLE),
        (&ROLES, class::ROLE),
        (&crate::lexicon::CAPITALISED_STOPWORDS, class::STOP),
        (&MONTHS, class::MONTH),
    ];
    for (list, bit) in lists {
        for word in list.iter() {
            *out.entry(word.to_string()).or_default() |= bit;
        }
    }
    out
});

/// The classes of `word` among titles, roles, capitalised stopwords and months.
fn word_classes(word: &str) -> u16 {
    with_lowercase(word, |w| WORD_CLASSES.get(w).copied().unwrap_or(0))
}

/// The classes of a word read without a possessive `'s` (`core`); read with it (`whole`), it
/// is looked up as a title too.
fn core_and_whole_classes(core: &str, whole: &str) -> u16 {
    let mut c = word_classes(core);
    if whole != core {
        c |= word_classes(whole) & class::TITLE;
    }
    c
}

/// True when a word after `gap` (the characters since the word before it) starts a sentence,
/// a paragraph or a quotation.
fn gap_starts_sentence(gap: &str) -> bool {
    gap.trim_end_matches(' ')
        .ends_with(['.', '!', '?', ':', '"', '\'', '\n', '(', '-'])
        || gap.contains('\n')
}

/// Parse the rule lexicons now rather than on first use.
pub(crate) fn load_lexicons() {
    Lazy::force(&PATTERNS);
    Lazy::force(&WORD_CLASSES);
    Lazy::force(&GIVEN_NAMES);
    Lazy::force(&LONGEST_DOTTED);
}

/// A word of the folded text.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: usize,
    end: usize,
    /// End without a possessive `'s`.
    core_end: usize,
}

/// Scan the words of the folded text: letters and digits with inner `-`, `'` and `.`, plus a
/// final `.` when it belongs to an abbreviation or an initial.
/// The first word at or after byte `from`.
fn next_word(ftext: &str, from: usize) -> Option<Word> {
    let b = ftext.as_bytes();
    let word_at = |i: usize| word_char_len_at(ftext, i);
    let mut i = from;
    loop {
        // ASCII that is no word character is passed over without decoding.
        while b
            .get(i)
            .is_some_and(|&c| c.is_ascii() && !is_ascii_word_byte(c))
        {
            i += 1;
        }
        let (is_word, len) = word_at(i);
        if is_word {
            break;
        }
        if len == 0 {
            return None;
        }
        i += len;
    }
    let start = i;
    loop {
        // ASCII letters and digits in a tight loop; anything else below.
        while b.get(i).is_some_and(|&c| is_ascii_word_byte(c)) {
            i += 1;
        }
        let (is_word, len) = word_at(i);
        if is_word {
            i += len;
        } else if matches!(b.get(i), Some(b'-' | b'\'' | b'.')) && word_at(i + 1).0 {
            i += 1;
        } else {
            break;
        }
    }
    let mut end = i;
    if b.get(i) == Some(&b'.') {
        let w = &ftext[start..i];
        let with_dot = &ftext[start..=i];
        let initial = w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase();
        let listed = || !with_dot.is_ascii() || with_dot.len() <= *LONGEST_DOTTED;
        if initial
            || listed() && ABBREVIATIONS.contains(with_dot)
            || listed() && PATTERNS.get(with_dot, false).is_some()
            || listed() && TITLES.contains(with_dot)
        {
            end = i + 1;
        }
    }
    let core_end = if ftext[start..end].ends_with("'s") {
        end - 2
    } else {
        end
    };
    Some(Word {
        start,
        end,
        core_end,
    })
}

/// Whether the character at byte `i` continues a word, and its length (0 past the end).
#[inline(always)]
fn word_char_len_at(ftext: &str, i: usize) -> (bool, usize) {
    match ftext.as_bytes().get(i) {
        None => (false, 0),
        Some(&c) if c.is_ascii() => (is_ascii_word_byte(c), 1),
        Some(_) => match char_at(ftext, i) {
            Some(c) => (is_word_char(c), c.len_utf8()),
            None => (false, 1),
        },
    }
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// What the lexicons say about a word of the window, looked up once per word and kept.
mod class {
    pub const READ: u16 = 1;
    pub const TITLE: u16 = 1 << 1;
    pub const ROLE: u16 = 1 << 2;
    pub const STOP: u16 = 1 << 3;
    pub const MONTH: u16 = 1 << 4;
    pub const SUFFIX_ORG: u16 = 1 << 5;
    pub const SUFFIX_LOC: u16 = 1 << 6;
    pub const PREFIX_ORG: u16 = 1 << 7;
    pub const PREFIX_LOC: u16 = 1 << 8;
}

/// The scanned document with the gazetteer's mentions, for the rules to read.
struct Doc<'a> {
    ftext: &'a str,
    words: Vec<Word>,
    /// Per word: its lexicon classes (`class::*`), filled in on first use.
    classes: Vec<std::cell::Cell<u16>>,
    /// Per word: the gazetteer mention (index into `taken`) covering it.
    known: Vec<Option<usize>>,
    taken: &'a [(usize, usize, u32)],
    matcher: &'a Matcher,
}

impl<'a> Doc<'a> {
    fn text(&self, k: usize) -> &'a str {
        let w = self.words[k];
        &self.ftext[w.start..w.core_end]
    }

    /// The characters between word `k - 1` and word `k`.
    fn gap(&self, k: usize) -> &'a str {
        let from = match k {
            // Before the window's first word: read back to the word before it.
            0 => prev_word_before(self.ftext, self.words[0].start).map_or(0, |p| p.end),
            _ => self.words[k - 1].end,
        };
        &self.ftext[from..self.words[k].start]
    }

    fn is_capitalised(&self, k: usize) -> bool {
        let t = self.text(k);
        // `al-Sayed`, `el-Sisi`, `bin-Laden`: a particle joined to a capitalised name.
        if let Some((p, rest)) = t.split_once('-') {
            if is_particle(p) && rest.starts_with(|c: char| c.is_uppercase()) {
                return true;
            }
        }
        let mut chars = t.chars();
        let first_upper = chars.next().is_some_and(char::is_uppercase);
        // All-capitals words (`NATO`, `CASUALTY`) are acronyms or shouting, not name words,
        // except a single initial and legal suffixes (`AG`, `PLC`).
        first_upper
            && (t.chars().any(char::is_lowercase)
                || t.chars().count() == 1
                || self.pattern(k, false).is_some()
                || t.ends_with('.'))
    }

    /// The lexicon classes of word `k`.
    fn classes(&self, k: usize) -> u16 {
        let cell = &self.classes[k];
        let known = cell.get();
        if known & class::READ != 0 {
            return known;
        }
        let t = self.text(k);
        let whole = &self.ftext[self.words[k].start..self.words[k].end];
        let c = class::READ | core_and_whole_classes(t, whole) | PATTERNS.bits(t);
        cell.set(c);
        c
    }

    fn has(&self, k: usize, bits: u16) -> bool {
        self.classes(k) & bits != 0
    }

    fn kind_of_known(&self, k: usize) -> Option<&'a str> {
        let (_, _, e) = self.taken[self.known[k]?];
        Some(self.matcher.entities[e as usize].kind.as_str())
    }

    fn pattern(&self, k: usize, prefix: bool) -> Option<&'static str> {
        pattern_kind(self.classes(k), prefix)
    }

    /// True when word `k` starts a sentence, a paragraph or a quotation.
    fn starts_sentence(&self, k: usize) -> bool {
        k == 0 || gap_starts_sentence(self.gap(k))
    }

    /// True when word `k` is a whole gazetteer mention by one word that can be the surname of
    /// a new person: a person's surname, or (after a given name) a town's name, as in `Maria
    /// Santos` or `Amina Bello`.
    fn lone_known_surname(&self, k: usize, after_given_name: bool) -> bool {
        self.known[k].is_some_and(|t| {
            let (s, e, entity) = self.taken[t];
            let info = &self.matcher.entities[entity as usize];
            let fits = info.kind == "PERSON"
                || after_given_name
                    && info.kind == "LOCATION"
                    && matches!(info.class.as_deref(), Some("city" | "town"));
            fits && s == self.words[k].start && e == self.words[k].core_end
        })
    }

    /// True when word `k` ends in a possessive `'s`.
    fn possessive(&self, k: usize) -> bool {
        self.words[k].core_end != self.words[k].end
    }

    /// True when only one space separates word `k` from the one before it.
    fn joined(&self, k: usize) -> bool {
        k > 0 && self.gap(k) == " "
    }

    fn is_title_or_role(&self, k: usize) -> bool {
        self.has(k, class::TITLE | class::ROLE)
    }

    fn is_name_word(&self, k: usize) -> bool {
        self.is_capitalised(k)
            && self.known[k].is_none()
            && !self.has(
                k,
                class::TITLE
                    | class::ROLE
                    | class::STOP
                    | class::MONTH
                    | class::SUFFIX_ORG
                    | class::SUFFIX_LOC,
            )
    }
}

/// Particles inside personal names: `Ursula von der Leyen`, `Rhun ap Iorwerth`.
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "bin"
            | "bint"
            | "ibn"
            | "al"
            | "el"
            | "de"
            | "da"
            | "do"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "di"
            | "du"
            | "la"
            | "le"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "ap"
    )
}

/// Words that join the parts of an organisation's or a place's name after a prefix word:
/// `Ministry of Energy`, `Organisation of Islamic Cooperation`.
fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "the" | "on")
}

/// What the rules found.
#[derive(Default)]
pub(crate) struct Found {
    pub entities: Vec<RuleEntity>,
    /// `(start, end, target)` in folded offsets, in text order.
    pub mentions: Vec<(usize, usize, RuleTarget)>,
    /// Gazetteer mentions that a longer rule name absorbed (indices into `taken`).
    pub absorbed: Vec<usize>,
}

/// Run the rules over the folded text. `taken` are the gazetteer mentions, sorted.
///
/// Only capitalised words start a name: `caps` holds where such words start (the matcher finds
/// them on its way). Around each, a window of words (two before it, the run of capitalised
/// words it opens, and the words after the run) is read, and the rules read that window.
/// Lower-case text is never split into words.
pub(crate) fn find(
    matcher: &Matcher,
    ftext: &str,
    taken: &[(usize, usize, u32)],
    caps: &[u32],
) -> Found {
    let mut found = Found::default();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut heading = Headings {
        ftext,
        line: (0, 0, false),
    };
    let mut doc = Doc {
        ftext,
        words: Vec::new(),
        classes: Vec::new(),
        known: Vec::new(),
        taken,
        matcher,
    };
    let bytes = ftext.as_bytes();
    let mut next_taken = 0;
    // Where the previous run ended: capitalised words inside it were read with it.
    let mut done_until = 0;
    for &start in caps {
        let i = start as usize;
        let upper = if bytes[i].is_ascii() {
            bytes[i].is_ascii_uppercase()
        } else {
            char_at(ftext, i).is_some_and(char::is_uppercase)
        };
        // `post-CNN`, `O'Neill`: after an inner joiner the word goes on.
        let joined = i >= 2
            && matches!(bytes[i - 1], b'-' | b'\'' | b'.')
            && super::matcher::char_before(bytes, i - 1).is_some_and(is_word_char);
        if i < done_until || !upper || joined {
            continue;
        }
        let Some(w) = next_word(ftext, i) else { break };
        // Most capitalised words stand alone and are either known to the gazetteer or only
        // start a sentence: no rule applies, unless a title or role stands before them.
        while next_taken < taken.len() && taken[next_taken].1 <= w.start {
            next_taken += 1;
        }
        if let Some(end) = known_run(matcher, ftext, w, taken, next_taken) {
            done_until = end;
            continue;
        }
        let alone = !run_goes_on(ftext, w.end);
        if alone {
            let known = taken.get(next_taken).is_some_and(|t| t.0 < w.end);
            let stop = || word_classes(&ftext[w.start..w.core_end]) & class::STOP != 0;
            let titled = || {
                prev_word_before(ftext, w.start).is_some_and(|p| {
                    let (core, whole) = (&ftext[p.start..p.core_end], &ftext[p.start..p.end]);
                    core_and_whole_classes(core, whole) & (class::TITLE | class::ROLE) != 0
                })
            };
            if known || stop() || !titled() {
                continue;
            }
        }
        // Headlines and other Title Case lines are left alone (asked only here, where a rule
        // may apply: most capitalised words were settled above without it).
        if heading.at(i) {
            continue;
        }
        // The window: the word before (a title, a role, a common noun in apposition), this
        // word, and up to twelve after it, stopping at two lower-case words in a row.
        doc.words.clear();
        doc.words.extend(prev_word_before(ftext, w.start));
        let first = doc.words.len();
        doc.words.push(w);
        let capitalised = |x: &Word| ftext[x.start..].starts_with(|c: char| c.is_uppercase());
        let mut at = w.end;
        for _ in 0..12 {
            let Some(next) = next_word(ftext, at) else {
                break;
            };
            let prev = doc.words[doc.words.len() - 1];
            doc.words.push(next);
            at = next.end;
            if !capitalised(&next) && !capitalised(&prev) {
                break;
            }
        }
        doc.classes.clear();
        doc.classes
            .resize_with(doc.words.len(), || std::cell::Cell::new(0));
        doc.known.clear();
        let mut t = taken.partition_point(|m| m.1 <= doc.words[0].start);
        for w in &doc.words {
            while t < taken.len() && taken[t].1 <= w.start {
                t += 1;
            }
            doc.known
                .push((t < taken.len() && taken[t].0 < w.end).then_some(t));
        }
        let last = run_end(&doc, first);
        // A lone word the gazetteer knows, or one that only starts a sentence, is no new name,
        // unless a title or role stands before it (`Ms Kowalski`).
        let lone = last == first
            && (doc.known[first].is_some() || doc.has(first, class::STOP))
            && !(first > 0 && doc.is_title_or_role(first - 1));
        if !lone && doc.is_capitalised(first) {
            classify(&doc, first, last, &mut found, &mut by_name);
        }
        done_until = doc.words[last].end;
    }
    acronyms(ftext, taken, &mut found);
    found.mentions.sort_unstable_by_key(|m| m.0);
    found
}

/// Whether a run of capitalised words may go on after the word ending at byte `end`.
fn run_goes_on(ftext: &str, end: usize) -> bool {
    ftext
        .get(end..)
        .and_then(|r| r.strip_prefix(' '))
        .is_some_and(|r| {
            r.starts_with(|c: char| c.is_uppercase())
                || r.starts_with("of ")
                || r.starts_with("al-")
        })
}

/// Where the run of capitalised words opening with `w` ends, when it holds nothing for the
/// rules to find: one gazetteer name opening at `w` (`Vladimir Putin said`), or one right
/// after a word that only opens the run (`The White House`, `On Monday` at the start of a
/// sentence) or after a title or role before a known person (`Mr. Obama`, `President Barack
/// Obama`). A title needs an unknown name after it and a pattern an unknown word inside the
/// run, so no rule applies; reading the run's window would find nothing. `next` indexes the
/// first mention of `taken` ending after `w` starts.
fn known_run(
    matcher: &Matcher,
    ftext: &str,
    w: Word,
    taken: &[(usize, usize, u32)],
    next: usize,
) -> Option<usize> {
    let &(start, end, entity) = taken.get(next)?;
    let bytes = ftext.as_bytes();
    let word_char_at = |i: usize| super::matcher::char_after(bytes, i).is_some_and(is_word_char);
    // The name must end its last word and the run: `Washington Post-ABC News`, `Post Co.`
    // and `Trump Tower` go on; a possessive ends a run (`Donald Trump's campaign`).
    let ends_run = if ftext[end..].starts_with("'s") {
        let joiner = matches!(bytes.get(end + 2), Some(b'-' | b'\'' | b'.'));
        !(word_char_at(end + 2) || joiner && word_char_at(end + 3))
    } else {
        !matches!(bytes.get(end), Some(b'-' | b'\'' | b'.')) && !run_goes_on(ftext, end)
    };
    if !ends_run {
        return None;
    }
    if start == w.start {
        return Some(end);
    }
    // One opening word, then one space, then the name.
    if start != w.end + 1 || bytes[w.end] != b' ' || w.core_end != w.end {
        return None;
    }
    let x = &ftext[w.start..w.end];
    let starts_sentence = || {
        prev_word_before(ftext, w.start).is_none_or(|p| gap_starts_sentence(&ftext[p.end..w.start]))
    };
    let opener =
        || x == "The" || word_classes(x) & (class::STOP | class::MONTH) != 0 && starts_sentence();
    let title_before_person = || {
        word_classes(x) & (class::TITLE | class::ROLE) != 0
            && PATTERNS.bits(x) == 0
            && matcher
                .entities
                .get(entity as usize)
                .is_some_and(|e| e.kind == "PERSON")
    };
    (opener() || title_before_person()).then_some(end)
}

/// The word that ends before byte `pos` (skipping what is not a word).
fn prev_word_before(ftext: &str, pos: usize) -> Option<Word> {
    let bytes = ftext.as_bytes();
    // Whether a word character ends just before byte `j`, and its length; ASCII without
    // decoding.
    let word_before = |j: usize| -> (bool, usize) {
        match bytes[..j].last() {
            None => (false, 0),
            Some(&c) if c.is_ascii() => (is_ascii_word_byte(c), 1),
            Some(_) => super::matcher::char_before(bytes, j)
                .map_or((false, 1), |c| (is_word_char(c), c.len_utf8())),
        }
    };
    let mut j = pos;
    loop {
        let (is_word, len) = word_before(j);
        if is_word {
            break;
        }
        if len == 0 {
            return None;
        }
        j -= len;
    }
    // Back over word characters and inner joiners (`Kyiv-based`, `U.S`, `don't`).
    while j > 0 {
        let (is_word, len) = word_before(j);
        if is_word {
            j -= len;
        } else if j > 1 && matches!(bytes[j - 1], b'-' | b'\'' | b'.') && word_before(j - 1).0 {
            j -= 1;
        } else {
            break;
        }
    }
    next_word(ftext, j).filter(|w| w.end <= pos)
}

/// The last word of the run of capitalised words starting at `first` in the window: words
/// joined by single spaces; particles and, after a pattern word, `of` may join them; a
/// possessive ends the run (`Britain's Wellcome Trust` is two).
fn run_end(doc: &Doc<'_>, first: usize) -> usize {
    let n = doc.words.len();
    let mut last = first;
    let mut j = first + 1;
    while j < n && doc.joined(j) && !doc.possessive(last) {
        if doc.is_capitalised(j) {
            last = j;
            j += 1;
        } else if (is_particle(doc.text(j))
            || doc.text(j) == "of"
                && (first..=last)
                    .any(|p| doc.pattern(p, true).is_some() || doc.pattern(p, false).is_some()))
            && j + 1 < n
            && doc.joined(j + 1)
            && doc.is_capitalised(j + 1)
        {
            j += 1;
        } else {
            break;
        }
    }
    last
}

/// Whether a folded offset lies on a heading line (Title Case or upper case), computed line by
/// line as the offsets asked about advance; each line is read once.
struct Headings<'a> {
    ftext: &'a str,
    /// The last line looked at: its bounds and verdict.
    line: (usize, usize, bool),
}

impl Headings<'_> {
    fn at(&mut self, pos: usize) -> bool {
        let (s, e, verdict) = self.line;
        if s <= pos && pos < e {
            return verdict;
        }
        let bytes = self.ftext.as_bytes();
        let start = memchr::memrchr(b'\n', &bytes[..pos]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        let verdict = super::resolve::is_heading(&self.ftext[start..end]);
        self.line = (start, end.max(start + 1), verdict);
        verdict
    }
}

fn add(
    found: &mut Found,
    by_name: &mut HashMap<String, usize>,
    doc: &Doc<'_>,
    span: (usize, usize),
    kind: &'static str,
    gender: Option<Gender>,
) -> usize {
    let name = doc.ftext[span.0..span.1]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let key = format!("{kind}\t{name}");
    let idx = *by_name.entry(key).or_insert_with(|| {
        found.entities.push(RuleEntity { name, kind, gender });
        found.entities.len() - 1
    });
    if found.entities[idx].gender.is_none() {
        found.entities[idx].gender = gender;
    }
    found
        .mentions
        .push((span.0, span.1, RuleTarget::Local(idx)));
    idx
}

/// Apply the rules to the run of words `first..=last`.
fn classify(
    doc: &Doc<'_>,
    first: usize,
    last: usize,
    found: &mut Found,
    by_name: &mut HashMap<String, usize>,
) {
    let w = &doc.words;
    // Drop `The`, words that only start the sentence (`However`), and leading nationalities:
    // `Turkish Foreign Ministry` is a nationality and a ministry.
    let mut s = first;
    while s <= last
        && (doc.text(s) == "The"
            || doc.starts_sentence(s) && doc.has(s, class::STOP | class::MONTH)
            || doc.kind_of_known(s) == Some("NORP"))
    {
        s += 1;
    }
    if s > last {
        return;
    }
    // A title or role inside the run separates what comes before it from the person after it:
    // `Bank of Japan Governor Kazuo Ueda`.
    let names_person = |k: usize| doc.is_name_word(k) || doc.kind_of_known(k) == Some("PERSON");
    if let Some(t) = (s + 1..last)
        .rev()
        .find(|&k| doc.is_title_or_role(k) && names_person(k + 1))
    {
        // What stands before the title is a name of its own only if it has a pattern word
        // (`Bank of Japan Governor`); otherwise it is part of the title (`Deputy Foreign
        // Minister`).
        let head = (s..t).rev().find(|&k| !doc.is_title_or_role(k));
        if let Some(h) = head {
            if (s..=h).any(|k| doc.pattern(k, false).is_some() || doc.pattern(k, true).is_some()) {
                classify(doc, s, h, found, by_name);
            }
        }
        if doc.known[t + 1].is_none() {
            let title = doc.text(t).to_lowercase();
            person(doc, t + 1, last, Some(&title), found, by_name, true);
        }
        return;
    }
    // Organisation and place patterns over the whole run.
    let words_in_run = last - s + 1;
    let all_known = (s..=last).all(|k| doc.known[k].is_some() && doc.known[k] == doc.known[s]);
    if words_in_run >= 2 && !all_known {
        // A suffix word ends the run, a prefix word starts it, or a pattern word stands before
        // `of` inside it (`Serum Institute of India`).
        let before_of = (s..last)
            .find(|&k| doc.text(k + 1) == "of")
            .and_then(|k| doc.pattern(k, false).or_else(|| doc.pattern(k, true)));
        let kind = doc
            .pattern(last, false)
            .or_else(|| doc.pattern(s, true))
            .or(before_of);
        let has_plain = (s..=last).any(|k| {
            doc.pattern(k, false).is_none()
                && doc.pattern(k, true).is_none()
                && !is_connector(doc.text(k))
        });
        let absorbs_person = (s..=last).any(|k| doc.kind_of_known(k) == Some("PERSON"));
        if let (Some(kind), true, false) = (kind, has_plain, absorbs_person) {
            let span = (w[s].start, w[last].core_end);
            for k in s..=last {
                if let Some(t) = doc.known[k] {
                    if found.absorbed.last() != Some(&t) {
                        found.absorbed.push(t);
                    }
                }
            }
            add(found, by_name, doc, span, kind, None);
            return;
        }
    }
    // People: a title or role opening the run or just before it.
    let title_at = (s..=last).rev().find(|&k| doc.is_title_or_role(k));
    let before = s
        .checked_sub(1)
        .filter(|&b| (doc.joined(s) || doc.gap(s) == ". ") && doc.is_title_or_role(b));
    let name_from = match (title_at, before) {
        (Some(t), _) => Some(t + 1),
        (None, Some(_)) => Some(s),
        _ => None,
    };
    if let Some(from) = name_from {
        let title_word = title_at.or(before).map(|k| doc.text(k).to_lowercase());
        person(doc, from, last, title_word.as_deref(), found, by_name, true);
        return;
    }
    // A given name opening the run.
    if let Some(&(gender, ordinary)) = GIVEN_NAMES.get(doc.text(s)) {
        if !(ordinary && doc.starts_sentence(s)) && doc.known[s].is_none() {
            person_with_gender(doc, s, last, gender, found, by_name, false);
            return;
        }
    }
    // Apposition: `a farmer, Amina Bello, said`.
    let gap_before = doc.gap(s);
    let after_noun =
        s > 0 && gap_before == ", " && doc.text(s - 1).chars().all(|c| c.is_lowercase());
    let gap_after = if last + 1 < w.len() {
        doc.gap(last + 1)
    } else {
        ""
    };
    if after_noun && gap_after.starts_with(',') && doc.has(s - 1, class::ROLE) {
        person(doc, s, last, None, found, by_name, false);
    }
}

/// A person named by words `from..=last`, after a title (`title`, lower case) when there is one.
fn person(
    doc: &Doc<'_>,
    from: usize,
    last: usize,
    title: Option<&str>,
    found: &mut Found,
    by_name: &mut HashMap<String, usize>,
    titled: bool,
) {
    let gender = match title {
        Some(
            "mr" | "mr." | "sir" | "king" | "prince" | "lord" | "spokesman" | "chairman"
            | "congressman" | "father" | "brother" | "son" | "husband" | "businessman" | "emir"
            | "sheikh" | "sultan" | "pope" | "cardinal" | "imam" | "rabbi" | "baron",
        ) => Some(Gender::Male),
        Some(
            "mrs" | "mrs." | "ms" | "ms." | "miss" | "queen" | "princess" | "lady" | "dame"
            | "spokeswoman" | "chairwoman" | "congresswoman" | "mother" | "sister" | "daughter"
            | "wife" | "widow" | "businesswoman" | "baroness" | "sheikha",
        ) => Some(Gender::Female),
        _ => from
            .le(&last)
            .then(|| GIVEN_NAMES.get(doc.text(from)).and_then(|g| g.0))
            .flatten(),
    };
    person_with_gender(doc, from, last, gender, found, by_name, titled);
}

fn person_with_gender(
    doc: &Doc<'_>,
    from: usize,
    last: usize,
    gender: Option<Gender>,
    found: &mut Found,
    by_name: &mut HashMap<String, usize>,
    titled: bool,
) {
    // The name: up to four name words (particles allowed inside), all unknown to the gazetteer.
    let mut end = from;
    let mut count = 0;
    let mut k = from;
    let mut absorbed = None;
    while k <= last && count < 4 {
        if doc.is_name_word(k) {
            end = k;
            count += 1;
        } else if count > 0
            && absorbed.is_none()
            && doc.lone_known_surname(
                k,
                k == from + 1 && GIVEN_NAMES.get(doc.text(from)).is_some(),
            )
        {
            // `Marisol Vance` is not JD Vance: a gazetteer surname after an unknown first name
            // belongs to this new person, and ends the name.
            end = k;
            count += 1;
            absorbed = doc.known[k];
            k += 1;
            break;
        } else if !is_particle(doc.text(k)) {
            break;
        }
        k += 1;
    }
    // A title vouches for a lone surname (`Ms Kowalski`); otherwise a name has two words.
    if count == 0 || count == 1 && !titled || k <= last && !titled {
        return;
    }
    let w = &doc.words;
    if let Some(t) = absorbed {
        found.absorbed.push(t);
    }
    add(
        found,
        by_name,
        doc,
        (w[from].start, w[end].core_end),
        "PERSON",
        gender,
    );
}

/// `Organisation of Islamic Cooperation (OIC)`: the acronym names the entity just before it,
/// there and wherever it stands later.
fn acronyms(ftext: &str, taken: &[(usize, usize, u32)], found: &mut Found) {
    let bytes = ftext.as_bytes();
    let mut defined: Vec<(String, RuleTarget, usize)> = Vec::new();
    let mut by_end = found.mentions.clone();
    by_end.sort_unstable_by_key(|m| m.1);
    for open in memchr::memchr_iter(b'(', bytes) {
        let Some(close) = ftext[open..].find(')').map(|c| open + c) else {
            continue;
        };
        let acr = &ftext[open + 1..close];
        let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() < 2
            || letters.len() > 8
            || acr.len() > 10
            || !acr
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&')
            || open == 0
            || bytes[open - 1] != b' '
        {
            continue;
        }
        // The name that ends right before the parenthesis: a rule mention or a gazetteer one.
        let end = open - 1;
        let k = by_end.partition_point(|m| m.1 < end);
        let target = by_end
            .get(k)
            .filter(|m| m.1 == end)
            .map(|m| (m.0, m.2))
            .or_else(|| {
                let k = taken.partition_point(|t| t.1 < end);
                taken
                    .get(k)
                    .filter(|t| t.1 == end)
                    .map(|t| (t.0, RuleTarget::Known(t.2)))
            });
        let Some((start, target)) = target else {
            continue;
        };
        let initials: String = ftext[start..end]
            .split([' ', '-'])
            .filter(|p| p.starts_with(|c: char| c.is_uppercase()))
            .filter_map(|p| p.chars().next())
            .collect();
        if !initials.starts_with(letters[0]) || !letters.iter().all(|c| initials.contains(*c)) {
            continue;
        }
        // The gazetteer already knows this acronym here?
        let k = taken.partition_point(|t| t.1 <= open + 1);
        if taken.get(k).is_some_and(|t| t.0 < close) {
            continue;
        }
        defined.push((acr.to_string(), target, open + 1));
    }
    // Each definition holds until the same acronym is defined again: an article repeating
    // `Japan International Cooperation Agency (JICA)` gets each later `JICA` once.
    let mut until = vec![bytes.len(); defined.len()];
    let mut next_of: HashMap<&str, usize> = HashMap::new();
    for (k, (acr, _, _)) in defined.iter().enumerate().rev() {
        if let Some(&next) = next_of.get(acr.as_str()) {
            until[k] = defined[next].2;
        }
        next_of.insert(acr, k);
    }
    for ((acr, target, from), until) in defined.iter().zip(until) {
        let (from, target) = (*from, *target);
        for pos in memchr::memmem::find_iter(&bytes[from..until], acr.as_bytes()) {
            let (s, e) = (from + pos, from + pos + acr.len());
            if !super::matcher::on_word_boundaries(bytes, s, e) {
                continue;
            }
            let k = taken.partition_point(|t| t.1 <= s);
            if taken.get(k).is_some_and(|t| t.0 < e) {
                continue;
            }
            found.mentions.push((s, e, target));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    fn names(text: &str) -> Vec<(String, &'static str)> {
        let g = Gazetteer::from_tsv("t.tsv", "japan\tLOCATION\tJapan\t\t\n").unwrap();
        let m = Matcher::new(&g, Default::default()).unwrap();
        let folded = crate::text::Folded::new(text);
        let mut raw = Vec::new();
        let mut caps = Vec::new();
        m.find_in(text, &folded, &mut raw, &mut caps);
        let (accepted, _) = super::super::resolve::resolve_known(&m, folded.as_str(), &raw);
        let f = find(&m, folded.as_str(), &accepted, &caps);
        f.mentions
            .iter()
            .map(|&(s, e, t)| {
                let kind = match t {
                    RuleTarget::Local(l) => f.entities[l].kind,
                    RuleTarget::Known(_) => "KNOWN",
                };
                (folded.as_str()[s..e].to_string(), kind)
            })
            .collect()
    }

    #[test]
    fn title_inside_a_run_splits_organisation_and_person() {
        assert_eq!(
            names("The yen rose after Bank of Japan Governor Kazuo Ueda spoke."),
            [
                ("Bank of Japan".to_string(), "ORGANIZATION"),
                ("Kazuo Ueda".to_string(), "PERSON")
            ]
        );
    }

    #[test]
    fn a_known_name_that_a_run_goes_on_from_is_still_read() {
        // An opening word, then a known name that a pattern word continues; a possessive
        // ends a known name's run, and the next run is read on its own.
        assert_eq!(
            names("Earlier The Japan Times said Japan's Foreign Ministry agreed."),
            [
                ("Japan Times".to_string(), "ORGANIZATION"),
                ("Foreign Ministry".to_string(), "ORGANIZATION")
            ]
        );
        assert_eq!(
            names("Staff of the Japan Post-Holdings Group met."),
            [("Japan Post-Holdings Group".to_string(), "ORGANIZATION")]
        );
    }

    #[test]
    fn a_short_paragraph_is_not_a_heading() {
        let person = vec![("Olaf Kessler".to_string(), "PERSON")];
        assert_eq!(names("President Olaf Kessler met Japan."), person);
        // A wire credit line ends its sentence inside the bracket.
        assert_eq!(
            names("(Reporting by Amina Bello in Lagos; editing by Will Dunham.)"),
            [
                ("Amina Bello".to_string(), "PERSON"),
                ("Will Dunham".to_string(), "PERSON")
            ]
        );
        assert_eq!(names("Minister Olaf Kessler Spoke In Japan"), []);
    }
}
