//! One document in, its output bytes out: decode, analyse, serialise. This is the work each
//! worker thread does, so the writer only copies finished bytes, in order.
//!
//! The library must never panic, but if it did on some document, the panic is caught here and
//! the document gets an error record like any other failure: one record per document holds
//! even then.

use super::input::{Decoding, RawDocument};
use gazette::output::{self, RecordOptions};
use gazette::{Extractor, Tasks};
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};

/// What the records look like.
#[derive(Clone, Debug)]
pub struct Rendering {
    pub decoding: Decoding,
    pub tasks: Tasks,
    pub record: RecordOptions,
    /// `gazette quotes --format text` instead of JSON.
    pub text_quotes: bool,
    /// In the text format, a `== id` heading before each document's quotes.
    pub headings: bool,
}

/// A document's output, ready to write.
#[derive(Debug)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// The record carries an `error`.
    pub failed: bool,
}

/// Decode, analyse and serialise one document.
pub fn render(raw: RawDocument, extractor: &Extractor, how: &Rendering) -> Rendered {
    let doc = raw.decode(&how.decoding);
    let mut bytes = Vec::new();
    let text = match &doc.text {
        Ok(text) => text,
        Err(error) => {
            write_error(&mut bytes, &doc.id, error, how);
            return Rendered {
                bytes,
                failed: true,
            };
        }
    };
    let analysed = panic::catch_unwind(AssertUnwindSafe(|| {
        let analysis = extractor.analyse_with(text, how.tasks);
        let mut bytes = Vec::with_capacity(256);
        if how.text_quotes {
            let heading = how.headings.then_some(doc.id.as_str());
            output::text::write_quotes(&mut bytes, heading, text, &analysis)
        } else {
            output::write_record(
                &mut bytes,
                &doc.id,
                &doc.warnings,
                text,
                &analysis,
                &how.record,
            )
        }
        .expect("writing to memory cannot fail");
        bytes
    }));
    match analysed {
        Ok(bytes) => Rendered {
            bytes,
            failed: false,
        },
        Err(payload) => {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let error = format!("internal error while analysing this document: {why}");
            write_error(&mut bytes, &doc.id, &error, how);
            Rendered {
                bytes,
                failed: true,
            }
        }
    }
}

fn write_error(out: &mut Vec<u8>, id: &str, error: &str, how: &Rendering) {
    let written: io::Result<()> = if how.text_quotes {
        writeln!(out, "== {id}: error: {error}")
    } else {
        output::write_error_record(out, id, error, &how.record)
    };
    written.expect("writing to memory cannot fail");
}
