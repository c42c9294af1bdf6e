//! One type for every stretch of text the library reports: mentions, quotes, speakers and cues.
//!
//! Inside the library a span is a half-open range of **byte** offsets into the caller's text, so it
//! slices the text directly. Code points and UTF-16 units exist only at the output edge
//! (`output::offsets`).

use std::ops::Range;

/// A half-open byte range `start..end` inside a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` below `start` is raised to `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The covered text, or `""` if the span does not lie on character boundaries of `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span narrowed so that it starts and ends on non-whitespace.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.start..s.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_returns_empty_off_char_boundary() {
        let text = "Erdoğan";
        assert_eq!(Span::new(0, 4).slice(text), "Erdo");
        assert_eq!(Span::new(0, 5).slice(text), "");
    }

    #[test]
    fn overlap_is_half_open() {
        assert!(!Span::new(0, 3).overlaps(Span::new(3, 5)));
        assert!(Span::new(0, 4).overlaps(Span::new(3, 5)));
    }

    #[test]
    fn trim_drops_outer_whitespace() {
        let text = "  hello  ";
        assert_eq!(Span::new(0, 9).trim(text), Span::new(2, 7));
        assert!(Span::new(0, 2).trim(text).is_empty());
    }
}
