//! A word in lower case without an allocation when it is short ASCII, as nearly every word of
//! news copy is: rules compare words against lists many times per sentence.

/// Longest ASCII word kept on the stack.
const STACK: usize = 24;

/// `word` in lower case; see [`Lower::as_str`].
pub enum Lower {
    Stack([u8; STACK], usize),
    Heap(String),
}

impl Lower {
    pub fn new(word: &str) -> Lower {
        if word.is_ascii() && word.len() <= STACK {
            let mut buf = [0u8; STACK];
            buf[..word.len()].copy_from_slice(word.as_bytes());
            buf[..word.len()].make_ascii_lowercase();
            Lower::Stack(buf, word.len())
        } else {
            Lower::Heap(word.to_lowercase())
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            // Lower-cased ASCII is ASCII: the conversion cannot fail.
            Lower::Stack(buf, len) => std::str::from_utf8(&buf[..*len]).unwrap_or_default(),
            Lower::Heap(s) => s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_short_ascii_long_words_and_other_scripts() {
        assert_eq!(Lower::new("Monday").as_str(), "monday");
        assert_eq!(Lower::new("").as_str(), "");
        let long = "Antidisestablishmentarianism-Related";
        assert_eq!(Lower::new(long).as_str(), long.to_lowercase());
        assert_eq!(Lower::new("İSTANBUL").as_str(), "İSTANBUL".to_lowercase());
        assert_eq!(Lower::new("ÉLYSÉE").as_str(), "élysée");
    }
}
