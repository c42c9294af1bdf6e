//! The [`Extractor`]: gazetteers compiled once, then applied to any number of documents.
//!
//! It is immutable, `Send` and `Sync`: one extractor serves every thread, and all per-document
//! state lives in the call.

use crate::analysis::Analysis;
use crate::entities::{self, matcher::Matcher, BuildError, MatchOptions};
use crate::gazetteer::{self, Gazetteer, LoadError};
use crate::quotes;
use crate::text::{segment, Folded};
use thiserror::Error;

/// Why an extractor could not be built.
#[derive(Debug, Error)]
pub enum Error {
    /// A gazetteer could not be loaded (the message names the file and line).
    #[error(transparent)]
    Load(#[from] LoadError),
    /// A built-in gazetteer is broken.
    #[error("built-in gazetteer: {0}")]
    Builtin(&'static LoadError),
    /// The automaton could not be built.
    #[error(transparent)]
    Build(#[from] BuildError),
}

/// What to look for in a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tasks {
    /// Find entities (always done when quotes are asked for: speakers need them).
    pub entities: bool,
    /// Find direct quotations.
    pub quotes: bool,
    /// With `quotes`, also find reported speech (indirect and mixed quotes).
    pub reported: bool,
}

impl Tasks {
    /// Entities and every kind of quotation.
    pub const ALL: Tasks = Tasks {
        entities: true,
        quotes: true,
        reported: true,
    };
    /// Entities only.
    pub const ENTITIES: Tasks = Tasks {
        entities: true,
        quotes: false,
        reported: false,
    };
    /// Quotations of every kind (entities are found for the speakers, not reported).
    pub const QUOTES: Tasks = Tasks {
        entities: false,
        quotes: true,
        reported: true,
    };
}

/// Builds an [`Extractor`] from the built-in gazetteers and any user files.
#[derive(Debug)]
pub struct ExtractorBuilder {
    builtin: bool,
    gazetteers: Vec<Gazetteer>,
    options: MatchOptions,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            builtin: true,
            gazetteers: Vec::new(),
            options: MatchOptions::default(),
        }
    }
}

impl ExtractorBuilder {
    /// Whether to include the built-in gazetteers (on by default).
    pub fn builtin(mut self, yes: bool) -> Self {
        self.builtin = yes;
        self
    }

    /// Add a gazetteer; its entries replace built-in entries with the same id.
    pub fn gazetteer(mut self, g: Gazetteer) -> Self {
        self.gazetteers.push(g);
        self
    }

    /// Matching options.
    pub fn options(mut self, options: MatchOptions) -> Self {
        self.options = options;
        self
    }

    /// Compile everything into an extractor.
    pub fn build(self) -> Result<Extractor, Error> {
        // The word lists and patterns the analysis needs load on a second thread meanwhile:
        // start-up is most of the time of a run over one article.
        std::thread::scope(|s| {
            s.spawn(|| {
                crate::lexicon::load_all();
                crate::entities::load_lexicons();
                crate::quotes::load_patterns();
            });
            self.build_matcher()
        })
    }

    fn build_matcher(self) -> Result<Extractor, Error> {
        // The built-in set alone is compiled where it stands, without a copy.
        if self.builtin && self.gazetteers.is_empty() {
            let builtin = gazetteer::builtin().map_err(Error::Builtin)?;
            return Ok(Extractor {
                matcher: Matcher::new(builtin, self.options)?,
            });
        }
        let mut gazetteers = self.gazetteers.into_iter();
        let mut all = if self.builtin {
            gazetteer::builtin().map_err(Error::Builtin)?.clone()
        } else {
            gazetteers.next().unwrap_or_default()
        };
        for g in gazetteers {
            all.merge(g);
        }
        Ok(Extractor {
            matcher: Matcher::new(&all, self.options)?,
        })
    }
}

/// Finds entities and quotes in documents.
#[derive(Debug)]
pub struct Extractor {
    matcher: Matcher,
}

impl Extractor {
    /// A builder, with the built-in gazetteers on.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// An extractor with the built-in gazetteers only.
    pub fn with_builtin() -> Result<Extractor, Error> {
        Extractor::builder().build()
    }

    /// Number of entities the extractor knows.
    pub fn entity_count(&self) -> usize {
        self.matcher.entities.len()
    }

    /// Number of distinct (folded) names it matches.
    pub fn name_count(&self) -> usize {
        self.matcher.pattern_count()
    }

    /// For benchmarks: fold `text` and find the gazetteer names in it, without resolving them.
    /// Returns the number of names found.
    #[doc(hidden)]
    pub fn find_names(&self, text: &str) -> usize {
        let folded = Folded::new(text);
        let mut raw = Vec::new();
        self.matcher
            .find_in(text, &folded, &mut raw, &mut Vec::new());
        raw.len()
    }

    /// Analyse one document: entities and quotes.
    pub fn analyse(&self, text: &str) -> Analysis {
        self.analyse_with(text, Tasks::ALL)
    }

    /// Analyse one document, doing only `tasks`.
    pub fn analyse_with(&self, text: &str, tasks: Tasks) -> Analysis {
        let mut analysis = Analysis::default();
        if tasks.entities || tasks.quotes {
            let folded = Folded::new(text);
            let mut raw = Vec::new();
            let (entities, mentions) = entities::find(&self.matcher, text, folded, &mut raw);
            analysis.entities = entities;
            analysis.mentions = mentions;
        }
        if tasks.quotes {
            let paragraphs = segment::paragraphs(text);
            analysis.quotes = quotes::find(
                text,
                &paragraphs,
                &analysis.mentions,
                &analysis.entities,
                tasks.reported,
            );
        }
        analysis
    }
}
