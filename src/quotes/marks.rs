//! Quotation marks: which characters open and close quotations, paired within paragraphs.
//!
//! Rules, from newsroom typography:
//! - curly `“…”`, low `„…“`, guillemets `«…»`, and straight `"…"` or doubled `''…''` (paired by
//!   alternation) enclose quotations; `‘…’`, `‹…›` and straight singles enclose a quotation when
//!   no double quotation is open (British style) and are nested quotes inside one;
//! - an apostrophe never opens or closes: `I’ll`, `Putin’s`, `’90s`, `rock ’n’ roll`; a `’` after a
//!   word (`the Joneses’ house`) closes a single quotation only if no better closer follows;
//! - nothing crosses a paragraph. A quotation still open at the end of its paragraph is kept (cut
//!   at the paragraph end) only when the next paragraph reopens with an opening mark (a quotation
//!   running over several paragraphs) or when it opened the paragraph; otherwise the mark was
//!   stray and yields nothing.

use crate::span::Span;

/// A quotation found between marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quoted {
    /// The quoted words, without marks and outer whitespace.
    pub content: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quotation runs to the paragraph end.
    pub close: Option<Span>,
    /// Index of the paragraph.
    pub paragraph: usize,
    /// The quotation is still open at the paragraph end and the next paragraph reopens it.
    pub continues: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// Straight marks: open or close by alternation.
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug)]
struct Found {
    span: Span,
    mark: Mark,
    level: Level,
    /// A single closer that is less likely than a later one (`Joneses’ house`).
    weak: bool,
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Classify the marks of one paragraph in order.
fn classify(text: &str, para: Span) -> Vec<Found> {
    let s = para.slice(text);
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Every mark is `"`, `'`, or a character whose UTF-8 form starts with 0xC2 (`«`, `»`)
        // or 0xE2 (`“`, `’`, `‹`…): other bytes are skipped without decoding. A byte skipped
        // is never one of these, so the scan stays on character boundaries.
        if !matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2) {
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let mut step = c.len_utf8();
        let prev = s[..i].chars().next_back();
        let next = s[i + step..].chars().next();
        let at = para.start + i;
        let one = |mark, level, weak| Found {
            span: Span::new(at, at + c.len_utf8()),
            mark,
            level,
            weak,
        };
        let found = match c {
            // `“` closes after a word and before a space or the end (German `„…“`, or English
            // typed with one kind of mark); `”` opens before a word after a space.
            '“' if prev.is_some_and(|p| !p.is_whitespace()) && !is_word(next) => {
                Some(one(Mark::Close, Level::Double, false))
            }
            '”' if prev.is_none_or(char::is_whitespace) && is_word(next) => {
                Some(one(Mark::Open, Level::Double, false))
            }
            '“' | '„' | '«' => Some(one(Mark::Open, Level::Double, false)),
            '”' | '»' => Some(one(Mark::Close, Level::Double, false)),
            '"' => Some(one(Mark::Either, Level::Double, false)),
            '‹' | '‚' => Some(one(Mark::Open, Level::Single, false)),
            '›' => Some(one(Mark::Close, Level::Single, false)),
            '\'' if next == Some('\'') => {
                // `''` stands for a double quotation mark in some wire copy.
                step += 1;
                Some(Found {
                    span: Span::new(at, at + 2),
                    mark: Mark::Either,
                    level: Level::Double,
                    weak: false,
                })
            }
            '‘' | '’' | '\'' => {
                single_quote(s, i, c, prev, next).map(|(mark, weak)| one(mark, Level::Single, weak))
            }
            _ => None,
        };
        if let Some(f) = found {
            out.push(f);
        }
        i += step;
    }
    out
}

/// Decide whether a single quote character at byte `i` of `s` is an opening or closing mark,
/// or an apostrophe (`None`).
fn single_quote(
    s: &str,
    i: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
) -> Option<(Mark, bool)> {
    let rest = &s[i + c.len_utf8()..];
    // Inside a word: I’ll, Putin’s, rock’n’roll.
    if is_word(prev) && is_word(next) {
        return None;
    }
    // Elisions at a word start: ’90s, ’em, ’n’, ’til, ’cause, ’tis.
    let lower: String = rest.chars().take(6).collect::<String>().to_lowercase();
    let elision = [
        "90s", "80s", "70s", "60s", "50s", "00s", "em ", "n ", "n’", "n'", "til", "cause", "tis",
        "twas",
    ];
    let opens_word = !is_word(prev) && is_word(next);
    if opens_word
        && (elision.iter().any(|e| lower.starts_with(e))
            || rest.starts_with(|d: char| d.is_ascii_digit()))
    {
        return None;
    }
    if opens_word {
        // ’ is an apostrophe when it opens a word; ‘ and ' open a quotation.
        return (c != '’').then_some((Mark::Open, false));
    }
    if c == '‘' {
        return None;
    }
    if prev.is_none() || prev.is_some_and(char::is_whitespace) {
        return None;
    }
    // A closer: strong after punctuation or before punctuation and the end, weak after a word
    // and before a space (`the Joneses’ house`).
    let strong = prev.is_some_and(|p| !p.is_alphanumeric())
        || next.is_none_or(|n| !n.is_alphanumeric() && !n.is_whitespace());
    Some((Mark::Close, !strong))
}

