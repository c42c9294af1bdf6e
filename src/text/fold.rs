//! Folding: one spelling for the many ways news text writes the same name.
//!
//! Wire copy, web pages and user gazetteers disagree on apostrophes (`’` or `'`), hyphens and
//! dashes, spaces (no-break, thin, line breaks inside a name) and diacritics (`Erdoğan` or
//! `Erdogan`, `İstanbul` or `Istanbul`). Names and documents are both folded to one form before
//! matching, and [`Folded`] keeps an exact map back to the original byte offsets, so every reported
//! span still slices the text the user gave us.
//!
//! Folding keeps case: matching is case-sensitive, and `May` and `may` stay apart.

use crate::span::Span;
use std::borrow::Cow;

/// A folded copy of a text plus the map from folded byte offsets back to original ones.
#[derive(Debug, Clone)]
pub struct Folded<'t> {
    text: Cow<'t, str>,
    /// `(folded offset, original offset)` at every point where the distance between the two
    /// changes; between points, offsets advance together. Empty when nothing was rewritten.
    breaks: Vec<(usize, usize)>,
}

/// What one original character becomes.
enum Fold {
    Keep,
    Whitespace { newline: bool },
    Replace(&'static str),
}

fn fold_char(c: char) -> Fold {
    match c {
        ' ' => Fold::Whitespace { newline: false },
        '\n' => Fold::Whitespace { newline: true },
        '\t' | '\r' | '\u{0b}' | '\u{0c}' => Fold::Whitespace { newline: false },
        '\u{85}' | '\u{2028}' | '\u{2029}' => Fold::Whitespace { newline: true },
        c if c.is_ascii() => Fold::Keep,
        // Apostrophes and the marks used in their place.
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{2032}' | '\u{00b4}' | '\u{02b9}'
        | '\u{02bb}' => Fold::Replace("'"),
        // Hyphens, dashes and minus signs.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{fe63}' | '\u{ff0d}' => Fold::Replace("-"),
        // Invisible characters that only hint at line breaking.
        '\u{00ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => {
            Fold::Replace("")
        }
        c if c.is_whitespace() => Fold::Whitespace { newline: false },
        c if is_latin_letter(c) => match deunicode::deunicode_char(c) {
            Some(r) if !r.is_empty() && r.bytes().all(|b| b.is_ascii_alphabetic()) => {
                Fold::Replace(r)
            }
            _ => Fold::Keep,
        },
        _ => Fold::Keep,
    }
}

/// Latin letters outside ASCII: the ones whose diacritics we drop.
fn is_latin_letter(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF)
        && c.is_alphabetic()
}

/// Fold a short string such as a gazetteer name; the offset map is not kept.
pub fn fold_str(s: &str) -> String {
    Folded::new(s.trim()).as_str().trim().to_string()
}

