//! gazette's own gazetteer format: one entity per line, tab-separated.
//!
//! Columns: `id`, `type`, `name`, `aliases` (`|`-separated, may be empty; `~` before an alias
//! makes it context-only; so does `~` before the name), `wikidata` (QID or empty), and an
//! optional sixth column of `key=value` attributes separated by `;` (`country=russia`,
//! `gender=f`, `class=city`). `#` starts a comment
//! line, blank lines are skipped, and a first line starting `id<TAB>type` is a header.

use std::sync::Arc;

use super::{
    is_qid, is_type_label, Alias, EntityInfo, Entry, Gazetteer, Gender, LoadError, Origin,
};

pub(super) fn parse(file: &str, text: &str) -> Result<Gazetteer, LoadError> {
    // One entry per line at most: sized once rather than grown by copying.
    let mut entries = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    let mut seen_content = false;
    for (k, raw) in text.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        // `file:line`, built without the formatting machinery: it runs for every entry.
        let line_number = (k + 1).to_string();
        let mut location = String::with_capacity(file.len() + 1 + line_number.len());
        location.push_str(file);
        location.push(':');
        location.push_str(&line_number);
        if !seen_content {
            seen_content = true;
            let mut cols = line.split('\t');
            if cols.next().map(str::trim) == Some("id")
                && cols.next().map(str::trim) == Some("type")
            {
                continue;
            }
        }
        entries.push(parse_line(location, line)?);
    }
    Gazetteer::from_entries(entries)
}

/// One entry; `location` (`file:line`) names it in errors and is kept with it.
fn parse_line(location: String, line: &str) -> Result<Entry, LoadError> {
    let loc = location.as_str();
    // The columns, without a vector per line: a gazetteer may have a million lines.
    let mut cols = [""; 6];
    let mut count = 0;
    for col in line.split('\t') {
        if let Some(slot) = cols.get_mut(count) {
            *slot = col.trim();
        }
        count += 1;
    }
    if count != 5 && count != 6 {
        return Err(LoadError::at(
            loc,
            format!(
                "expected 5 tab-separated columns (id, type, name, aliases, wikidata) and an \
                 optional sixth (attributes), found {}; separate columns with one tab and leave \
                 empty columns empty",
                count
            ),
        ));
    }
    let (id, kind, name, aliases, qid) = (cols[0], cols[1], cols[2], cols[3], cols[4]);
    if id.is_empty() {
        return Err(LoadError::at(
            loc,
            "empty id; give the entity an id such as `vladimir-putin`",
        ));
    }
    if id.chars().any(char::is_whitespace) {
        return Err(LoadError::at(
            loc,
            format!("id `{id}` contains whitespace; use hyphens"),
        ));
    }
    if !is_type_label(kind) {
        return Err(LoadError::at(
            loc,
            format!(
                "type `{kind}` is not an upper-case label such as PERSON, LOCATION or ORGANIZATION"
            ),
        ));
    }
    if name.is_empty() {
        return Err(LoadError::at(loc, format!("empty name for `{id}`")));
    }
    let (name, name_context_only) = match name.strip_prefix('~') {
        Some(rest) => (rest.trim(), true),
        None => (name, false),
    };
    if name.is_empty() {
        return Err(LoadError::at(loc, format!("empty name for `{id}`")));
    }
    if !qid.is_empty() && !is_qid(qid) {
        return Err(LoadError::at(
            loc,
            format!("malformed Wikidata id `{qid}`: expected `Q` and a number, such as Q7747, or an empty column"),
        ));
    }
    let mut info = EntityInfo {
        id: id.to_string(),
        kind: kind.to_string(),
        name: name.to_string(),
        wikidata: (!qid.is_empty()).then(|| qid.to_string()),
        country: None,
        gender: None,
        class: None,
        origin: Origin::Gazetteer,
    };
    if count == 6 {
        parse_attributes(loc, cols[5], &mut info)?;
    }
    Ok(Entry {
        name_context_only,
        aliases: parse_aliases(aliases, name),
        info: Arc::new(info),
        location,
    })
}

