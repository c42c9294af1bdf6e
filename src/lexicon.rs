//! Word lists the rules consult (place prepositions, and later speech verbs, titles, given
//! names), kept as data files under `gazetteers/lexicon/` and compiled into the binary.

use once_cell::sync::Lazy;
use std::collections::HashSet;

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
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.words.contains(&word.to_lowercase())
        } else {
            self.words.contains(word)
        }
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

/// The non-comment, non-blank lines of a lexicon file, trimmed.
pub fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// Words that mark the next name as a place.
pub static PLACE_PREPOSITIONS: Lazy<WordList> =
    Lazy::new(|| WordList::parse(include_str!("../gazetteers/lexicon/place-prepositions.txt")));

/// Month names and abbreviations.
pub static MONTHS: Lazy<WordList> =
    Lazy::new(|| WordList::parse(include_str!("../gazetteers/lexicon/months.txt")));

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
    fn place_prepositions_load() {
        assert!(PLACE_PREPOSITIONS.contains("in"));
    }
}
