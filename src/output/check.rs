//! Checking a written record against its document: the promise of the output contract that
//! every span's `text` is the document between `start` and `end` in the record's offset unit.
//! The property tests and the fuzz target hold every record to it; a program that stores
//! records can use it to verify them.

use super::OffsetUnit;
use serde_json::Value;

/// Check every span of the JSON `record` (entity mentions, quotations, speakers, cues) against
/// `text`, the document it was written for, with offsets in `unit`.
pub fn check_record(text: &str, record: &[u8], unit: OffsetUnit) -> Result<(), String> {
    let value: Value =
        serde_json::from_slice(record).map_err(|e| format!("record is not JSON: {e}"))?;
    // Offset in the unit -> byte offset, where the offset falls between two characters.
    let mut at: Vec<Option<usize>> = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let width = match unit {
            OffsetUnit::Chars => 1,
            OffsetUnit::Bytes => c.len_utf8(),
            OffsetUnit::Utf16 => c.len_utf16(),
        };
        at.push(Some(i));
        at.extend(std::iter::repeat_n(None, width - 1));
    }
    at.push(Some(text.len()));
    let span = |v: &Value| -> Result<(), String> {
        let offset = |key: &str| {
            v[key]
                .as_u64()
                .and_then(|o| at.get(o as usize).copied().flatten())
                .ok_or_else(|| format!("{key} of {v} is not between two characters"))
        };
        let (start, end) = (offset("start")?, offset("end")?);
        match text.get(start..end) {
            Some(slice) if v["text"].as_str() == Some(slice) => Ok(()),
            _ => Err(format!("{v} does not match the document at its offsets")),
        }
    };
    let list = |v: &Value| v.as_array().cloned().unwrap_or_default();
    for entity in list(&value["entities"]) {
        list(&entity["mentions"]).iter().try_for_each(span)?;
    }
    for quote in list(&value["quotes"]) {
        span(&quote)?;
        for part in ["speaker", "cue"] {
            if !quote[part].is_null() {
                span(&quote[part])?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_checked_in_each_unit() {
        let text = "İ said “😀 Kyiv”";
        let record = |s: usize, e: usize| {
            format!(
                r#"{{"entities":[{{"mentions":[{{"text":"Kyiv","start":{s},"end":{e}}}]}}],"quotes":[]}}"#
            )
        };
        let kyiv = text.find("Kyiv").unwrap();
        let chars = text[..kyiv].chars().count();
        let utf16 = text[..kyiv].encode_utf16().count();
        assert!(check_record(text, record(chars, chars + 4).as_bytes(), OffsetUnit::Chars).is_ok());
        assert!(check_record(text, record(kyiv, kyiv + 4).as_bytes(), OffsetUnit::Bytes).is_ok());
        assert!(check_record(text, record(utf16, utf16 + 4).as_bytes(), OffsetUnit::Utf16).is_ok());
        assert!(check_record(text, record(kyiv, kyiv + 4).as_bytes(), OffsetUnit::Chars).is_err());
        // Inside the emoji's surrogate pair.
        assert!(check_record(
            text,
            record(utf16 - 2, utf16 + 4).as_bytes(),
            OffsetUnit::Utf16
        )
        .unwrap_err()
        .contains("between two characters"));
    }
}
