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
/// It is built for the offsets a record uses: they are sorted and counted in one pass over the
/// text, so the cost is linear in the text plus `k log k` in the number of offsets, and nothing
/// is kept per byte.
#[derive(Debug)]
pub struct OffsetConverter {
    unit: OffsetUnit,
    /// Sorted `(byte offset, converted offset)`; empty when bytes and the unit agree.
    table: Vec<(usize, usize)>,
}

impl OffsetConverter {
    /// Prepare to convert `offsets` (byte offsets on character boundaries of `text`).
    pub fn new(text: &str, unit: OffsetUnit, offsets: impl IntoIterator<Item = usize>) -> Self {
        if unit == OffsetUnit::Bytes || text.is_ascii() {
            return OffsetConverter {
                unit: OffsetUnit::Bytes,
                table: Vec::new(),
            };
        }
        let mut wanted: Vec<usize> = offsets.into_iter().collect();
        wanted.sort_unstable();
        wanted.dedup();
        let bytes = text.as_bytes();
        let mut table = Vec::with_capacity(wanted.len());
        let (mut pos, mut count) = (0usize, 0usize);
        for off in wanted {
            let off = off.min(bytes.len());
            count += units_in(&bytes[pos..off], unit);
            pos = off;
            table.push((off, count));
        }
        OffsetConverter { unit, table }
    }

    /// The converted value of byte offset `byte`, which must have been passed to `new`.
    pub fn convert(&self, byte: usize) -> usize {
        if self.unit == OffsetUnit::Bytes {
            return byte;
        }
        match self.table.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(k) => self.table[k].1,
            // Not prepared: fall back to the nearest prepared offset below (never reached by
            // the output layer, which prepares every offset it writes).
            Err(0) => 0,
            Err(k) => self.table[k - 1].1,
        }
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
        assert!(c.table.is_empty());
        assert_eq!(c.convert(5), 5);
    }
}
