//! The inputs the user named, expanded into a lazy stream of sources: standard input, files,
//! and the files inside directories (walked recursively, in name order, kept by `--glob`).
//!
//! The walk is lazy so an archive of millions of files starts producing records at once and
//! never holds its whole listing. A directory entry that cannot be read becomes a source that
//! carries its error, so it still gets one record.

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// Where one input comes from.
#[derive(Clone, Debug)]
pub enum Source {
    Stdin,
    File(PathBuf),
    /// An entry found while walking a directory that could not be read.
    Unreadable {
        name: String,
        error: String,
    },
}

impl Source {
    /// The name a record's `id` and error messages use: the path as given (a file found in a
    /// directory: that directory as typed, joined to the path below it), `-` for stdin.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
            Source::Unreadable { name, .. } => name.clone(),
        }
    }
}

/// The `--glob` patterns: those without `/` match a file's name, the others its path below the
/// directory being walked.
#[derive(Clone, Debug)]
pub struct Selection {
    names: GlobSet,
    paths: GlobSet,
}

impl Selection {
    /// Compile the patterns; an invalid one is reported with its text.
    pub fn new(patterns: &[String]) -> Result<Selection, String> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        for p in patterns {
            let glob = GlobBuilder::new(p)
                .literal_separator(true)
                .build()
                .map_err(|e| format!("--glob {p}: {e}"))?;
            if p.contains('/') {
                paths.add(glob);
            } else {
                names.add(glob);
            }
        }
        let build = |b: GlobSetBuilder| b.build().map_err(|e| format!("--glob: {e}"));
        Ok(Selection {
            names: build(names)?,
            paths: build(paths)?,
        })
    }

    /// Whether the file at `relative` (below the walked directory) is read.
    pub fn selects(&self, relative: &Path) -> bool {
        relative
            .file_name()
            .is_some_and(|n| self.names.is_match(Path::new(n)))
            || self.paths.is_match(relative)
    }
}

/// The sources of a run, in order: each argument in turn, a directory replaced by its files.
pub struct Sources {
    args: VecDeque<PathBuf>,
    selection: Selection,
    /// The directory being walked and its walker.
    walk: Option<(PathBuf, walkdir::IntoIter)>,
}

impl Sources {
    /// No arguments means standard input; `-` is standard input wherever it appears.
    pub fn new(args: &[PathBuf], selection: Selection) -> Sources {
        let args = if args.is_empty() {
            VecDeque::from([PathBuf::from("-")])
        } else {
            args.iter().cloned().collect()
        };
        Sources {
            args,
            selection,
            walk: None,
        }
    }

    /// Whether the arguments can name more than one document (several paths or a directory).
    pub fn several(args: &[PathBuf]) -> bool {
        args.len() > 1 || args.iter().any(|p| p.is_dir())
    }

    /// The next file of the directory being walked, if any is left.
    fn next_walked(&mut self) -> Option<Source> {
        let (root, walker) = self.walk.as_mut()?;
        for entry in walker.by_ref() {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let relative = e.path().strip_prefix(&*root).unwrap_or(e.path());
                    if self.selection.selects(relative) {
                        return Some(Source::File(e.into_path()));
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    let path = err.path().unwrap_or(root).to_path_buf();
                    let relative = path.strip_prefix(&*root).unwrap_or(&path);
                    // An unreadable directory is always reported; a broken link or a file only
                    // when it is one the user asked for.
                    if path.is_dir() || self.selection.selects(relative) {
                        let name = path.display().to_string();
                        let error = match err.io_error() {
                            Some(io) => format!("{name}: {io}"),
                            None => format!("{name}: {err}"),
                        };
                        return Some(Source::Unreadable { name, error });
                    }
                }
            }
        }
        self.walk = None;
        None
    }
}

impl Iterator for Sources {
    type Item = Source;

    fn next(&mut self) -> Option<Source> {
        loop {
            if self.walk.is_some() {
                if let Some(source) = self.next_walked() {
                    return Some(source);
                }
                continue;
            }
            let arg = self.args.pop_front()?;
            if arg.as_os_str() == "-" {
                return Some(Source::Stdin);
            }
            if !arg.is_dir() {
                // A missing or unreadable file gets its error when it is opened.
                return Some(Source::File(arg));
            }
            let walker = walkdir::WalkDir::new(&arg)
                .follow_links(true)
                .sort_by_file_name()
                .into_iter();
            self.walk = Some((arg, walker));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selection(patterns: &[&str]) -> Selection {
        Selection::new(&patterns.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn name_patterns_match_at_any_depth() {
        let s = selection(&["*.txt", "*.md"]);
        assert!(s.selects(Path::new("a.txt")));
        assert!(s.selects(Path::new("2024/05/a.md")));
        assert!(!s.selects(Path::new("2024/a.json")));
    }

    #[test]
    fn path_patterns_match_below_the_directory() {
        let s = selection(&["2024/**/*.txt"]);
        assert!(s.selects(Path::new("2024/05/a.txt")));
        assert!(!s.selects(Path::new("2023/05/a.txt")));
        assert!(!s.selects(Path::new("a.txt")));
    }

    #[test]
    fn a_bad_pattern_names_itself() {
        let err = Selection::new(&["a[".to_string()]).unwrap_err();
        assert!(err.starts_with("--glob a["), "{err}");
    }
}
