//! Counts over a gazetteer, for `gazette gazetteer stats` and for the checks that keep the
//! built-in set complete: entities and names per type, entities per class, and the countries
//! that no nationality names.

use super::Gazetteer;
use std::collections::{BTreeMap, HashSet};

/// What a gazetteer holds.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    /// Type -> (entities, names).
    pub per_type: BTreeMap<String, (usize, usize)>,
    /// `(type, class)` -> entities, for entries with a `class` attribute.
    pub per_class: BTreeMap<(String, String), usize>,
    /// Ids of countries (`class=country`) that no nationality links to with `country=`.
    pub countries_without_demonym: Vec<String>,
    /// Entities in all.
    pub entities: usize,
    /// Names in all (canonical names and aliases).
    pub names: usize,
}

impl Stats {
    /// Count what `g` holds.
    pub fn of(g: &Gazetteer) -> Stats {
        let mut s = Stats {
            entities: g.len(),
            names: g.alias_count(),
            ..Stats::default()
        };
        let mut linked: HashSet<&str> = HashSet::new();
        for e in g.entries() {
            let t = s.per_type.entry(e.info.kind.clone()).or_default();
            t.0 += 1;
            t.1 += 1 + e.aliases.len();
            if let Some(class) = &e.info.class {
                *s.per_class
                    .entry((e.info.kind.clone(), class.clone()))
                    .or_default() += 1;
            }
            if e.info.kind == "NORP" {
                if let Some(c) = &e.info.country {
                    linked.insert(c);
                }
            }
        }
        s.countries_without_demonym = g
            .entries()
            .iter()
            .filter(|e| {
                e.info.class.as_deref() == Some("country") && !linked.contains(e.info.id.as_str())
            })
            .map(|e| e.info.id.clone())
            .collect();
        s
    }

    /// Entities of `kind` with class `class`.
    pub fn class(&self, kind: &str, class: &str) -> usize {
        self.per_class
            .get(&(kind.to_string(), class.to_string()))
            .copied()
            .unwrap_or(0)
    }

    /// Entities of `kind`.
    pub fn kind(&self, kind: &str) -> usize {
        self.per_type.get(kind).map_or(0, |t| t.0)
    }
}
