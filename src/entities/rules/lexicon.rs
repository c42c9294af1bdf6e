//! The rule lexicons, as the engine reads them: pattern words, given names, and one table of
//! word classes (titles, roles, capitalised stopwords, months).

use crate::gazetteer::Gender;
use crate::lexicon::{entries, with_lowercase, WordList, ABBREVIATIONS, MONTHS, ROLES, TITLES};
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;

/// Pattern words (as written) -> the type they give as a suffix and as a prefix, as
/// `class::SUFFIX_*` and `class::PREFIX_*` bits.
pub(super) struct Patterns {
    pub(super) words: FxHashMap<String, u16>,
}

impl Patterns {
    pub(super) fn get(&self, word: &str, prefix: bool) -> Option<&'static str> {
        pattern_kind(self.bits(word), prefix)
    }

    /// Both positions' types in one lookup.
    pub(super) fn bits(&self, word: &str) -> u16 {
        self.words.get(word).copied().unwrap_or(0)
    }
}

/// The type that pattern `bits` give in one position.
pub(super) fn pattern_kind(bits: u16, prefix: bool) -> Option<&'static str> {
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

pub(super) static PATTERNS: Lazy<Patterns> = Lazy::new(|| {
    let mut p = Patterns {
        words: FxHashMap::default(),
    };
    for line in entries(include_str!(
        "../../../gazetteers/lexicon/name-patterns.tsv"
    )) {
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
pub(super) static LONGEST_DOTTED: Lazy<usize> = Lazy::new(|| {
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
pub(super) static GIVEN_NAMES: Lazy<FxHashMap<String, (Option<Gender>, bool)>> = Lazy::new(|| {
    let mut out = FxHashMap::default();
    for line in entries(include_str!("../../../gazetteers/lexicon/given-names.tsv")) {
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
pub(super) static WORD_CLASSES: Lazy<FxHashMap<String, u16>> = Lazy::new(|| {
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
pub(super) fn word_classes(word: &str) -> u16 {
    with_lowercase(word, |w| WORD_CLASSES.get(w).copied().unwrap_or(0))
}

/// The classes of a word read without a possessive `'s` (`core`); read with it (`whole`), it
/// is looked up as a title too.
pub(super) fn core_and_whole_classes(core: &str, whole: &str) -> u16 {
    let mut c = word_classes(core);
    if whole != core {
        c |= word_classes(whole) & class::TITLE;
    }
    c
}

/// What the lexicons say about a word of the window, looked up once per word and kept.
pub(super) mod class {
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

/// Particles inside personal names: `Ursula von der Leyen`, `Rhun ap Iorwerth`.
pub(super) fn is_particle(w: &str) -> bool {
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
pub(super) fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "the" | "on")
}
