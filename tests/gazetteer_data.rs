//! Checks that keep the built-in gazetteers correct and complete: they load (so ids are unique
//! and every Wikidata id is well formed), every entity has a type, every nationality links to
//! a place that exists, every name shared by several entities is declared, the counts stay at
//! world scale, and ordinary English yields no entity at all.

use gazette::gazetteer::{builtin, is_qid, Stats};
use gazette::text::fold_str;
use gazette::Extractor;
use std::collections::{HashMap, HashSet};

#[test]
fn builtin_set_loads_with_unique_ids_and_well_formed_qids() {
    let g = builtin().expect("the built-in files load");
    let mut ids = HashSet::new();
    for e in g.entries() {
        assert!(ids.insert(e.info.id.as_str()), "duplicate id {}", e.info.id);
        assert!(!e.info.kind.is_empty(), "{} has no type", e.info.id);
        if let Some(q) = &e.info.wikidata {
            assert!(is_qid(q), "{}: malformed QID {q}", e.info.id);
        }
    }
}

#[test]
fn every_nationality_links_to_a_known_place() {
    let g = builtin().unwrap();
    let places: HashSet<&str> = g
        .entries()
        .iter()
        .filter(|e| e.info.kind == "LOCATION")
        .map(|e| e.info.id.as_str())
        .collect();
    for e in g.entries().iter().filter(|e| e.info.kind == "NORP") {
        let c = e
            .info
            .country
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no country", e.info.id));
        assert!(
            places.contains(c),
            "{} links to unknown place {c}",
            e.info.id
        );
    }
}

#[test]
fn counts_are_at_world_scale() {
    let s = Stats::of(builtin().unwrap());
    let countries = s.class("LOCATION", "country") + s.class("LOCATION", "territory");
    assert!(countries >= 250, "{countries} countries and territories");
    assert!(
        s.class("LOCATION", "city") >= 4000,
        "{} cities",
        s.class("LOCATION", "city")
    );
    assert!(s.kind("PERSON") >= 2000, "{} people", s.kind("PERSON"));
    assert!(
        s.kind("ORGANIZATION") >= 1000,
        "{} organisations",
        s.kind("ORGANIZATION")
    );
    // English has no demonym for the Vatican: "the Vatican" names the place and the Holy See.
    let missing: Vec<&String> = s
        .countries_without_demonym
        .iter()
        .filter(|c| c.as_str() != "vatican-city")
        .collect();
    assert!(
        missing.is_empty(),
        "countries without a demonym: {missing:?}"
    );
}

/// Names that several entities share, as declared in `gazetteers/shared-names.txt`.
fn declared_shared_names() -> HashSet<String> {
    include_str!("../gazetteers/shared-names.txt")
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").trim())
        .filter(|l| !l.starts_with('#'))
        .filter(|l| !l.is_empty())
        .map(fold_str)
        .collect()
}

#[test]
fn every_shared_name_is_declared() {
    let g = builtin().unwrap();
    let mut owners: HashMap<String, HashSet<&str>> = HashMap::new();
    for e in g.entries() {
        let names =
            std::iter::once(e.info.name.as_str()).chain(e.aliases.iter().map(|a| a.text.as_str()));
        for n in names {
            owners
                .entry(fold_str(n))
                .or_default()
                .insert(e.info.id.as_str());
        }
    }
    let declared = declared_shared_names();
    let mut undeclared: Vec<&String> = owners
        .iter()
        .filter(|(n, ids)| ids.len() > 1 && !declared.contains(*n))
        .map(|(n, _)| n)
        .collect();
    undeclared.sort();
    assert!(
        undeclared.is_empty(),
        "{} names shared by several entities are not declared in gazetteers/shared-names.txt: {:?}",
        undeclared.len(),
        &undeclared[..undeclared.len().min(40)]
    );
}

#[test]
fn ordinary_english_yields_no_entity() {
    let extractor = Extractor::with_builtin().unwrap();
    let text = [
        include_str!("data/ordinary-english-1.txt"),
        include_str!("data/ordinary-english-2.txt"),
    ]
    .join("\n\n");
    assert!(
        text.len() >= 20_000,
        "the ordinary text is {} bytes",
        text.len()
    );
    let analysis = extractor.analyse_with(&text, gazette::Tasks::ENTITIES);
    let found: Vec<String> = analysis
        .mentions
        .iter()
        .map(|m| {
            format!(
                "{} ({})",
                m.span.slice(&text),
                analysis.entities[m.entity].info.id
            )
        })
        .collect();
    assert!(found.is_empty(), "entities in ordinary English: {found:?}");
}
