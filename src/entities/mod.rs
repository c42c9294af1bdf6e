//! Finding entities: gazetteer names matched in the folded text, then resolved within the
//! document into entities with their mentions.

pub(crate) mod matcher;
mod resolve;

pub use matcher::{BuildError, MatchOptions};

use crate::analysis::{Entity, Mention};
use crate::text::Folded;
use matcher::{Matcher, RawMatch};
use std::collections::HashMap;

/// Find and resolve the entities of `text` (whose folded form is `folded`). Entities come in
/// order of first mention; mentions in text order, each with the index of its entity.
pub(crate) fn find(
    matcher: &Matcher,
    text: &str,
    folded: &Folded<'_>,
    raw: &mut Vec<RawMatch>,
) -> (Vec<Entity>, Vec<Mention>) {
    matcher.find_in(text, folded, raw);
    let resolved = resolve::resolve(matcher, text, folded, raw);
    let mut entities: Vec<Entity> = Vec::new();
    // Matcher entity index -> position in `entities`.
    let mut slots: HashMap<u32, usize> = HashMap::new();
    let mut mentions = Vec::with_capacity(resolved.len());
    for r in resolved {
        let slot = match slots.get(&r.entity) {
            Some(&slot) => slot,
            None => {
                slots.insert(r.entity, entities.len());
                entities.push(Entity {
                    info: matcher.entities[r.entity as usize].clone(),
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
