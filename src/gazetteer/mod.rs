//! Gazetteers: lists of known entities and the names they go by.
//!
//! A [`Gazetteer`] is plain data read from a file (our TSV format or a spaCy EntityRuler pattern
//! file) or from the set compiled into the binary. It is validated on load, so a bad line is
//! reported with its file and line number before any document is read. The matcher
//! (`entities::Matcher`) compiles one or more gazetteers into an automaton.

mod builtin;
mod error;
mod spacy;
mod stats;
mod tsv;

pub use builtin::{builtin, parse_builtin, BUILTIN_FILES};
pub use error::LoadError;
pub use stats::Stats;

use rustc_hash::FxHashMap;
use std::path::Path;
use std::sync::Arc;

/// Where an entity record came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A gazetteer entry (built-in or user file).
    Gazetteer,
    /// Found in the document by name rules, with no gazetteer entry.
    Rule,
}

/// One known entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityInfo {
    /// Stable id, such as `vladimir-putin`.
    pub id: String,
    /// `PERSON`, `LOCATION`, `ORGANIZATION`, `NORP`, or another upper-case label.
    pub kind: String,
    /// Canonical display name.
    pub name: String,
    /// Wikidata QID such as `Q7747`, when known.
    pub wikidata: Option<String>,
    /// For a nationality (`NORP`): the id of its country's entity.
    pub country: Option<String>,
    /// Grammatical gender of a person, when known: used to resolve `he` and `she`.
    pub gender: Option<Gender>,
    /// A finer class within the type (`country`, `city`, `region` …), from the `class`
    /// attribute; used for statistics.
    pub class: Option<String>,
    /// Where the record came from.
    pub origin: Origin,
}

/// A person's gender as far as pronouns go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Female,
    Male,
}

/// One name an entity goes by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The name as written in the gazetteer.
    pub text: String,
    /// Counts only after the entity has been named in full (or by another alias that is not
    /// context-only) earlier in the same document, or, for a place, right after a place
    /// preposition (`in Jordan`). Written `~May` in a TSV file.
    pub context_only: bool,
}

/// One gazetteer entry: an entity and its aliases (its name is always an alias too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Shared with the extractor built from it, which keeps it for every document's entities.
    pub info: Arc<EntityInfo>,
    /// The canonical name itself is context-only (`~Chad` in the name column): the entity is
    /// found by it only after another name introduced it, or, for a place, after a place
    /// preposition (`in Chad`).
    pub name_context_only: bool,
    /// Aliases other than the canonical name.
    pub aliases: Vec<Alias>,
    /// Where the entry was read: `file:line`.
    pub location: String,
}

/// A validated list of entries with unique ids.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
}

impl Gazetteer {
    /// Read a gazetteer file, choosing the format by extension: `.jsonl` is a spaCy EntityRuler
    /// pattern file, anything else our TSV format.
    pub fn from_path(path: &Path) -> Result<Gazetteer, LoadError> {
        let text = std::fs::read_to_string(path).map_err(|e| LoadError::Io {
            file: path.display().to_string(),
            source: e,
        })?;
        let name = path.display().to_string();
        if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
            Gazetteer::from_spacy_jsonl(&name, &text)
        } else {
            Gazetteer::from_tsv(&name, &text)
        }
    }

    /// Parse our TSV format; `file` names the source in error messages.
    pub fn from_tsv(file: &str, text: &str) -> Result<Gazetteer, LoadError> {
        tsv::parse(file, text)
    }

    /// Parse a spaCy EntityRuler pattern file (JSON Lines); `file` names it in error messages.
    pub fn from_spacy_jsonl(file: &str, text: &str) -> Result<Gazetteer, LoadError> {
        spacy::parse(file, text)
    }

    /// Build from entries, rejecting duplicate ids.
    pub fn from_entries(entries: Vec<Entry>) -> Result<Gazetteer, LoadError> {
        let mut seen: FxHashMap<&str, &str> =
            FxHashMap::with_capacity_and_hasher(entries.len(), Default::default());
        for e in &entries {
            if let Some(first) = seen.insert(&e.info.id, &e.location) {
                return Err(LoadError::at(
                    &e.location,
                    format!(
                        "duplicate id `{}` (first defined at {first}); give each entity its own id",
                        e.info.id
                    ),
                ));
            }
        }
        Ok(Gazetteer { entries })
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of distinct names (canonical names and aliases) over all entries.
    pub fn alias_count(&self) -> usize {
        self.entries.iter().map(|e| 1 + e.aliases.len()).sum()
    }

    /// Take the entries out.
    pub fn into_entries(self) -> Vec<Entry> {
        self.entries
    }

    /// Add the entries of `other`; an entry whose id is already present replaces the old one,
    /// so a user file can correct a built-in entry.
    pub fn merge(&mut self, other: Gazetteer) {
        let mut index: FxHashMap<String, usize> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.info.id.clone(), i))
            .collect();
        for e in other.entries {
            match index.get(&e.info.id) {
                Some(&i) => self.entries[i] = e,
                None => {
                    index.insert(e.info.id.clone(), self.entries.len());
                    self.entries.push(e);
                }
            }
        }
    }
}

/// A slug for ids: lower-case ASCII letters and digits joined by single hyphens.
pub fn slug(name: &str) -> String {
    let folded = deunicode::deunicode(name);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') && c != '\'' {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// True for a well-formed Wikidata item id: `Q` and a number without leading zeros.
pub fn is_qid(s: &str) -> bool {
    let digits = match s.strip_prefix('Q') {
        Some(d) => d,
        None => return false,
    };
    !digits.is_empty() && !digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

/// True for an entity type label: upper-case ASCII letters, digits and underscores.
pub fn is_type_label(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && s.as_bytes()[0].is_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_folds_diacritics_and_punctuation() {
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("Côte d’Ivoire"), "cote-divoire");
        assert_eq!(slug("U.S. Army"), "u-s-army");
    }

    #[test]
    fn qids_are_checked() {
        assert!(is_qid("Q7747"));
        assert!(!is_qid("Q"));
        assert!(!is_qid("Q07"));
        assert!(!is_qid("q7747"));
        assert!(!is_qid("Q77a"));
    }

    #[test]
    fn merge_replaces_entries_with_the_same_id() {
        let mut a = Gazetteer::from_tsv("a.tsv", "x\tPERSON\tOld Name\t\t\n").unwrap();
        let b = Gazetteer::from_tsv("b.tsv", "x\tPERSON\tNew Name\t\t\ny\tPERSON\tOther\t\t\n")
            .unwrap();
        a.merge(b);
        assert_eq!(a.len(), 2);
        assert_eq!(a.entries()[0].info.name, "New Name");
    }
}
