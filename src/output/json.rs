//! The JSON wire format of `output-contract.md`: one record per document, one line per record.
//!
//! Wire types borrow from the analysis and the text; they are separate from the domain types so
//! the contract stays fixed while the internals change.

use super::offsets::{OffsetConverter, OffsetUnit};
use crate::analysis::{Analysis, Entity, Quote};
use crate::gazetteer::Origin;
use crate::span::Span;
use serde::Serialize;
use std::io::{self, Write};

/// Which parts of a record to write and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordOptions {
    pub unit: OffsetUnit,
    /// Write `entities`.
    pub entities: bool,
    /// Write `quotes`.
    pub quotes: bool,
    /// Indent the JSON (one record then spans several lines).
    pub pretty: bool,
}

#[derive(Serialize)]
struct WireRecord<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    entities: Option<Entities<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quotes: Option<Quotes<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    warnings: &'a [String],
}

#[derive(Serialize)]
struct WireEntity<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    name: &'a str,
    wikidata: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    /// `gazetteer`, or `rule` for a name found by the name rules.
    source: &'static str,
    mentions: Spans<'a>,
}

#[derive(Serialize)]
struct WireSpan<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct WireQuote<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: &'static str,
    speaker: Option<WireSpeaker<'a>>,
    cue: Option<WireSpan<'a>>,
}

#[derive(Serialize)]
struct WireSpeaker<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    entity: Option<&'a str>,
    name: Option<&'a str>,
}

/// What every wire value of one record is made from. The lists below are written element by
/// element from the analysis, never built whole: a record can be larger than its document.
struct Context<'a> {
    text: &'a str,
    conv: OffsetConverter<'a>,
    analysis: &'a Analysis,
}

impl<'a> Context<'a> {
    fn span(&self, s: Span) -> WireSpan<'a> {
        WireSpan {
            text: s.slice(self.text),
            start: self.conv.convert(s.start),
            end: self.conv.convert(s.end),
        }
    }

    fn entity(&'a self, e: &'a Entity) -> WireEntity<'a> {
        WireEntity {
            id: &e.info.id,
            kind: &e.info.kind,
            name: &e.info.name,
            wikidata: e.info.wikidata.as_deref(),
            country: e.info.country.as_deref(),
            source: match e.info.origin {
                Origin::Gazetteer => "gazetteer",
                Origin::Rule => "rule",
            },
            mentions: Spans {
                spans: &e.mentions,
                cx: self,
            },
        }
    }

    fn quote(&self, q: &Quote) -> WireQuote<'a> {
        let s = self.span(q.span);
        WireQuote {
            text: s.text,
            start: s.start,
            end: s.end,
            kind: q.kind.as_str(),
            speaker: q.speaker.map(|sp| {
                let s = self.span(sp.span);
                let info = sp.entity.map(|e| &self.analysis.entities[e].info);
                WireSpeaker {
                    text: s.text,
                    start: s.start,
                    end: s.end,
                    entity: info.map(|i| i.id.as_str()),
                    name: info.map(|i| i.name.as_str()),
                }
            }),
            cue: q.cue.map(|c| self.span(c)),
        }
    }
}

/// The `entities` list of a record.
struct Entities<'a> {
    cx: &'a Context<'a>,
}

impl Serialize for Entities<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let cx = self.cx;
        serializer.collect_seq(cx.analysis.entities.iter().map(|e| cx.entity(e)))
    }
}

/// The `mentions` list of an entity.
struct Spans<'a> {
    spans: &'a [Span],
    cx: &'a Context<'a>,
}

impl Serialize for Spans<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.spans.iter().map(|&s| self.cx.span(s)))
    }
}

/// The `quotes` list of a record.
struct Quotes<'a> {
    cx: &'a Context<'a>,
}

impl Serialize for Quotes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let cx = self.cx;
        serializer.collect_seq(cx.analysis.quotes.iter().map(|q| cx.quote(q)))
    }
}

/// Write the record of one analysed document, followed by a newline.
pub fn write_record<W: Write>(
    out: &mut W,
    id: &str,
    warnings: &[String],
    text: &str,
    analysis: &Analysis,
    options: &RecordOptions,
) -> io::Result<()> {
    let cx = Context {
        text,
        conv: OffsetConverter::new(text, options.unit, []),
        analysis,
    };
    let record = WireRecord {
        id,
        entities: options.entities.then_some(Entities { cx: &cx }),
        quotes: options.quotes.then_some(Quotes { cx: &cx }),
        error: None,
        warnings,
    };
    write(out, &record, options.pretty)
}

/// Write the record of a document that could not be processed.
pub fn write_error_record<W: Write>(
    out: &mut W,
    id: &str,
    error: &str,
    options: &RecordOptions,
) -> io::Result<()> {
    let nothing = Analysis::default();
    let cx = Context {
        text: "",
        conv: OffsetConverter::new("", options.unit, []),
        analysis: &nothing,
    };
    let record = WireRecord {
        id,
        entities: options.entities.then_some(Entities { cx: &cx }),
        quotes: options.quotes.then_some(Quotes { cx: &cx }),
        error: Some(error),
        warnings: &[],
    };
    write(out, &record, options.pretty)
}

fn write<W: Write>(out: &mut W, record: &WireRecord<'_>, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, record)?;
    } else {
        serde_json::to_writer(&mut *out, record)?;
    }
    out.write_all(b"\n")
}
