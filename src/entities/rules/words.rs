//! The words the rules read: a word scanner over the folded text, and the window of words
//! around a capitalised word (`Doc`) with what the lexicons and the gazetteer say of each.

use super::lexicon::{
    class, core_and_whole_classes, is_particle, pattern_kind, LONGEST_DOTTED, PATTERNS,
};
use crate::entities::matcher::{is_ascii_word_byte, is_word_char, Matcher};
use crate::lexicon::{ABBREVIATIONS, TITLES};

/// True when a word after `gap` (the characters since the word before it) starts a sentence,
/// a paragraph or a quotation.
pub(super) fn gap_starts_sentence(gap: &str) -> bool {
    gap.trim_end_matches(' ')
        .ends_with(['.', '!', '?', ':', '"', '\'', '\n', '(', '-'])
        || gap.contains('\n')
}

/// A word of the folded text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    /// End without a possessive `'s`.
    pub(super) core_end: usize,
}

/// Scan the words of the folded text: letters and digits with inner `-`, `'` and `.`, plus a
/// final `.` when it belongs to an abbreviation or an initial.
/// The first word at or after byte `from`.
pub(super) fn next_word(ftext: &str, from: usize) -> Option<Word> {
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
pub(super) fn word_char_len_at(ftext: &str, i: usize) -> (bool, usize) {
    match ftext.as_bytes().get(i) {
        None => (false, 0),
        Some(&c) if c.is_ascii() => (is_ascii_word_byte(c), 1),
        Some(_) => match char_at(ftext, i) {
            Some(c) => (is_word_char(c), c.len_utf8()),
            None => (false, 1),
        },
    }
}

pub(super) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// The scanned document with the gazetteer's mentions, for the rules to read.
pub(super) struct Doc<'a> {
    pub(super) ftext: &'a str,
    pub(super) words: Vec<Word>,
    /// Per word: its lexicon classes (`class::*`), filled in on first use.
    pub(super) classes: Vec<std::cell::Cell<u16>>,
    /// Per word: the gazetteer mention (index into `taken`) covering it.
    pub(super) known: Vec<Option<usize>>,
    pub(super) taken: &'a [(usize, usize, u32)],
    pub(super) matcher: &'a Matcher,
}

impl<'a> Doc<'a> {
    pub(super) fn text(&self, k: usize) -> &'a str {
        let w = self.words[k];
        &self.ftext[w.start..w.core_end]
    }

    /// The characters between word `k - 1` and word `k`.
    pub(super) fn gap(&self, k: usize) -> &'a str {
        let from = match k {
            // Before the window's first word: read back to the word before it.
            0 => prev_word_before(self.ftext, self.words[0].start).map_or(0, |p| p.end),
            _ => self.words[k - 1].end,
        };
        &self.ftext[from..self.words[k].start]
    }

    pub(super) fn is_capitalised(&self, k: usize) -> bool {
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
    pub(super) fn classes(&self, k: usize) -> u16 {
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

    pub(super) fn has(&self, k: usize, bits: u16) -> bool {
        self.classes(k) & bits != 0
    }

    pub(super) fn kind_of_known(&self, k: usize) -> Option<&'a str> {
        let (_, _, e) = self.taken[self.known[k]?];
        Some(self.matcher.entities[e as usize].kind.as_str())
    }

    pub(super) fn pattern(&self, k: usize, prefix: bool) -> Option<&'static str> {
        pattern_kind(self.classes(k), prefix)
    }

    /// True when word `k` starts a sentence, a paragraph or a quotation.
    pub(super) fn starts_sentence(&self, k: usize) -> bool {
        k == 0 || gap_starts_sentence(self.gap(k))
    }

    /// True when word `k` is a whole gazetteer mention by one word that can be the surname of
    /// a new person: a person's surname, or (after a given name) a town's name, as in `Maria
    /// Santos` or `Amina Bello`.
    pub(super) fn lone_known_surname(&self, k: usize, after_given_name: bool) -> bool {
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
    pub(super) fn possessive(&self, k: usize) -> bool {
        self.words[k].core_end != self.words[k].end
    }

    /// True when only one space separates word `k` from the one before it.
    pub(super) fn joined(&self, k: usize) -> bool {
        k > 0 && self.gap(k) == " "
    }

    pub(super) fn is_title_or_role(&self, k: usize) -> bool {
        self.has(k, class::TITLE | class::ROLE)
    }

    pub(super) fn is_name_word(&self, k: usize) -> bool {
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

/// The word that ends before byte `pos` (skipping what is not a word).
pub(super) fn prev_word_before(ftext: &str, pos: usize) -> Option<Word> {
    let bytes = ftext.as_bytes();
    // Whether a word character ends just before byte `j`, and its length; ASCII without
    // decoding.
    let word_before = |j: usize| -> (bool, usize) {
        match bytes[..j].last() {
            None => (false, 0),
            Some(&c) if c.is_ascii() => (is_ascii_word_byte(c), 1),
            Some(_) => crate::entities::matcher::char_before(bytes, j)
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
pub(super) fn run_end(doc: &Doc<'_>, first: usize) -> usize {
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