fn parse_aliases(column: &str, name: &str) -> Vec<Alias> {
    let mut out: Vec<Alias> = Vec::new();
    for piece in column.split('|') {
        let piece = piece.trim();
        let (text, context_only) = match piece.strip_prefix('~') {
            Some(rest) => (rest.trim(), true),
            None => (piece, false),
        };
        if text.is_empty() || text == name || out.iter().any(|a| a.text == text) {
            continue;
        }
        out.push(Alias {
            text: text.to_string(),
            context_only,
        });
    }
    out
}

fn is_class(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

fn parse_attributes(location: &str, column: &str, info: &mut EntityInfo) -> Result<(), LoadError> {
    for pair in column.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').ok_or_else(|| {
            LoadError::at(location, format!("attribute `{pair}` is not `key=value`"))
        })?;
        let (key, value) = (key.trim(), value.trim());
        match key {
            "country" if !value.is_empty() => info.country = Some(value.to_string()),
            "class" if is_class(value) => info.class = Some(value.to_string()),
            "gender" => {
                info.gender = Some(match value {
                    "f" | "female" => Gender::Female,
                    "m" | "male" => Gender::Male,
                    _ => {
                        return Err(LoadError::at(
                            location,
                            format!("gender `{value}` is not `f` or `m`"),
                        ))
                    }
                })
            }
            _ => {
                return Err(LoadError::at(
                    location,
                    format!("unknown attribute `{pair}`; known: country=<id>, gender=f|m, class=<lower-case word>"),
                ))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse("people.tsv", text).unwrap_err().to_string()
    }

    #[test]
    fn reads_entries_comments_header_and_blank_lines() {
        let g = parse(
            "g.tsv",
            "# people\nid\ttype\tname\taliases\twikidata\n\nvladimir-putin\tPERSON\tVladimir Putin\tPutin|~Vova\tQ7747\n",
        )
        .unwrap();
        assert_eq!(g.len(), 1);
        let e = &g.entries()[0];
        assert_eq!(e.info.wikidata.as_deref(), Some("Q7747"));
        assert_eq!(e.aliases.len(), 2);
        assert!(!e.aliases[0].context_only);
        assert!(e.aliases[1].context_only);
        assert_eq!(e.location, "g.tsv:4");
    }

    #[test]
    fn wrong_column_count_names_file_and_line() {
        let e = err("a\tPERSON\tA\t\t\nb\tPERSON\tB\n");
        assert!(
            e.starts_with("people.tsv:2: expected 5 tab-separated columns"),
            "{e}"
        );
    }

    #[test]
    fn empty_id_and_empty_name_are_rejected() {
        assert!(err("\tPERSON\tA\t\t\n").starts_with("people.tsv:1: empty id"));
        assert!(err("a\tPERSON\t\t\t\n").starts_with("people.tsv:1: empty name"));
    }

    #[test]
    fn malformed_qid_is_rejected() {
        assert!(err("a\tPERSON\tA\t\tQ12x\n").contains("malformed Wikidata id `Q12x`"));
    }

    #[test]
    fn duplicate_id_names_both_lines() {
        let e = err("a\tPERSON\tA\t\t\na\tPERSON\tB\t\t\n");
        assert!(e.starts_with("people.tsv:2: duplicate id `a`"), "{e}");
        assert!(e.contains("people.tsv:1"), "{e}");
    }

    #[test]
    fn attributes_are_read_and_checked() {
        let g = parse("n.tsv", "russian\tNORP\tRussian\t\t\tcountry=russia\n").unwrap();
        assert_eq!(g.entries()[0].info.country.as_deref(), Some("russia"));
        assert!(parse("n.tsv", "x\tPERSON\tX\t\t\tgender=q\n").is_err());
        assert!(parse("n.tsv", "x\tPERSON\tX\t\t\tcolour=red\n").is_err());
    }

    #[test]
    fn context_only_name_is_marked() {
        let g = parse(
            "p.tsv",
            "chad\tLOCATION\t~Chad\tRepublic of Chad\tQ657\tclass=country\n",
        )
        .unwrap();
        let e = &g.entries()[0];
        assert_eq!(e.info.name, "Chad");
        assert!(e.name_context_only);
        assert_eq!(e.info.class.as_deref(), Some("country"));
    }

    #[test]
    fn crlf_line_endings_are_accepted() {
        let g = parse("g.tsv", "a\tPERSON\tA\tB\t\r\nb\tLOCATION\tC\t\tQ1\r\n").unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g.entries()[1].info.wikidata.as_deref(), Some("Q1"));
    }
}
