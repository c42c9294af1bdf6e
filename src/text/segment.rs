//! Segmentation: paragraphs, sentence boundaries and word tokens.
//!
//! News conventions decide the paragraph: when a document has blank lines, they separate
//! paragraphs, and inside a block between them single line breaks are only wrapping if the
//! block's lines are as short as hard-wrapped text's ([`WRAP_WIDTH`]); otherwise (copy with a
//! headline, a blank line, then one paragraph per line) each line is a paragraph. A document
//! with no blank line has one paragraph per line. Quotation rules (a quote never crosses a
//! paragraph; a multi-paragraph quotation reopens each paragraph) depend on this.

use crate::lexicon::ABBREVIATIONS;
use crate::span::Span;

/// The longest line, in bytes, that hard-wrapped text has: wrapping is done at 60 to 100
/// characters, and some of them take two or three bytes.
pub const WRAP_WIDTH: usize = 150;

/// The paragraphs of `text`, trimmed, in order; empty ones are skipped.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let blank_lines = has_blank_line(text);
    let mut out = Vec::new();
    // The lines of the block being read, as (start, end) without the line break.
    let mut block: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    let ends = memchr::memchr_iter(b'\n', bytes).chain([text.len()]);
    for nl in ends {
        let line = (line_start, nl);
        line_start = nl + 1;
        if !blank_lines {
            push_trimmed(text, line.0, line.1, &mut out);
            continue;
        }
        if text[line.0..line.1].trim().is_empty() {
            push_block(text, &block, &mut out);
            block.clear();
        } else {
            block.push(line);
        }
    }
    push_block(text, &block, &mut out);
    out
}

/// A block of lines between blank lines: one wrapped paragraph when every line but the last is
/// no longer than [`WRAP_WIDTH`], else one paragraph per line.
fn push_block(text: &str, block: &[(usize, usize)], out: &mut Vec<Span>) {
    let (Some(first), Some(last)) = (block.first(), block.last()) else {
        return;
    };
    let wrapped = block[..block.len() - 1]
        .iter()
        .all(|&(s, e)| e - s <= WRAP_WIDTH);
    if wrapped {
        push_trimmed(text, first.0, last.1, out);
    } else {
        for &(s, e) in block {
            push_trimmed(text, s, e, out);
        }
    }
}

fn has_blank_line(text: &str) -> bool {
    let mut prev = None;
    for nl in memchr::memchr_iter(b'\n', text.as_bytes()) {
        if let Some(p) = prev {
            if text[p + 1..nl].trim().is_empty() {
                return true;
            }
        }
        prev = Some(nl);
    }
    false
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let span = Span::new(start, end).trim(text);
    if !span.is_empty() {
        out.push(span);
    }
}

/// True when the `.`, `!` or `?` at byte `i` ends a sentence: it is followed (after closing
/// quotes or brackets) by whitespace and then a capital, a digit, an opening quote or the end,
/// and a period does not close an abbreviation or an initial.
pub fn ends_sentence(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    let Some(&c) = b.get(i) else { return false };
    if !matches!(c, b'.' | b'!' | b'?') {
        return false;
    }
    // Skip closing quotes and brackets.
    let mut j = i + 1;
    loop {
        let rest = &text[j..];
        let Some(ch) = rest.chars().next() else {
            return true;
        };
        if matches!(ch, '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
            j += ch.len_utf8();
        } else {
            break;
        }
    }
    let rest = &text[j..];
    let after_space = rest.trim_start();
    if after_space.len() == rest.len() {
        // No whitespace after: "U.S.-led", "3.5", "...".
        return false;
    }
    match after_space.chars().next() {
        None => true,
        Some(ch) if ch.is_lowercase() => false,
        // "No. 10 Downing Street"
        Some(ch) if ch.is_ascii_digit() && text[..i].ends_with("No") => false,
        Some(_) => c != b'.' || !is_abbreviation_before(text, i),
    }
}

/// True when the word ending at the period at byte `dot` is an abbreviation or an initial.
fn is_abbreviation_before(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = &text[start..=dot];
    // A single capital letter: an initial ("George W. Bush").
    let core = word.trim_end_matches('.');
    if core.chars().count() == 1 && core.chars().all(char::is_uppercase) {
        return true;
    }
    // Dotted acronyms: "U.S.", "U.N."
    if core.contains('.') && core.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    ABBREVIATIONS.contains(word)
}

