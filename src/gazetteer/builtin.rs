//! The gazetteers compiled into the binary, so `gazette extract article.txt` works with no file
//! beside it. The files live under `gazetteers/`; `gazetteers/README.md` says where their facts
//! come from.

use super::{Gazetteer, LoadError};
use once_cell::sync::Lazy;

/// The built-in files: (name shown in messages, contents).
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "gazetteers/places.tsv",
        include_str!("../../gazetteers/places.tsv"),
    ),
    (
        "gazetteers/cities.tsv",
        include_str!("../../gazetteers/cities.tsv"),
    ),
    (
        "gazetteers/divisions.tsv",
        include_str!("../../gazetteers/divisions.tsv"),
    ),
    (
        "gazetteers/people.tsv",
        include_str!("../../gazetteers/people.tsv"),
    ),
    (
        "gazetteers/organizations.tsv",
        include_str!("../../gazetteers/organizations.tsv"),
    ),
    (
        "gazetteers/nationalities.tsv",
        include_str!("../../gazetteers/nationalities.tsv"),
    ),
    (
        "gazetteers/events.tsv",
        include_str!("../../gazetteers/events.tsv"),
    ),
];

static BUILTIN: Lazy<Result<Gazetteer, LoadError>> = Lazy::new(parse_builtin);

/// Parse the built-in files afresh, as the first call of [`builtin`] does; for benchmarks.
#[doc(hidden)]
pub fn parse_builtin() -> Result<Gazetteer, LoadError> {
    let parse = |files: &[(&str, &str)]| -> Result<Vec<super::Entry>, LoadError> {
        let mut entries = Vec::new();
        for (name, text) in files {
            entries.extend(Gazetteer::from_tsv(name, text)?.into_entries());
        }
        Ok(entries)
    };
    // Start-up matters to a user running one article: the files are parsed in two halves of
    // about equal size at once, and joined in their order.
    let (head, second) = BUILTIN_FILES.split_at(3);
    let (first, rest) = std::thread::scope(|s| {
        let other = s.spawn(|| parse(second));
        let mine = parse(head);
        // Parsing returns errors rather than panicking; were the thread lost, parse here.
        (mine, other.join().unwrap_or_else(|_| parse(second)))
    });
    let mut entries = first?;
    entries.extend(rest?);
    Gazetteer::from_entries(entries)
}

/// The built-in gazetteer, parsed on first use. An error here means a built-in file is broken,
/// which the test suite rules out.
pub fn builtin() -> Result<&'static Gazetteer, &'static LoadError> {
    BUILTIN.as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_files_load_without_error() {
        let g = builtin().unwrap();
        assert!(g.len() > 20);
    }
}