impl<'t> Folded<'t> {
    /// Fold `text`. Pure ASCII text with single spaces and single line breaks is borrowed as is.
    pub fn new(text: &'t str) -> Folded<'t> {
        if !needs_folding(text.as_bytes()) {
            return Folded {
                text: Cow::Borrowed(text),
                breaks: Vec::new(),
            };
        }
        let mut out = String::with_capacity(text.len());
        let mut breaks = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        // Original offset minus folded offset after the last break.
        let mut delta: isize = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // Fast path: a run of plain ASCII characters other than whitespace, and single
            // spaces between them, all kept as they are.
            let plain = |b: u8| b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0b;
            if plain(b) {
                let mut j = i + 1;
                while j < bytes.len() {
                    if plain(bytes[j])
                        || bytes[j] == b' ' && bytes.get(j + 1).is_some_and(|&n| plain(n))
                    {
                        j += 1;
                    } else {
                        break;
                    }
                }
                out.push_str(&text[i..j]);
                i = j;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            let clen = c.len_utf8();
            match fold_char(c) {
                Fold::Keep => {
                    out.push(c);
                    i += clen;
                }
                Fold::Replace(r) => {
                    out.push_str(r);
                    i += clen;
                }
                Fold::Whitespace { newline } => {
                    // A run of whitespace becomes one space, or one line break when the run holds
                    // two or more line breaks (a paragraph break, which no name may cross).
                    let mut newlines = usize::from(newline);
                    let mut j = i + clen;
                    while let Some(c2) = text[j..].chars().next() {
                        match fold_char(c2) {
                            Fold::Whitespace { newline } => {
                                newlines += usize::from(newline);
                                j += c2.len_utf8();
                            }
                            _ => break,
                        }
                    }
                    out.push(if newlines >= 2 { '\n' } else { ' ' });
                    i = j;
                }
            }
            let d = i as isize - out.len() as isize;
            if d != delta {
                breaks.push((out.len(), i));
                delta = d;
            }
        }
        Folded {
            text: Cow::Owned(out),
            breaks,
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte offset of folded offset `pos`.
    pub fn to_original(&self, pos: usize) -> usize {
        let k = self.breaks.partition_point(|&(f, _)| f <= pos);
        if k == 0 {
            pos
        } else {
            let (f, o) = self.breaks[k - 1];
            o + (pos - f)
        }
    }

    /// The folded offset of original offset `pos`, for a position that starts a character
    /// which is not inside a run of whitespace.
    pub fn to_folded(&self, pos: usize) -> usize {
        let k = self.breaks.partition_point(|&(_, o)| o <= pos);
        if k == 0 {
            pos
        } else {
            let (f, o) = self.breaks[k - 1];
            f + (pos - o)
        }
    }

    /// The original span of a folded span, or `None` if it would not fall on character
    /// boundaries of `original` (possible only inside a letter that folded to several).
    pub fn to_original_span(&self, original: &str, start: usize, end: usize) -> Option<Span> {
        let (s, e) = (self.to_original(start), self.to_original(end));
        (s <= e && original.is_char_boundary(s) && original.is_char_boundary(e))
            .then(|| Span::new(s, e))
    }
}

/// True when folding would change anything: a non-ASCII byte, a control-like whitespace byte,
/// a line break (it folds to a space, or marks a paragraph), or two spaces in a row.
fn needs_folding(bytes: &[u8]) -> bool {
    let mut prev_space = false;
    for &b in bytes {
        if !b.is_ascii() || matches!(b, b'\n' | b'\t' | b'\r' | 0x0b | 0x0c) {
            return true;
        }
        let space = b == b' ';
        if space && prev_space {
            return true;
        }
        prev_space = space;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_round_trip(original: &str, folded_expected: &str) {
        let f = Folded::new(original);
        assert_eq!(f.as_str(), folded_expected);
        assert_eq!(f.to_original(0), 0);
        assert_eq!(f.to_original(f.as_str().len()), original.len());
    }

    #[test]
    fn ascii_text_is_borrowed() {
        let f = Folded::new("Vladimir Putin said. Then he left.");
        assert!(matches!(f.text, Cow::Borrowed(_)));
        let f = Folded::new("Vladimir\nPutin");
        assert_eq!(f.as_str(), "Vladimir Putin");
        assert_eq!(f.to_original(9), 9);
    }

    #[test]
    fn diacritics_fold_to_ascii_with_exact_offsets() {
        check_round_trip("Erdoğan met İstanbul", "Erdogan met Istanbul");
        let text = "Dolmabahçe Palace";
        let f = Folded::new(text);
        let span = f.to_original_span(text, 11, 17).unwrap();
        assert_eq!(span.slice(text), "Palace");
    }

    #[test]
    fn apostrophes_and_dashes_fold() {
        check_round_trip("Putin’s Kyiv–Moscow", "Putin's Kyiv-Moscow");
    }

    #[test]
    fn whitespace_runs_collapse_but_paragraph_breaks_stay() {
        check_round_trip("Vladimir\r\nPutin", "Vladimir Putin");
        check_round_trip("Vladimir \u{a0} Putin", "Vladimir Putin");
        check_round_trip("Vladimir\n\nPutin", "Vladimir\nPutin");
    }

    #[test]
    fn folded_letters_map_back_to_whole_characters() {
        let text = "İİİ Putin";
        let f = Folded::new(text);
        assert_eq!(f.as_str(), "III Putin");
        let span = f.to_original_span(text, 4, 9).unwrap();
        assert_eq!(span.slice(text), "Putin");
    }

    #[test]
    fn maps_original_offsets_to_folded() {
        let text = "Erdoğan\n\nİSTANBUL, May";
        let f = Folded::new(text);
        let at = text.find('İ').unwrap();
        assert_eq!(&f.as_str()[f.to_folded(at)..], "ISTANBUL, May");
    }

    #[test]
    fn non_latin_scripts_are_kept() {
        check_round_trip("Путин 中国", "Путин 中国");
    }

    #[test]
    fn fold_str_trims() {
        assert_eq!(fold_str("  Recep Tayyip  Erdoğan "), "Recep Tayyip Erdogan");
    }
}
