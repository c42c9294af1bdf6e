//! spaCy EntityRuler pattern files, so a team's existing patterns work unchanged.
//!
//! Each line is a JSON object with `label`, `pattern` and an optional `id`. Lines sharing an `id`
//! are one entity (the first pattern is its name, the rest aliases); a line without `id` is its
//! own entity, with a slug of the pattern as id. spaCy's labels map onto ours: `ORG` becomes
//! `ORGANIZATION`, `GPE`, `LOC` and `FAC` become `LOCATION`; other labels are kept. Token-list
//! patterns (`[{"LOWER": "apple"}]`) describe token matching that a phrase gazetteer cannot do,
//! so they are refused with the line number rather than silently dropped.

use super::{slug, Alias, EntityInfo, Entry, Gazetteer, LoadError, Origin};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;

pub(super) fn parse(file: &str, text: &str) -> Result<Gazetteer, LoadError> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (k, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let location = format!("{file}:{}", k + 1);
        let value: Value = serde_json::from_str(line)
            .map_err(|e| LoadError::at(&location, format!("not a JSON object: {e}")))?;
        let obj = value
            .as_object()
            .ok_or_else(|| LoadError::at(&location, "not a JSON object"))?;
        let label = match obj.get("label") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim(),
            _ => {
                return Err(LoadError::at(
                    &location,
                    "missing or empty string field `label`",
                ))
            }
        };
        let kind = map_label(label);
        if !super::is_type_label(&kind) {
            return Err(LoadError::at(
                &location,
                format!("label `{label}` is not an upper-case label such as ORG or PERSON"),
            ));
        }
        let pattern =
            match obj.get("pattern") {
                Some(Value::String(s)) if !s.trim().is_empty() => s.trim(),
                Some(Value::String(_)) => return Err(LoadError::at(&location, "empty `pattern`")),
                Some(Value::Array(_)) => return Err(LoadError::at(
                    &location,
                    "token-list patterns are not supported; write the phrase as a string pattern \
                     (\"pattern\": \"Tayyip Erdogan\")",
                )),
                _ => return Err(LoadError::at(&location, "missing string field `pattern`")),
            };
        let id = match obj.get("id") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
            Some(Value::Number(n)) => n.to_string(),
            None | Some(Value::Null) => {
                let base = slug(pattern);
                match by_id.get(&base) {
                    Some(&i) if entries[i].info.kind != kind => {
                        format!("{base}-{}", kind.to_lowercase())
                    }
                    _ => base,
                }
            }
            Some(_) => {
                return Err(LoadError::at(&location, "`id` must be a non-empty string"));
            }
        };
        if id.is_empty() {
            return Err(LoadError::at(
                &location,
                format!("pattern `{pattern}` gives an empty id; add an `id`"),
            ));
        }
        match by_id.get(&id) {
            Some(&i) => {
                let entry = &mut entries[i];
                if entry.info.kind != kind {
                    return Err(LoadError::at(
                        &location,
                        format!(
                            "id `{id}` has label {kind} here but {} at {}; one id, one label",
                            entry.info.kind, entry.location
                        ),
                    ));
                }
                if entry.info.name != pattern && !entry.aliases.iter().any(|a| a.text == pattern) {
                    entry.aliases.push(Alias {
                        text: pattern.to_string(),
                        context_only: false,
                    });
                }
            }
            None => {
                by_id.insert(id.clone(), entries.len());
                entries.push(Entry {
                    info: Arc::new(EntityInfo {
                        id,
                        kind,
                        name: pattern.to_string(),
                        wikidata: None,
                        country: None,
                        gender: None,
                        class: None,
                        origin: Origin::Gazetteer,
                    }),
                    name_context_only: false,
                    aliases: Vec::new(),
                    location,
                });
            }
        }
    }
    Gazetteer::from_entries(entries)
}

fn map_label(label: &str) -> String {
    match label {
        "ORG" => "ORGANIZATION".to_string(),
        "GPE" | "LOC" | "FAC" => "LOCATION".to_string(),
        "PER" => "PERSON".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_map_and_ids_group_aliases() {
        let g = parse(
            "p.jsonl",
            r#"{"label": "ORG", "pattern": "Apple", "id": "apple"}
{"label": "ORG", "pattern": "Apple Inc.", "id": "apple"}
{"label": "GPE", "pattern": "Istanbul"}
{"label": "EVENT", "pattern": "World War II"}
"#,
        )
        .unwrap();
        let e = g.entries();
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].info.kind, "ORGANIZATION");
        assert_eq!(e[0].aliases[0].text, "Apple Inc.");
        assert_eq!(e[1].info.kind, "LOCATION");
        assert_eq!(e[1].info.id, "istanbul");
        assert_eq!(e[2].info.kind, "EVENT");
    }

    #[test]
    fn token_patterns_are_refused_with_the_line() {
        let err = parse(
            "p.jsonl",
            "{\"label\": \"ORG\", \"pattern\": \"Apple\"}\n{\"label\": \"ORG\", \"pattern\": [{\"LOWER\": \"apple\"}]}\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("p.jsonl:2: token-list patterns are not supported"),
            "{err}"
        );
    }

    #[test]
    fn bad_json_names_the_line() {
        let err = parse("p.jsonl", "{\"label\": \"ORG\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("p.jsonl:1: not a JSON object"), "{err}");
    }
}
