//! Word lists the rules consult (place prepositions, and later speech verbs, titles, given
//! names), kept as data files under `gazetteers/lexicon/` and compiled into the binary.

use once_cell::sync::Lazy;
// The sets and maps here are built from our own data once; a fast hash without DoS resistance
// is safe for them, since a lookup's cost does not depend on what the text holds.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A set of lower-case words or phrases read from a lexicon file.
#[derive(Debug, Default, Clone)]
pub struct WordList {
    words: HashSet<String>,
}

impl WordList {
    /// Parse a lexicon file: one entry per line, `#` starts a comment, blank lines skipped.
    pub fn parse(text: &str) -> WordList {
        WordList {
            words: entries(text).map(str::to_lowercase).collect(),
        }
    }

    /// True when `word` (compared in lower case) is listed.
    pub fn contains(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.words.contains(w))
    }

    /// Every entry, in lower case, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Call `f` with `word` in lower case: the word itself when it already is, short ASCII words
/// lower-cased on the stack (this runs for every capitalised word the name rules read), others
/// lower-cased into a new string.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII stays valid UTF-8 when lower-cased.
        if let Ok(w) = std::str::from_utf8(lower) {
            return f(w);
        }
    }
    f(&word.to_lowercase())
}

/// The non-comment, non-blank lines of a lexicon file, trimmed.
pub fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// Short words a Title Case heading leaves in lower case: articles, short prepositions and
/// conjunctions.
pub const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "per", "the",
    "to", "up", "via", "vs",
];

/// Words that mark the next name as a place.
pub static PLACE_PREPOSITIONS: Lazy<WordList> =
    Lazy::new(|| WordList::parse(include_str!("../gazetteers/lexicon/place-prepositions.txt")));

/// Month names and abbreviations.
pub static MONTHS: Lazy<WordList> =
    Lazy::new(|| WordList::parse(include_str!("../gazetteers/lexicon/months.txt")));

/// Abbreviations whose period does not end a sentence.
pub static ABBREVIATIONS: Lazy<WordList> =
    Lazy::new(|| WordList::parse(include_str!("../gazetteers/lexicon/abbreviations.txt")));

/// Titles written before a name (`President`, `Pope`, `Sen.`), compared in lower case.
pub static TITLES: Lazy<WordList> =
    Lazy::new(|| WordList::parse(include_str!("../gazetteers/lexicon/titles.txt")));

/// Role nouns for people (`spokesman`, `minister`).
pub static ROLES: Lazy<WordList> =
    Lazy::new(|| WordList::parse(include_str!("../gazetteers/lexicon/roles.txt")));

/// Nouns for bodies and groups that speak (`ministry`, `police`).
pub static BODIES: Lazy<WordList> =
    Lazy::new(|| WordList::parse(include_str!("../gazetteers/lexicon/bodies.txt")));

/// Reporting verbs: every inflected form maps to its base form.
#[derive(Debug, Default)]
pub struct SpeechVerbs {
    forms: HashMap<String, String>,
}

impl SpeechVerbs {
    /// Parse lines of `base form form …`.
    pub fn parse(text: &str) -> SpeechVerbs {
        let mut forms = HashMap::default();
        for line in entries(text) {
            let mut words = line.split_whitespace();
            let Some(base) = words.next() else { continue };
            let base = base.to_lowercase();
            forms.insert(base.clone(), base.clone());
            for w in words {
                forms.insert(w.to_lowercase(), base.clone());
            }
        }
        SpeechVerbs { forms }
    }

    /// The base form of `word` when it is a reporting verb (`told` → `tell`).
    pub fn base(&self, word: &str) -> Option<&str> {
        with_lowercase(word, |w| self.forms.get(w).map(String::as_str))
    }

    /// Every form, base and inflected.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        self.forms.keys().map(String::as_str)
    }

    /// Number of distinct base forms.
    pub fn verb_count(&self) -> usize {
        self.forms.values().collect::<HashSet<_>>().len()
    }
}

