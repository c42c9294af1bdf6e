//! gazette reads news articles and tells who and what they mention and who said what.
//!
//! ```
//! use gazette::Extractor;
//!
//! let extractor = Extractor::with_builtin().unwrap();
//! let text = "Russian President Vladimir Putin met Turkish officials in Istanbul. Putin’s aides said little.";
//! let analysis = extractor.analyse(text);
//! let putin = analysis.entities.iter().find(|e| e.info.id == "vladimir-putin").unwrap();
//! let names: Vec<&str> = putin.mentions.iter().map(|m| m.slice(text)).collect();
//! assert_eq!(names, ["Vladimir Putin", "Putin"]);
//! ```
//!
//! Text flows one way: fold (with an exact offset map) → match gazetteer names → resolve them
//! within the document → find and attribute quotes → one [`Analysis`] per document. The library
//! never prints and never panics on any text; the `gazette` binary owns input, output and exit
//! codes.

pub mod analysis;
pub mod entities;
pub mod extractor;
pub mod gazetteer;
pub mod lexicon;
pub mod output;
pub mod quotes;
pub mod span;
pub mod text;

pub use analysis::{Analysis, Entity, Mention, Quote, QuoteKind, Speaker};
pub use extractor::{Error, Extractor, ExtractorBuilder, Tasks};
pub use gazetteer::{EntityInfo, Gazetteer};
pub use span::Span;
