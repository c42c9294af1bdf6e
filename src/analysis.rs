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

impl Analysis {
    /// Check the promises of the output contract against `text`, the analysed document: every
    /// span lies on character boundaries with its start before its end; mentions come in text
    /// order without overlapping, each entity has at least one, quotations come in text order
    /// and are not empty, and every entity index is in range. The property tests and the fuzz
    /// target hold every analysis to this; a program embedding gazette can do the same.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let span = |what: &str, s: Span| {
            if s.start <= s.end && text.get(s.start..s.end).is_some() {
                Ok(())
            } else {
                Err(format!("{what} {s:?} does not slice the text"))
            }
        };
        let entity = |e: usize| {
            if e < self.entities.len() {
                Ok(())
            } else {
                Err(format!("entity index {e} out of range"))
            }
        };
        let mut last_end = 0;
        for m in &self.mentions {
            span("mention", m.span)?;
            entity(m.entity)?;
            if m.span.start < last_end {
                return Err(format!(
                    "mention {:?} overlaps or precedes the one before",
                    m.span
                ));
            }
            last_end = m.span.end;
        }
        for e in &self.entities {
            if e.mentions.is_empty() {
                return Err(format!("entity {} has no mention", e.info.id));
            }
            e.mentions.iter().try_for_each(|&m| span("mention", m))?;
        }
        let mut last_start = 0;
        for q in &self.quotes {
            span("quote", q.span)?;
            if q.span.is_empty() || q.span.start < last_start {
                return Err(format!("quote {:?} is empty or out of order", q.span));
            }
            last_start = q.span.start;
            if let Some(s) = q.speaker {
                span("speaker", s.span)?;
                s.entity.map_or(Ok(()), entity)?;
            }
            q.cue.map_or(Ok(()), |c| span("cue", c))?;
        }
        Ok(())
    }
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
