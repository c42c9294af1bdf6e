//! The human format of `gazette quotes --format text`: one `Speaker: “quote”` line per quote.

use crate::analysis::{Analysis, QuoteKind};
use std::io::{self, Write};

/// Write the quotes of one document; `heading` (the document id) comes first when given.
pub fn write_quotes<W: Write>(
    out: &mut W,
    heading: Option<&str>,
    text: &str,
    analysis: &Analysis,
) -> io::Result<()> {
    if let Some(h) = heading {
        writeln!(out, "== {h}")?;
    }
    for q in &analysis.quotes {
        let who = match q.speaker {
            Some(s) => match s.entity {
                Some(e) => analysis.entities[e].info.name.clone(),
                None => s.span.slice(text).to_string(),
            },
            None => "(unattributed)".to_string(),
        };
        let words = q
            .span
            .slice(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        match q.kind {
            QuoteKind::Direct => writeln!(out, "{who}: “{words}”")?,
            // Reported speech is not the speaker's own words: no quotation marks, marked.
            QuoteKind::Indirect => writeln!(out, "{who} (reported): {words}")?,
            QuoteKind::Mixed => writeln!(out, "{who} (reported, partly quoted): {words}")?,
        }
    }
    Ok(())
}