/// A word or a punctuation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner apostrophes, hyphens and periods (`don’t`, `Kyiv-based`,
    /// `U.S`): the trailing period of an abbreviation is a separate token.
    Word,
    /// Any other character that is not whitespace.
    Punct,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// Tokenize `span` of `text` into words and punctuation.
pub fn tokens(text: &str, span: Span, out: &mut Vec<Token>) {
    out.clear();
    let s = span.slice(text);
    let bytes = s.as_bytes();
    let base = span.start;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII is classified by its byte; other characters are decoded.
        let (word, len) = if b.is_ascii() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                i += 1;
                continue;
            }
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let (c, len) = char_at(s, i);
            if c.is_whitespace() {
                i += len;
                continue;
            }
            (c.is_alphanumeric(), len)
        };
        if !word {
            out.push(Token {
                span: Span::new(base + i, base + i + len),
                kind: TokenKind::Punct,
            });
            i += len;
            continue;
        }
        let start = i;
        i += len;
        while i < s.len() {
            // ASCII letters and digits in a tight loop; anything else below.
            if bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            if bytes[i].is_ascii() && !matches!(bytes[i], b'\'' | b'-' | b'.') {
                break;
            }
            let (d, dl) = char_at(s, i);
            if d.is_alphanumeric() {
                i += dl;
                continue;
            }
            // Inner joiners stay in the word only when a letter or digit follows.
            if matches!(d, '\'' | '’' | '-' | '‑' | '.')
                && i + dl < s.len()
                && char_at(s, i + dl).0.is_alphanumeric()
            {
                i += dl;
                continue;
            }
            break;
        }
        out.push(Token {
            span: Span::new(base + start, base + i),
            kind: TokenKind::Word,
        });
    }
}

/// The character at byte `i` of `s` (a character boundary below `s.len()`) and its length;
/// ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        return (b as char, 1);
    }
    let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para_texts(text: &str) -> Vec<&str> {
        paragraphs(text).iter().map(|p| p.slice(text)).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_single_breaks_wrap() {
        let text = "Head line\n\nFirst para\nwraps here.\n \nSecond.\n";
        assert_eq!(
            para_texts(text),
            ["Head line", "First para\nwraps here.", "Second."]
        );
    }

    #[test]
    fn long_lines_after_a_blank_line_are_paragraphs_of_their_own() {
        // A headline, a blank line, then one paragraph per line: no hard-wrapped text has lines
        // this long.
        let first = "Mr. Putin said the talks would go on. ".repeat(5);
        let text = format!("Head line\n\n{first}\n“We will see,” he said.\n");
        assert_eq!(
            para_texts(&text),
            ["Head line", first.trim_end(), "“We will see,” he said."]
        );
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        assert_eq!(
            para_texts("One.\r\nTwo.\nThree."),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn sentence_ends_skip_abbreviations_and_initials() {
        let t = "Mr. Putin met U.S. officials. George W. Bush left! Then 3.5 more.";
        let ends: Vec<usize> = t
            .char_indices()
            .filter(|&(i, _)| ends_sentence(t, i))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(
            ends,
            [
                t.find("officials.").unwrap() + 9,
                t.find("left!").unwrap() + 4,
                t.len() - 1
            ]
        );
    }

    #[test]
    fn sentence_end_after_closing_quote() {
        let t = "He said “No.” Then left.";
        assert!(ends_sentence(t, t.find("No.").unwrap() + 2));
    }

    #[test]
    fn tokens_keep_inner_apostrophes_and_hyphens() {
        let t = "Putin’s Kyiv-based U.S. aides, don't.";
        let mut out = Vec::new();
        tokens(t, Span::new(0, t.len()), &mut out);
        let words: Vec<&str> = out.iter().map(|k| k.text(t)).collect();
        assert_eq!(
            words,
            [
                "Putin’s",
                "Kyiv-based",
                "U.S",
                ".",
                "aides",
                ",",
                "don't",
                "."
            ]
        );
    }
}
