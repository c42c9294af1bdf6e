//! Finding entities: gazetteer names matched in the folded text, then resolved within the
//! document into entities with their mentions.

pub(crate) mod matcher;
pub(crate) mod resolve;
mod rules;

pub(crate) use rules::load_lexicons;

pub use matcher::{BuildError, MatchOptions};

use crate::analysis::{Entity, Mention};
use crate::gazetteer::{slug, EntityInfo, Origin};
use crate::text::Folded;
use matcher::{surname_of, Matcher, RawMatch};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::Arc;

/// Find and resolve the entities of `text` (whose folded form is `folded`): gazetteer names,
/// then names found by rules, then bare surnames of the people introduced. Entities come in
/// order of first mention; mentions in text order, each with the index of its entity.
pub(crate) fn find(
    matcher: &Matcher,
    text: &str,
    folded: Folded<'_>,
    raw: &mut Vec<RawMatch>,
) -> (Vec<Entity>, Vec<Mention>) {
    let ftext = folded.as_str();
    let mut caps = Vec::new();
    matcher.find_in(text, &folded, raw, &mut caps);
    let (mut accepted, introduced) = resolve::resolve_known(matcher, ftext, raw);
    // The raw matches are spent; a huge document should not carry them to its peak.
    if raw.capacity() > 1 << 16 {
        *raw = Vec::new();
    } else {
        raw.clear();
    }
    let found = if matcher.options.no_name_rules {
        rules::Found::default()
    } else {
        rules::find(matcher, ftext, &accepted, &caps)
    };
    // Rule entities are numbered after the gazetteer's.
    let local_base = matcher.entities.len() as u32;
    if !found.absorbed.is_empty() {
        // A mask rather than `absorbed.contains` per mention, which is quadratic on long texts.
        let mut absorbed = vec![false; accepted.len()];
        for &t in &found.absorbed {
            if let Some(a) = absorbed.get_mut(t) {
                *a = true;
            }
        }
        let mut k = 0;
        accepted.retain(|_| {
            k += 1;
            !absorbed[k - 1]
        });
    }
    let mut local_first: Vec<usize> = vec![usize::MAX; found.entities.len()];
    for &(s, e, target) in &found.mentions {
        let id = match target {
            rules::RuleTarget::Known(id) => id,
            rules::RuleTarget::Local(l) => {
                local_first[l] = local_first[l].min(e);
                local_base + l as u32
            }
        };
        accepted.push((s, e, id));
    }
    accepted.sort_unstable_by_key(|&(s, _, _)| s);
    let rule_surnames: Vec<Vec<String>> = found
        .entities
        .iter()
        .map(|e| {
            if e.kind == "PERSON" {
                surname_of(&e.name)
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut people: Vec<resolve::Surnamed<'_>> = introduced
        .iter()
        .filter(|i| !matcher.surnames[i.entity as usize].is_empty())
        .map(|i| resolve::Surnamed {
            entity: i.entity,
            at: i.at,
            surnames: &matcher.surnames[i.entity as usize],
        })
        .collect();
    for (l, surnames) in rule_surnames.iter().enumerate() {
        if !surnames.is_empty() && local_first[l] != usize::MAX {
            people.push(resolve::Surnamed {
                entity: local_base + l as u32,
                at: local_first[l],
                surnames,
            });
        }
    }
    let given = given_names(matcher, &found, local_base, &people);
    people.extend(given.iter().map(|(entity, at, first)| resolve::Surnamed {
        entity: *entity,
        at: *at,
        surnames: first,
    }));
    let is_town = |entity: u32| {
        matcher.entities.get(entity as usize).is_some_and(|info| {
            info.kind == "LOCATION" && matches!(info.class.as_deref(), Some("city" | "town"))
        })
    };
    resolve::add_surname_mentions(ftext, &people, &caps, &mut accepted, &is_town);
    let resolved = resolve::to_original(text, &folded, accepted);
    // The folded copy of the text is done with: a long document should not carry it to the
    // peak that building the entities reaches.
    drop(caps);
    drop(folded);

    let mut entities: Vec<Entity> = Vec::new();
    // Entity index -> position in `entities`. (Keys are gazetteer and rule entity numbers,
    // not words of the text: a fast hash without DoS resistance is safe.)
    let mut slots: FxHashMap<u32, usize> = FxHashMap::default();
    let mut mentions = Vec::with_capacity(resolved.len());
    for r in resolved {
        let slot = match slots.get(&r.entity) {
            Some(&slot) => slot,
            None => {
                slots.insert(r.entity, entities.len());
                let info = match r.entity.checked_sub(local_base) {
                    None => matcher.entities[r.entity as usize].clone(),
                    Some(l) => rule_info(&found.entities[l as usize], r.span.slice(text)),
                };
                entities.push(Entity {
                    info,
                    mentions: Vec::new(),
                });
                entities.len() - 1
            }
        };
        entities[slot].mentions.push(r.span);
        mentions.push(Mention {
            span: r.span,
            entity: slot,
        });
    }
    (entities, mentions)
}

/// A person's given name alone (`Carlos` after `Carlos Alcaraz`), when no other person
/// introduced here shares it or bears it as a surname and the gazetteer knows no place or
/// body by it (`Charlotte`): looked up like a surname.
/// Returns `(entity, introduced at, [given name])`.
fn given_names(
    matcher: &Matcher,
    found: &rules::Found,
    local_base: u32,
    people: &[resolve::Surnamed<'_>],
) -> Vec<(u32, usize, [String; 1])> {
    let name_of = |entity: u32| match entity.checked_sub(local_base) {
        None => matcher.entities[entity as usize].name.as_str(),
        Some(l) => found.entities[l as usize].name.as_str(),
    };
    let firsts: Vec<(u32, usize, Cow<'_, str>)> = people
        .iter()
        .filter_map(|p| {
            // People here have a surname, so a name of two words or more.
            let word = name_of(p.entity).split_whitespace().next()?;
            let first = if word.is_ascii() {
                Cow::Borrowed(word)
            } else {
                Cow::Owned(crate::text::fold_str(word))
            };
            (rules::is_given_name(&first) && !matcher.is_name(&first))
                .then_some((p.entity, p.at, first))
        })
        .collect();
    // How many people bear each given name, and every surname: one pass each.
    let mut bearers: FxHashMap<&str, usize> = FxHashMap::default();
    for (_, _, first) in &firsts {
        *bearers.entry(first.as_ref()).or_default() += 1;
    }
    let surnames: FxHashSet<&str> = people
        .iter()
        .flat_map(|p| p.surnames.iter().map(String::as_str))
        .collect();
    firsts
        .iter()
        .filter(|(_, _, first)| bearers[first.as_ref()] == 1 && !surnames.contains(first.as_ref()))
        .map(|(entity, at, first)| (*entity, *at, [first.to_string()]))
        .collect()
}

/// The record of an entity found by rules: its name as first written (with the document's own
/// spelling and diacritics, on one line), and an id that is a slug of it.
fn rule_info(e: &rules::RuleEntity, written: &str) -> Arc<EntityInfo> {
    let written = written.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = if crate::text::fold_str(&written) == e.name {
        written
    } else {
        e.name.clone()
    };
    Arc::new(EntityInfo {
        id: slug(&name),
        kind: e.kind.to_string(),
        name,
        wikidata: None,
        country: None,
        gender: e.gender,
        class: None,
        origin: Origin::Rule,
    })
}
