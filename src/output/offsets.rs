//! Offsets at the output edge: byte offsets converted to code points (the default, so Python's
//! `text[start:end]` slices a mention) or UTF-16 units (JavaScript, Java), or left as bytes.

use serde::Deserialize;

/// The unit every offset in the output counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// Unicode code points.
    #[default]
    Chars,
    /// UTF-8 bytes.
    Bytes,
    /// UTF-16 code units.
    Utf16,
}

/// Converts byte offsets of one text into the chosen unit.
///
/// It keeps the converted offset of one character boundary every [`STRIDE`] bytes; a
/// conversion counts from the nearest boundary below. Memory is a sixteenth of the text's size
/// at most, whatever the number of offsets, and each conversion reads fewer than `STRIDE + 4`
/// bytes.
#[derive(Debug)]
pub struct OffsetConverter<'t> {
    text: &'t [u8],
    unit: OffsetUnit,
    /// Per stride `k`: the converted offset of the character boundary at or below
    /// `k * STRIDE`, shifted left by two, with how far below it is (0 to 3 bytes) in the low
    /// two bits; empty when bytes and the unit agree.
    checkpoints: Vec<u32>,
}

/// Bytes between checkpoints.
pub const STRIDE: usize = 64;

/// Longest text with checkpoints: converted offsets must fit in 30 bits.
const MAX_INDEXED: usize = 1 << 30;

impl<'t> OffsetConverter<'t> {
    /// Prepare to convert offsets of `text`. (`_offsets` names the offsets a caller will ask
    /// for; they need no preparation.)
    pub fn new(text: &'t str, unit: OffsetUnit, _offsets: impl IntoIterator<Item = usize>) -> Self {
        let bytes = text.as_bytes();
        if unit == OffsetUnit::Bytes || text.is_ascii() || bytes.len() >= MAX_INDEXED {
            return OffsetConverter {
                text: bytes,
                unit: if unit == OffsetUnit::Bytes || text.is_ascii() {
                    OffsetUnit::Bytes
                } else {
                    unit
                },
                checkpoints: Vec::new(),
            };
        }
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let (mut pos, mut count) = (0usize, 0usize);
        for k in 0..=bytes.len() / STRIDE {
            let end = (k * STRIDE).min(bytes.len());
            let mut at = end;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            count += units_in(&bytes[pos..at], unit);
            pos = at;
            // A character is at most four bytes long, so `end - at` is at most 3.
            checkpoints.push(((count as u32) << 2) | (end - at) as u32);
        }
        OffsetConverter {
            text: bytes,
            unit,
            checkpoints,
        }
    }

    /// The converted value of byte offset `byte` (a character boundary of the text).
    pub fn convert(&self, byte: usize) -> usize {
        if self.checkpoints.is_empty() {
            return if self.unit == OffsetUnit::Bytes {
                byte
            } else {
                units_in(&self.text[..byte.min(self.text.len())], self.unit)
            };
        }
        let byte = byte.min(self.text.len());
        let k = (byte / STRIDE).min(self.checkpoints.len() - 1);
        let point = self.checkpoints[k];
        let at = ((k * STRIDE).min(self.text.len()) - (point & 3) as usize).min(byte);
        (point >> 2) as usize + units_in(&self.text[at..byte], self.unit)
    }
}

/// Number of `unit`s in a run of UTF-8 bytes that starts and ends on character boundaries.
fn units_in(bytes: &[u8], unit: OffsetUnit) -> usize {
    // A character starts at every byte that is not a continuation byte; characters beyond the
    // Basic Multilingual Plane (4-byte sequences) take two UTF-16 units.
    let chars = bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
    match unit {
        OffsetUnit::Chars => chars,
        OffsetUnit::Utf16 => chars + bytes.iter().filter(|&&b| b >= 0xF0).count(),
        OffsetUnit::Bytes => bytes.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_to_code_points_and_utf16() {
        let text = "İ 😀 Putin";
        let start = text.find("Putin").unwrap();
        let chars = OffsetConverter::new(text, OffsetUnit::Chars, [start, text.len()]);
        assert_eq!(chars.convert(start), 4);
        assert_eq!(chars.convert(text.len()), 9);
        let utf16 = OffsetConverter::new(text, OffsetUnit::Utf16, [start]);
        assert_eq!(utf16.convert(start), 5);
        let bytes = OffsetConverter::new(text, OffsetUnit::Bytes, [start]);
        assert_eq!(bytes.convert(start), start);
    }

    #[test]
    fn ascii_text_needs_no_table() {
        let c = OffsetConverter::new("Putin", OffsetUnit::Utf16, [0, 5]);
        assert!(c.checkpoints.is_empty());
        assert_eq!(c.convert(5), 5);
    }

    #[test]
    fn long_text_converts_across_checkpoints() {
        let text = "ğü😀 ".repeat(500);
        for unit in [OffsetUnit::Chars, OffsetUnit::Utf16] {
            let c = OffsetConverter::new(&text, unit, []);
            // Every boundary: the checkpoints fall 0 to 3 bytes inside a character.
            let ends = text.char_indices().map(|(b, _)| b).chain([text.len()]);
            for b in ends {
                let want = match unit {
                    OffsetUnit::Chars => text[..b].chars().count(),
                    _ => text[..b].encode_utf16().count(),
                };
                assert_eq!(c.convert(b), want, "{unit:?} at {b}");
            }
        }
    }
}