/// Find the quotations of every paragraph.
pub(crate) fn find(text: &str, paragraphs: &[Span]) -> Vec<Quoted> {
    let mut out = Vec::new();
    for (k, &para) in paragraphs.iter().enumerate() {
        let next_reopens = paragraphs
            .get(k + 1)
            .is_some_and(|p| starts_with_opening_mark(p.slice(text)));
        pair(text, para, k, next_reopens, &mut out);
    }
    out
}

fn starts_with_opening_mark(p: &str) -> bool {
    p.starts_with(['“', '"', '„', '«', '‘']) || p.starts_with("''")
}

/// Decide each straight double mark: by its context where that is clear (after a space and
/// before a word it opens; after a word or punctuation and before a space it closes), else by
/// alternation. A closing-looking mark with no straight mark open closes a curly opener still
/// open (copy that mixes the two: `“Immunity deals …," Chaffetz said`); with nothing open at all
/// it is stray and dropped.
fn resolve_straight(text: &str, marks: &mut Vec<Found>) {
    let mut open = false;
    // Curly double openers not yet closed.
    let mut curly_open = 0usize;
    marks.retain_mut(|m| {
        if m.level != Level::Double {
            return true;
        }
        if m.mark != Mark::Either {
            match m.mark {
                Mark::Open => curly_open += 1,
                _ => curly_open = curly_open.saturating_sub(1),
            }
            return true;
        }
        let prev = text[..m.span.start].chars().next_back();
        let next = text[m.span.end..].chars().next();
        let space_before =
            prev.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–'));
        let space_after = next.is_none_or(|c| {
            c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | ')' | '?' | '!')
        });
        let closing = !space_before && space_after;
        if closing && !open {
            if curly_open == 0 {
                return false;
            }
            curly_open -= 1;
            m.mark = Mark::Close;
            return true;
        }
        m.mark = if open { Mark::Close } else { Mark::Open };
        open = !open;
        true
    });
}

/// Pair double marks with a stack, so nested quotations pair inside out. Openers left
/// unclosed at the paragraph end are stray, except the outermost when the quotation runs on
/// into the next paragraph or opened this one; strays are set aside and the rest paired again.
/// Returns the pairs at depth 0 in text order (`None` close: runs to the paragraph end) and
/// which marks are stray openers.
fn pair_doubles(
    marks: &[Found],
    para: Span,
    next_reopens: bool,
) -> (Vec<(usize, Option<usize>)>, Vec<bool>) {
    let run = |strays: &[bool]| {
        let mut stack: Vec<usize> = Vec::new();
        let mut pairs = Vec::new();
        for (k, m) in marks.iter().enumerate() {
            if m.level != Level::Double || strays.get(k) == Some(&true) {
                continue;
            }
            match m.mark {
                Mark::Open => stack.push(k),
                _ => {
                    if let Some(o) = stack.pop() {
                        if stack.is_empty() {
                            pairs.push((o, Some(k)));
                        }
                    }
                }
            }
        }
        (pairs, stack)
    };
    let (pairs, unclosed) = run(&[]);
    if unclosed.is_empty() {
        return (pairs, Vec::new());
    }
    let keep_bottom = next_reopens || marks[unclosed[0]].span.start == para.start;
    let mut strays = vec![false; marks.len()];
    for &k in &unclosed[usize::from(keep_bottom)..] {
        strays[k] = true;
    }
    let (mut pairs, left) = run(&strays);
    if keep_bottom {
        if let Some(&bottom) = left.first() {
            pairs.push((bottom, None));
        }
    }
    (pairs, strays)
}