/// A day of the week, in any case.
pub(crate) fn is_weekday(word: &str) -> bool {
    with_lowercase(word, |w| {
        matches!(
            w,
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
    })
}

/// Parse every word list now rather than on first use.
pub(crate) fn load_all() {
    for list in [
        &PLACE_PREPOSITIONS,
        &MONTHS,
        &ABBREVIATIONS,
        &TITLES,
        &ROLES,
        &BODIES,
        &VERBS_NEEDING_THAT,
        &VERBS_NEEDING_A_REASON,
        &VERBS_TAKING_AN_OBJECT,
        &CAPITALISED_STOPWORDS,
    ] {
        Lazy::force(list);
    }
    Lazy::force(&SPEECH_VERBS);
    Lazy::force(&ATTRIBUTION_VERBS);
    Lazy::force(&VERBS_NEEDING_A_PARTICLE);
}

/// Capitalised words that open sentences and headings but no name (`However`, `Once`,
/// `Officials`).
pub static CAPITALISED_STOPWORDS: Lazy<WordList> = Lazy::new(|| {
    WordList::parse(include_str!(
        "../gazetteers/lexicon/capitalised-stopwords.txt"
    ))
});

/// Reporting verbs.
pub static SPEECH_VERBS: Lazy<SpeechVerbs> =
    Lazy::new(|| SpeechVerbs::parse(include_str!("../gazetteers/lexicon/speech-verbs.txt")));

/// Verbs that attribute beliefs, findings and intentions: with the speech verbs they introduce
/// indirect quotes.
pub static ATTRIBUTION_VERBS: Lazy<SpeechVerbs> =
    Lazy::new(|| SpeechVerbs::parse(include_str!("../gazetteers/lexicon/attribution-verbs.txt")));

/// Reporting verbs that introduce reported speech only with an explicit `that`.
pub static VERBS_NEEDING_THAT: Lazy<WordList> =
    Lazy::new(|| WordList::parse(include_str!("../gazetteers/lexicon/verbs-needing-that.txt")));

/// Reporting verbs that report only with their particle (`point` → `out`).
pub static VERBS_NEEDING_A_PARTICLE: Lazy<HashMap<String, String>> = Lazy::new(|| {
    entries(include_str!(
        "../gazetteers/lexicon/verbs-needing-a-particle.txt"
    ))
    .filter_map(|line| {
        let (verb, particle) = line.split_once(char::is_whitespace)?;
        Some((verb.to_lowercase(), particle.trim().to_lowercase()))
    })
    .collect()
});

/// Reporting verbs whose first complement is their object: straight before a preposition they
/// are passive participles (`people accused of rape`).
pub static VERBS_TAKING_AN_OBJECT: Lazy<WordList> = Lazy::new(|| {
    WordList::parse(include_str!(
        "../gazetteers/lexicon/verbs-taking-an-object.txt"
    ))
});

/// Reporting verbs that introduce reported speech only with a reason (`for`), a label (`as`), a
/// quotation or an explicit `that`.
pub static VERBS_NEEDING_A_REASON: Lazy<WordList> = Lazy::new(|| {
    WordList::parse(include_str!(
        "../gazetteers/lexicon/verbs-needing-a-reason.txt"
    ))
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_comments_and_case() {
        let w = WordList::parse("# c\nIn\n\nfrom # trailing\n");
        assert_eq!(w.len(), 2);
        assert!(w.contains("in"));
        assert!(w.contains("From"));
        assert!(!w.contains("to"));
    }

    #[test]
    fn speech_verbs_map_forms_to_base() {
        assert_eq!(SPEECH_VERBS.base("told"), Some("tell"));
        assert_eq!(SPEECH_VERBS.base("Emphasized"), Some("emphasise"));
        assert_eq!(SPEECH_VERBS.base("table"), None);
        assert!(SPEECH_VERBS.verb_count() >= 80);
    }

    #[test]
    fn place_prepositions_load() {
        assert!(PLACE_PREPOSITIONS.contains("in"));
    }
}
