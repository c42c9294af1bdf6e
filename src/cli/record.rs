//! One document in, its output bytes out: decode, analyse, serialise. This is the work each
//! worker thread does, so the writer only copies finished bytes, in order. A large document's
//! record is the exception: the writer serialises it straight into the output (see [`Output`]).
//!
//! The library must never panic, but if it did on some document, the panic is caught here and
//! the document gets an error record like any other failure: one record per document holds
//! even then.

use super::input::{Decoding, Document, RawDocument};
use gazette::output::{self, RecordOptions};
use gazette::{Analysis, Extractor, Tasks};
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
pub struct Rendered {
    pub output: Output,
    /// The record carries an `error`.
    pub failed: bool,
}

/// The bytes of a record, or, for a large document, the analysis to serialise straight into
/// the output when its turn comes: a record can be several times the size of its text, and
/// buffering it whole would multiply the peak memory of a 200 MB document.
pub enum Output {
    Bytes(Vec<u8>),
    Direct(Box<dyn FnOnce(&mut dyn Write) -> io::Result<()> + Send>),
}

impl Output {
    pub fn write_to(self, out: &mut dyn Write) -> io::Result<()> {
        match self {
            Output::Bytes(bytes) => out.write_all(&bytes),
            Output::Direct(write) => write(out),
        }
    }
}

/// Documents of this many bytes or more are serialised by the writer, not buffered.
const WRITE_DIRECTLY_FROM: usize = 8 << 20;

/// Decode, analyse and serialise one document.
pub fn render(raw: RawDocument, extractor: &Extractor, how: &Rendering) -> Rendered {
    let doc = raw.decode(&how.decoding);
    let text = match &doc.text {
        Ok(text) => text,
        Err(error) => return failed(&doc.id, error, how),
    };
    let large = text.len() >= WRITE_DIRECTLY_FROM;
    let analysed = panic::catch_unwind(AssertUnwindSafe(|| {
        let analysis = extractor.analyse_with(text, how.tasks);
        if large {
            return Err(analysis);
        }
        let mut bytes = Vec::with_capacity(256);
        write_analysis(&mut bytes, &doc, text, &analysis, how)
            .expect("writing to memory cannot fail");
        Ok(bytes)
    }));
    let output = match analysed {
        Ok(Ok(bytes)) => Output::Bytes(bytes),
        Ok(Err(analysis)) => {
            let how = how.clone();
            Output::Direct(Box::new(move |out: &mut dyn Write| {
                let text = doc.text.as_deref().unwrap_or_default();
                write_analysis(out, &doc, text, &analysis, &how)
            }))
        }
        Err(payload) => {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let error = format!("internal error while analysing this document: {why}");
            return failed(&doc.id, &error, how);
        }
    };
    Rendered {
        output,
        failed: false,
    }
}

fn write_analysis<W: Write + ?Sized>(
    mut out: &mut W,
    doc: &Document,
    text: &str,
    analysis: &Analysis,
    how: &Rendering,
) -> io::Result<()> {
    if how.text_quotes {
        let heading = how.headings.then_some(doc.id.as_str());
        output::text::write_quotes(&mut out, heading, text, analysis)
    } else {
        output::write_record(
            &mut out,
            &doc.id,
            &doc.warnings,
            text,
            analysis,
            &how.record,
        )
    }
}

fn failed(id: &str, error: &str, how: &Rendering) -> Rendered {
    let mut out = Vec::new();
    let written: io::Result<()> = if how.text_quotes {
        writeln!(out, "== {id}: error: {error}")
    } else {
        output::write_error_record(&mut out, id, error, &how.record)
    };
    written.expect("writing to memory cannot fail");
    Rendered {
        output: Output::Bytes(out),
        failed: true,
    }
}
