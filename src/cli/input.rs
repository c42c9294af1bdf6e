//! Reading documents from sources: a whole file (or standard input) is one document, or each
//! line of a JSON Lines or one-document-per-line stream is. A document that cannot be read
//! still comes out, carrying its error, so every input produces exactly one record.
//!
//! Reading is split in two so that only cheap work happens in order: [`RawDocuments`] cuts the
//! input into raw byte documents (one reader thread), and [`RawDocument::decode`] checks UTF-8
//! and parses JSON (on the worker threads). Bytes are moved, never copied, from the read buffer
//! into the document's text, so a 200 MB document is held once.

use super::args::InputFormat;
use super::sources::Source;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

/// One document to analyse, or the reason it could not be read.
#[derive(Debug)]
pub struct Document {
    pub id: String,
    pub text: Result<String, String>,
    /// Problems that did not stop processing (invalid UTF-8 replaced, …).
    pub warnings: Vec<String>,
}

impl Document {
    fn failed(id: String, error: String) -> Document {
        Document {
            id,
            text: Err(error),
            warnings: Vec::new(),
        }
    }
}

/// How raw bytes become a document.
#[derive(Clone, Debug)]
pub struct Decoding {
    pub format: InputFormat,
    pub fields: Fields,
    /// Invalid UTF-8 is an error instead of being replaced with a warning.
    pub strict_utf8: bool,
}

/// The JSONL field names.
#[derive(Clone, Debug)]
pub struct Fields {
    pub text: String,
    pub id: String,
}

/// A document as read, before its bytes are decoded.
#[derive(Debug)]
pub struct RawDocument {
    kind: RawKind,
    bytes: Vec<u8>,
}

#[derive(Debug)]
enum RawKind {
    /// A whole file or standard input.
    Whole { name: String },
    /// A line of a JSONL or one-document-per-line stream; `file` names a file source (for
    /// error messages), `None` for standard input.
    Line {
        file: Option<String>,
        line_no: usize,
    },
    /// A source that could not be read.
    Failed { id: String, error: String },
}

impl RawDocument {
    /// A whole document of `bytes` named `name`.
    #[cfg(test)]
    pub fn whole(name: String, bytes: Vec<u8>) -> RawDocument {
        RawDocument {
            kind: RawKind::Whole { name },
            bytes,
        }
    }

    /// The size of the document as read, in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Check and decode the bytes: UTF-8, and JSON for JSON Lines.
    pub fn decode(self, decoding: &Decoding) -> Document {
        let strict = decoding.strict_utf8;
        match self.kind {
            RawKind::Failed { id, error } => Document::failed(id, error),
            RawKind::Whole { name } => {
                let (text, warnings) = decode(self.bytes, strict);
                Document {
                    id: name,
                    text,
                    warnings,
                }
            }
            RawKind::Line { file, line_no } => match decoding.format {
                InputFormat::Jsonl => {
                    let mut doc = jsonl_document(self.bytes, line_no, &decoding.fields, strict);
                    if let (Some(file), Err(e)) = (&file, &mut doc.text) {
                        *e = format!("{file}: {e}");
                    }
                    doc
                }
                _ => lines_document(self.bytes, line_no, strict),
            },
        }
    }
}

/// Reads a source line by line, numbering the lines.
struct LineReader {
    reader: Box<dyn BufRead + Send>,
    name: String,
    file: Option<String>,
    line_no: usize,
}

/// The raw documents of all sources, in order.
pub struct RawDocuments<S> {
    sources: S,
    format: InputFormat,
    current: Option<LineReader>,
    buf: Vec<u8>,
}

/// Lines longer than this keep their read buffer (moved into the document); shorter ones are
/// copied out of a buffer that is reused.
const MOVE_LINES_FROM: usize = 1 << 16;

impl<S: Iterator<Item = Source>> RawDocuments<S> {
    pub fn new(sources: S, format: InputFormat) -> RawDocuments<S> {
        RawDocuments {
            sources,
            format,
            current: None,
            buf: Vec::new(),
        }
    }

