//! The library's result for one document: entities with their mentions, and quotes with their
//! speakers. Spans are byte ranges of the analysed text; the output layer converts them.

use crate::gazetteer::EntityInfo;
use crate::span::Span;
use std::sync::Arc;

/// Everything gazette found in one document.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// One per distinct entity, in order of first mention.
    pub entities: Vec<Entity>,
    /// Every mention in text order, with the index of its entity in `entities`.
    pub mentions: Vec<Mention>,
    /// Quotations in text order.
    pub quotes: Vec<Quote>,
}

/// An entity mentioned in the document.
#[derive(Clone, Debug)]
pub struct Entity {
    /// What the gazetteer (or a name rule) knows of it.
    pub info: Arc<EntityInfo>,
    /// Its mentions, in text order.
    pub mentions: Vec<Span>,
}

/// One mention of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// Index into [`Analysis::entities`].
    pub entity: usize,
}

/// How a quotation is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// The words inside quotation marks.
    Direct,
    /// Reported speech without quotation marks: "Peskov said Russia was ready".
    Indirect,
    /// Reported speech that embeds a quoted fragment.
    Mixed,
}

impl QuoteKind {
    /// The name used in the output contract.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without enclosing quotation marks.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    /// The speech verb or phrase that attributes it.
    pub cue: Option<Span>,
}

/// Who said a quote: the words of the attribution as written, and the entity they resolve to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub span: Span,
    /// Index into [`Analysis::entities`], when the speaker resolves to one.
    pub entity: Option<usize>,
}
