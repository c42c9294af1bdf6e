//! One document in, its output bytes out: decode, analyse, serialise. This is the work each
//! worker thread does, so the writer only copies finished bytes, in order. A large document's
//! record is the exception: the writer serialises it straight into the output (see [`Output`]).
//!
//! The library must never panic, but if it did on some document, the panic is caught here and
//! the document gets an error record like any other failure: one record per document holds
//! even then.

use super::input::{Decoding, Document, RawDocument};
use gazette::output::{self, RecordOptions};
use gazette::{Analysis, Extractor, QuoteKind, Tasks};
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
    /// The kinds of quotation to report.
    pub kinds: Vec<QuoteKind>,
    /// In the text format, a `== id` heading before each document's quotes.
    pub headings: bool,
    /// Documents of this many bytes or more are serialised by the writer, not buffered.
    pub write_directly_from: usize,
}

/// The usual value of [`Rendering::write_directly_from`].
pub const WRITE_DIRECTLY_FROM: usize = 8 << 20;

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
    Direct(WriteRecord),
}

/// Writes one record into the output.
pub type WriteRecord = Box<dyn FnOnce(&mut dyn Write) -> io::Result<()> + Send>;

impl Output {
    pub fn write_to(self, out: &mut dyn Write) -> io::Result<()> {
        match self {
            Output::Bytes(bytes) => out.write_all(&bytes),
            Output::Direct(write) => write(out),
        }
    }
}

/// Decode, analyse and serialise one document.
pub fn render(raw: RawDocument, extractor: &Extractor, how: &Rendering) -> Rendered {
    let doc = raw.decode(&how.decoding);
    let text = match &doc.text {
        Ok(text) => text,
        Err(error) => return failed(&doc.id, error, how),
    };
    let large = text.len() >= how.write_directly_from;
    let analysed = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut analysis = extractor.analyse_with(text, how.tasks);
        analysis.quotes.retain(|q| how.kinds.contains(&q.kind));
        if large {
            return Err(analysis);
        }
        // A full record is about twice its text (mention and quotation texts, keys, offsets):
        // sized once rather than grown and copied several times.
        let mut bytes = Vec::with_capacity(2 * text.len() + 256);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::args::InputFormat;
    use crate::cli::input::Fields;
    use gazette::output::OffsetUnit;

    fn rendering(write_directly_from: usize) -> Rendering {
        Rendering {
            decoding: Decoding {
                format: InputFormat::Text,
                fields: Fields {
                    text: "text".into(),
                    id: "id".into(),
                },
                strict_utf8: false,
            },
            tasks: Tasks::ALL,
            record: RecordOptions {
                unit: OffsetUnit::Chars,
                entities: true,
                quotes: true,
                pretty: false,
            },
            text_quotes: false,
            kinds: vec![QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed],
            headings: false,
            write_directly_from,
        }
    }

    fn bytes_of(r: Rendered) -> Vec<u8> {
        let mut out = Vec::new();
        r.output.write_to(&mut out).unwrap();
        out
    }

    #[test]
    fn a_large_document_written_directly_gives_the_same_record() {
        let extractor = Extractor::with_builtin().unwrap();
        let text = b"\xe2\x80\x9cWe will win,\xe2\x80\x9d Putin said in Istanbul.".to_vec();
        let raw = || RawDocument::whole("a.txt".into(), text.clone());
        let buffered = render(raw(), &extractor, &rendering(usize::MAX));
        let direct = render(raw(), &extractor, &rendering(0));
        assert!(matches!(buffered.output, Output::Bytes(_)));
        assert!(matches!(direct.output, Output::Direct(_)));
        assert_eq!(bytes_of(buffered), bytes_of(direct));
    }

    #[test]
    fn a_document_that_cannot_be_decoded_gets_an_error_record() {
        let extractor = Extractor::with_builtin().unwrap();
        let r = render(
            RawDocument::whole("b.bin".into(), vec![0, 1, 2]),
            &extractor,
            &rendering(0),
        );
        assert!(r.failed);
        let record = String::from_utf8(bytes_of(r)).unwrap();
        assert!(
            record.contains("\"error\":\"binary file, skipped\""),
            "{record}"
        );
    }
}