    /// The next line of the current line-oriented source.
    fn next_line(&mut self) -> Option<RawDocument> {
        let current = self.current.as_mut()?;
        self.buf.clear();
        match current.reader.read_until(b'\n', &mut self.buf) {
            Ok(0) => {
                self.current = None;
                None
            }
            Ok(_) => {
                current.line_no += 1;
                let len = trim_newline(&self.buf).len();
                let bytes = if self.buf.capacity() >= MOVE_LINES_FROM {
                    let mut bytes = std::mem::take(&mut self.buf);
                    bytes.truncate(len);
                    bytes
                } else {
                    self.buf[..len].to_vec()
                };
                Some(RawDocument {
                    kind: RawKind::Line {
                        file: current.file.clone(),
                        line_no: current.line_no,
                    },
                    bytes,
                })
            }
            Err(e) => {
                let (name, line_no) = (current.name.clone(), current.line_no);
                self.current = None;
                Some(failed(
                    name.clone(),
                    format!("{name}: read error after line {line_no}: {e}"),
                ))
            }
        }
    }
}

impl<S: Iterator<Item = Source>> Iterator for RawDocuments<S> {
    type Item = RawDocument;

    fn next(&mut self) -> Option<RawDocument> {
        loop {
            if self.current.is_some() {
                if let Some(doc) = self.next_line() {
                    return Some(doc);
                }
                continue;
            }
            let source = self.sources.next()?;
            let name = source.name();
            let file = match &source {
                Source::Unreadable { name, error } => {
                    return Some(failed(name.clone(), error.clone()))
                }
                Source::Stdin => None,
                Source::File(_) => Some(name.clone()),
            };
            if self.format == InputFormat::Text {
                return Some(read_whole(&source, name));
            }
            match open(&source) {
                Ok(reader) => {
                    self.current = Some(LineReader {
                        reader,
                        name,
                        file,
                        line_no: 0,
                    })
                }
                Err(e) => return Some(failed(name.clone(), format!("{name}: {e}"))),
            }
        }
    }
}

fn failed(id: String, error: String) -> RawDocument {
    RawDocument {
        kind: RawKind::Failed { id, error },
        bytes: Vec::new(),
    }
}

fn open(source: &Source) -> io::Result<Box<dyn BufRead + Send>> {
    Ok(match source {
        Source::Stdin => Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
        Source::File(p) => Box::new(BufReader::with_capacity(1 << 16, File::open(p)?)),
        Source::Unreadable { error, .. } => return Err(io::Error::other(error.clone())),
    })
}