/// Pair the marks of one paragraph.
fn pair(text: &str, para: Span, index: usize, next_reopens: bool, out: &mut Vec<Quoted>) {
    let before = out.len();
    let mut marks = classify(text, para);
    resolve_straight(text, &mut marks);
    let (pairs, strays) = pair_doubles(&marks, para, next_reopens);
    let mut emit = |open: Span, close: Option<Span>, end: usize, continues: bool| {
        let content = Span::new(open.end, end).trim(text);
        if !content.is_empty() {
            out.push(Quoted {
                content,
                open,
                close,
                paragraph: index,
                continues,
            });
        }
    };
    for &(o, c) in &pairs {
        match c {
            Some(c) => emit(
                marks[o].span,
                Some(marks[c].span),
                marks[c].span.start,
                false,
            ),
            None => emit(marks[o].span, None, para.end, next_reopens),
        }
    }
    // Single marks make quotations only outside double ones (British style); inside they are
    // nested quotes. The depth-0 pairs are in text order, so one pointer walks them.
    let mut single: Option<Span> = None;
    let mut weak_close: Option<Span> = None;
    let mut next_pair = 0;
    for (k, m) in marks.iter().enumerate() {
        let at = m.span.start;
        while pairs
            .get(next_pair)
            .is_some_and(|&(_, c)| c.is_some_and(|c| marks[c].span.start < at))
        {
            next_pair += 1;
        }
        let inside_double = pairs.get(next_pair).is_some_and(|&(o, c)| {
            marks[o].span.start < at && c.is_none_or(|c| at < marks[c].span.start)
        });
        if m.level != Level::Single || strays.get(k) == Some(&true) || inside_double {
            continue;
        }
        match m.mark {
            Mark::Open => {
                if single.is_none() {
                    single = Some(m.span);
                    weak_close = None;
                }
            }
            _ => {
                let Some(open) = single else { continue };
                if m.weak {
                    weak_close.get_or_insert(m.span);
                    continue;
                }
                single = None;
                weak_close = None;
                emit(open, Some(m.span), m.span.start, false);
            }
        }
    }
    if let Some(open) = single {
        if let Some(close) = weak_close {
            emit(open, Some(close), close.start, false);
        } else if next_reopens || open.start == para.start {
            emit(open, None, para.end, next_reopens);
        }
    }
    // Earlier paragraphs' quotations come before this one's: sorting only this paragraph's keeps
    // long documents linear.
    out[before..].sort_by_key(|q| q.content.start);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::segment::paragraphs;

    fn quotes(text: &str) -> Vec<&str> {
        find(text, &paragraphs(text))
            .iter()
            .map(|q| q.content.slice(text))
            .collect()
    }

    #[test]
    fn curly_straight_low_and_guillemet_pairs() {
        assert_eq!(
            quotes("He said “We will win.” Then left."),
            ["We will win."]
        );
        assert_eq!(quotes("\"One,\" he said. \"Two.\""), ["One,", "Two."]);
        assert_eq!(
            quotes("„Wir schaffen das“, sagte sie."),
            ["Wir schaffen das"]
        );
        assert_eq!(quotes("«C'est fini», a-t-il dit."), ["C'est fini"]);
        assert_eq!(
            quotes("''We'll walk away,'' he said."),
            ["We'll walk away,"]
        );
    }

    #[test]
    fn british_single_quotes_and_nested_singles() {
        assert_eq!(quotes("‘We are ready,’ she said."), ["We are ready,"]);
        assert_eq!(
            quotes("“He called it ‘a disgrace’ on air,” she said."),
            ["He called it ‘a disgrace’ on air,"]
        );
    }

    #[test]
    fn apostrophes_never_open_or_close() {
        assert_eq!(
            quotes("I’ll back Putin’s plan from the ’90s, rock ’n’ roll and the Joneses’ house."),
            Vec::<&str>::new()
        );
        assert_eq!(
            quotes("‘We visited the Joneses’ house,’ he said."),
            ["We visited the Joneses’ house,"]
        );
        assert_eq!(quotes("“I’ll go,” said Putin’s aide."), ["I’ll go,"]);
    }

    #[test]
    fn nested_double_quotes_of_either_style_stay_inside() {
        assert_eq!(
            quotes("\"I read the question: “Do you agree?” Most said no,\" he said."),
            ["I read the question: “Do you agree?” Most said no,"]
        );
        assert_eq!(
            quotes("“I’d rather live in what he calls “hell” than here,” she said."),
            ["I’d rather live in what he calls “hell” than here,"]
        );
    }

    #[test]
    fn stray_opening_mark_before_a_real_quote_is_set_aside() {
        assert_eq!(
            quotes("The “peace plan was aired. Then he said “Yes, we agree.”"),
            ["Yes, we agree."]
        );
    }

    #[test]
    fn straight_mark_after_a_word_with_nothing_open_is_stray() {
        assert_eq!(
            quotes("a review of [his] systems\" including the \"medical records\" he had"),
            ["medical records"]
        );
    }

    #[test]
    fn stray_mark_does_not_swallow_following_paragraphs() {
        let text = "The “peace plan was discussed.\n\nPutin spoke later.\n\nTrump said “Yes.”";
        assert_eq!(quotes(text), ["Yes."]);
    }

    #[test]
    fn multi_paragraph_quotation_is_one_record_per_paragraph() {
        let text = "“First part of it.\n\n“Second part of it.\n\n“Third part,” he said.";
        let q = find(text, &paragraphs(text));
        let got: Vec<&str> = q.iter().map(|q| q.content.slice(text)).collect();
        assert_eq!(
            got,
            ["First part of it.", "Second part of it.", "Third part,"]
        );
        assert!(q[0].continues && q[1].continues && !q[2].continues);
    }

    #[test]
    fn unclosed_quote_opening_a_paragraph_runs_to_its_end() {
        assert_eq!(quotes("“We will win.\n\nOther news."), ["We will win."]);
    }

    #[test]
    fn only_quote_marks_yield_nothing_much() {
        let text = "”“”\"\"'‘’«»„";
        for q in find(text, &paragraphs(text)) {
            assert!(text.get(q.content.start..q.content.end).is_some());
        }
    }
}
