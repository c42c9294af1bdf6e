//! Input readers: files, standard input, JSON Lines and one-document-per-line streams, turned
//! into a stream of documents. A document that cannot be read still comes out, carrying its
//! error, so every input produces exactly one record.

use super::args::InputFormat;
use serde_json::Value;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::PathBuf;

/// One document to analyse, or the reason it could not be read.
#[derive(Debug)]
pub struct Document {
    pub id: String,
    pub text: Result<String, String>,
    /// Problems that did not stop processing (invalid UTF-8 replaced, …).
    pub warnings: Vec<String>,
}

/// Where documents come from.
#[derive(Clone, Debug)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    fn open(&self) -> io::Result<Box<dyn BufRead + Send>> {
        Ok(match self {
            Source::Stdin => Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
            Source::File(p) => Box::new(BufReader::with_capacity(1 << 16, File::open(p)?)),
        })
    }
}

/// The JSONL field names.
#[derive(Clone, Debug)]
pub struct Fields {
    pub text: String,
    pub id: String,
}

/// An iterator over the documents of all sources, in order.
pub struct Documents {
    sources: VecDeque<Source>,
    format: InputFormat,
    fields: Fields,
    /// The line reader of the source being read, with its name and last line number.
    current: Option<(Box<dyn BufRead + Send>, String, usize)>,
    buf: Vec<u8>,
}

impl Documents {
    pub fn new(sources: Vec<Source>, format: InputFormat, fields: Fields) -> Documents {
        Documents {
            sources: sources.into(),
            format,
            fields,
            current: None,
            buf: Vec::new(),
        }
    }

    /// The next line of the current line-oriented source, as a document.
    fn next_line(&mut self) -> Option<Document> {
        let (reader, name, line_no) = self.current.as_mut()?;
        self.buf.clear();
        match reader.read_until(b'\n', &mut self.buf) {
            Ok(0) => {
                self.current = None;
                None
            }
            Ok(_) => {
                *line_no += 1;
                let line = trim_newline(&self.buf);
                Some(match self.format {
                    InputFormat::Jsonl => jsonl_document(line, *line_no, &self.fields),
                    _ => lines_document(line, *line_no),
                })
            }
            Err(e) => {
                let doc = Document {
                    id: name.clone(),
                    text: Err(format!("{name}: read error after line {line_no}: {e}")),
                    warnings: Vec::new(),
                };
                self.current = None;
                Some(doc)
            }
        }
    }
}

impl Iterator for Documents {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        loop {
            if self.current.is_some() {
                if let Some(doc) = self.next_line() {
                    return Some(doc);
                }
                continue;
            }
            let source = self.sources.pop_front()?;
            let name = source.name();
            if self.format == InputFormat::Text {
                return Some(read_whole(&source, name));
            }
            match source.open() {
                Ok(reader) => self.current = Some((reader, name, 0)),
                Err(e) => {
                    return Some(Document {
                        text: Err(format!("{name}: {e}")),
                        id: name,
                        warnings: Vec::new(),
                    })
                }
            }
        }
    }
}

fn trim_newline(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// A whole file (or standard input) as one document.
fn read_whole(source: &Source, name: String) -> Document {
    let mut bytes = Vec::new();
    let read = source
        .open()
        .and_then(|mut r| r.read_to_end(&mut bytes).map(|_| ()));
    if let Err(e) = read {
        return Document {
            text: Err(format!("{name}: {e}")),
            id: name,
            warnings: Vec::new(),
        };
    }
    let bytes = match bytes.strip_prefix("\u{feff}".as_bytes()) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let (text, warnings) = decode(bytes);
    Document {
        id: name,
        text,
        warnings,
    }
}

/// Decode a document's bytes: NUL bytes mean a binary file; invalid UTF-8 is replaced by U+FFFD
/// with a warning (offsets then refer to the decoded text).
fn decode(bytes: Vec<u8>) -> (Result<String, String>, Vec<String>) {
    if memchr::memchr(0, &bytes).is_some() {
        return (Err("binary file, skipped".to_string()), Vec::new());
    }
    match String::from_utf8(bytes) {
        Ok(s) => (Ok(s), Vec::new()),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            (
                Ok(text),
                vec![format!(
                    "invalid UTF-8 (first at byte {at}) replaced with U+FFFD; offsets refer to the decoded text"
                )],
            )
        }
    }
}

/// One line of a one-document-per-line stream.
fn lines_document(line: &[u8], line_no: usize) -> Document {
    let (text, warnings) = decode(line.to_vec());
    Document {
        id: line_no.to_string(),
        text,
        warnings,
    }
}

/// One line of JSON Lines input.
fn jsonl_document(line: &[u8], line_no: usize, fields: &Fields) -> Document {
    let id = line_no.to_string();
    let fail = |id: String, msg: String| Document {
        id,
        text: Err(format!("line {line_no}: {msg}")),
        warnings: Vec::new(),
    };
    let (decoded, warnings) = match decode(line.to_vec()) {
        (Ok(s), w) => (s, w),
        (Err(e), _) => return fail(id, e),
    };
    if decoded.trim().is_empty() {
        return fail(id, "empty line; expected a JSON object".to_string());
    }
    let value: Value = match serde_json::from_str(&decoded) {
        Ok(v) => v,
        Err(e) => return fail(id, format!("not valid JSON: {e}")),
    };
    let Value::Object(mut obj) = value else {
        return fail(id, "expected a JSON object".to_string());
    };
    let id = match obj.get(&fields.id) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => id,
    };
    match obj.remove(&fields.text) {
        Some(Value::String(text)) => Document {
            id,
            text: Ok(text),
            warnings,
        },
        Some(_) => fail(id, format!("field `{}` is not a string", fields.text)),
        None => fail(
            id,
            format!(
                "no `{}` field; name the text field with --text-field",
                fields.text
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> Fields {
        Fields {
            text: "text".into(),
            id: "id".into(),
        }
    }

    #[test]
    fn jsonl_line_with_id_and_text() {
        let d = jsonl_document(br#"{"id": "a1", "text": "Hello"}"#, 3, &fields());
        assert_eq!(d.id, "a1");
        assert_eq!(d.text.unwrap(), "Hello");
    }

    #[test]
    fn jsonl_without_id_uses_line_number() {
        let d = jsonl_document(br#"{"text": "Hello"}"#, 7, &fields());
        assert_eq!(d.id, "7");
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let d = jsonl_document(b"{oops", 4, &fields());
        assert!(d.text.unwrap_err().starts_with("line 4: not valid JSON"));
        let d = jsonl_document(br#"{"text": 5}"#, 5, &fields());
        assert_eq!(d.text.unwrap_err(), "line 5: field `text` is not a string");
        let d = jsonl_document(br#"{"body": "x"}"#, 6, &fields());
        assert!(d.text.unwrap_err().contains("--text-field"));
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let (text, warnings) = decode(b"Putin \xff said".to_vec());
        assert_eq!(text.unwrap(), "Putin \u{fffd} said");
        assert!(warnings[0].contains("byte 6"));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(
            decode(b"\x00\x01".to_vec()).0.unwrap_err(),
            "binary file, skipped"
        );
    }
}