fn trim_newline(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// A whole file (or standard input) as one document, read into a buffer sized from the file's
/// length so a large file is neither copied nor over-allocated.
fn read_whole(source: &Source, name: String) -> RawDocument {
    let mut bytes = Vec::new();
    let read = match source {
        Source::File(p) => File::open(p).and_then(|mut f| {
            let len = f.metadata().map(|m| m.len() as usize).unwrap_or(0);
            bytes.reserve_exact(len.saturating_add(1));
            f.read_to_end(&mut bytes)
        }),
        _ => io::stdin().lock().read_to_end(&mut bytes),
    };
    if let Err(e) = read {
        let error = if e.kind() == io::ErrorKind::IsADirectory {
            format!("{name}: is a directory")
        } else {
            format!("{name}: {e}")
        };
        return failed(name, error);
    }
    if bytes.starts_with("\u{feff}".as_bytes()) {
        bytes.drain(..3);
    }
    RawDocument {
        kind: RawKind::Whole { name },
        bytes,
    }
}

/// Decode a document's bytes: NUL bytes mean a binary file; invalid UTF-8 is replaced by U+FFFD
/// with a warning (offsets then refer to the decoded text), or is an error when `strict`.
fn decode(bytes: Vec<u8>, strict: bool) -> (Result<String, String>, Vec<String>) {
    if memchr::memchr(0, &bytes).is_some() {
        return (Err("binary file, skipped".to_string()), Vec::new());
    }
    match String::from_utf8(bytes) {
        Ok(s) => (Ok(s), Vec::new()),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            if strict {
                return (
                    Err(format!("invalid UTF-8 at byte {at} (--strict-utf8)")),
                    Vec::new(),
                );
            }
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

/// One line of a one-document-per-line stream; its id is its line number.
fn lines_document(line: Vec<u8>, line_no: usize, strict: bool) -> Document {
    let (text, warnings) = decode(line, strict);
    Document {
        id: line_no.to_string(),
        text,
        warnings,
    }
}

/// The two fields of a JSONL object gazette reads; every other field is skipped unparsed.
#[derive(Default)]
struct Wanted {
    text: Option<Value>,
    id: Option<Value>,
}

/// Deserialises a [`Wanted`] from a JSON object, by the configured field names.
struct WantedSeed<'f>(&'f Fields);

impl<'de> DeserializeSeed<'de> for WantedSeed<'_> {
    type Value = Wanted;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Wanted, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for WantedSeed<'_> {
    type Value = Wanted;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Wanted, A::Error> {
        let mut wanted = Wanted::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == self.0.text {
                wanted.text = Some(map.next_value()?);
            } else if key == self.0.id {
                wanted.id = Some(map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(wanted)
    }
}

/// One line of JSON Lines input.
fn jsonl_document(line: Vec<u8>, line_no: usize, fields: &Fields, strict: bool) -> Document {
    let fail = |id: String, msg: String| Document::failed(id, format!("line {line_no}: {msg}"));
    let id = line_no.to_string();
    let (decoded, warnings) = match decode(line, strict) {
        (Ok(s), w) => (s, w),
        (Err(e), _) => return fail(id, e),
    };
    if decoded.trim().is_empty() {
        return fail(id, "empty line; expected a JSON object".to_string());
    }
    let mut de = serde_json::Deserializer::from_str(&decoded);
    let parsed = WantedSeed(fields)
        .deserialize(&mut de)
        .and_then(|w| de.end().map(|()| w));
    let wanted = match parsed {
        Ok(w) => w,
        Err(e) if e.classify() == serde_json::error::Category::Data => {
            return fail(id, "expected a JSON object".to_string())
        }
        Err(e) => {
            // The position serde gives is within this line: keep only its column.
            let message = e.to_string();
            let at = format!(" at line {} column {}", e.line(), e.column());
            let message = message.strip_suffix(&at).unwrap_or(&message);
            return fail(
                id,
                format!("not valid JSON: {message} at column {}", e.column()),
            );
        }
    };
    drop(de);
    drop(decoded);
    let id = match wanted.id {
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => id,
    };
    match wanted.text {
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

    fn jsonl(line: &[u8], line_no: usize) -> Document {
        jsonl_document(line.to_vec(), line_no, &fields(), false)
    }

    #[test]
    fn jsonl_line_with_id_and_text() {
        let d = jsonl(
            br#"{"id": "a1", "text": "Hello", "html": {"a": [1, 2]}}"#,
            3,
        );
        assert_eq!(d.id, "a1");
        assert_eq!(d.text.unwrap(), "Hello");
    }

    #[test]
    fn jsonl_without_id_uses_line_number() {
        let d = jsonl(br#"{"text": "Hello"}"#, 7);
        assert_eq!(d.id, "7");
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let d = jsonl(b"{oops", 4);
        assert_eq!(
            d.text.unwrap_err(),
            "line 4: not valid JSON: key must be a string at column 2"
        );
        let d = jsonl(br#"{"text": 5}"#, 5);
        assert_eq!(d.text.unwrap_err(), "line 5: field `text` is not a string");
        let d = jsonl(br#"{"body": "x"}"#, 6);
        assert!(d.text.unwrap_err().contains("--text-field"));
        let d = jsonl(b"[1, 2]", 8);
        assert_eq!(d.text.unwrap_err(), "line 8: expected a JSON object");
        let d = jsonl(br#"{"text": "a"} {"text": "b"}"#, 9);
        assert!(d.text.unwrap_err().starts_with("line 9: not valid JSON"));
    }

    #[test]
    fn jsonl_with_a_rejected_field_of_any_shape_still_reads() {
        let d = jsonl(br#"{"meta": {"text": 1}, "text": "Kyiv"}"#, 1);
        assert_eq!(d.text.unwrap(), "Kyiv");
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let (text, warnings) = decode(b"Putin \xff said".to_vec(), false);
        assert_eq!(text.unwrap(), "Putin \u{fffd} said");
        assert!(warnings[0].contains("byte 6"));
    }

    #[test]
    fn strict_utf8_makes_invalid_utf8_an_error() {
        let (text, _) = decode(b"Putin \xff said".to_vec(), true);
        assert_eq!(text.unwrap_err(), "invalid UTF-8 at byte 6 (--strict-utf8)");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(
            decode(b"\x00\x01".to_vec(), false).0.unwrap_err(),
            "binary file, skipped"
        );
    }

    #[test]
    fn lines_are_split_without_their_line_ends() {
        let lines: Vec<Vec<u8>> = b"a\r\n\nb"
            .split(|&b| b == b'\n')
            .map(<[u8]>::to_vec)
            .collect();
        let ends: Vec<&[u8]> = lines.iter().map(|l| trim_newline(l)).collect();
        assert_eq!(ends, [&b"a"[..], b"", b"b"]);
    }
}
