//! Resolution within one document: which entity each name found refers to.
//!
//! News introduces a person once in full ("U.S. President Donald Trump") and then uses the surname
//! ("Trump"). The rules, in text order:
//! - an entity is *introduced* by its name or by an alias that is not context-only;
//! - a context-only alias (`~May`) counts only for an entity already introduced;
//! - a name shared by several entities goes to the one introduced first (Washington the city,
//!   unless George Washington was named earlier), else to the gazetteer's default reading;
//! - after a person is introduced, the last word of their name ("Putin") refers to them wherever
//!   it stands later, even when the gazetteer does not list it as an alias.

use super::matcher::{first_word, on_word_boundaries, Matcher, RawMatch};
use crate::lexicon::{is_weekday, MONTHS, PLACE_PREPOSITIONS, TITLES, TITLE_CASE_LOWER};
use crate::span::Span;
use crate::text::Folded;
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// A resolved mention: an original-text span and the matcher's entity index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub span: Span,
    pub entity: u32,
}

/// A person (or any entity) introduced in the document, and where.
pub(crate) struct Introduced {
    pub entity: u32,
    /// Folded offset where the introducing mention ends.
    pub at: usize,
}

/// Resolve raw gazetteer matches (folded offsets, in text order) to entities. Returns the
/// accepted mentions `(start, end, entity)` in folded offsets and the entities introduced, in
/// order.
pub(crate) fn resolve_known(
    matcher: &Matcher,
    ftext: &str,
    raw: &[RawMatch],
) -> (Vec<(usize, usize, u32)>, Vec<Introduced>) {
    let mut introduced: Vec<Introduced> = Vec::new();
    // Entity -> order of introduction; surname -> the earliest introduced person with it.
    // (Entity numbers, not words of the text, key `rank`: a fast hash is safe.)
    let mut rank: FxHashMap<u32, usize> = FxHashMap::default();
    let mut by_surname: HashMap<&str, (usize, u32)> = HashMap::new();
    let mut accepted: Vec<(usize, usize, u32)> = Vec::with_capacity(raw.len());
    for m in raw {
        let found = &ftext[m.start..m.end];
        if is_date(ftext, m.start, m.end) {
            continue;
        }
        let targets = matcher.targets(m.pattern);
        // An introduced entity this name can refer to, earliest introduced first: one of the
        // name's own targets, or a person whose surname it is.
        let by_context = targets
            .iter()
            .filter_map(|t| rank.get(&t.entity).map(|&r| (r, t.entity)))
            .chain(by_surname.get(found).copied())
            .min_by_key(|&(r, _)| r)
            .map(|(_, e)| e);
        let mut strong = true;
        let chosen = match by_context {
            Some(e) => {
                strong = targets.iter().any(|t| t.entity == e && !t.context_only);
                e
            }
            None => match targets.iter().find(|t| !t.context_only) {
                Some(t) => t.entity,
                None => match targets.iter().find(|t| {
                    vouched(
                        matcher,
                        ftext,
                        m,
                        t.entity,
                        &rank,
                        targets.len(),
                        accepted.last(),
                    )
                }) {
                    Some(t) => t.entity,
                    None => continue,
                },
            },
        };
        if strong && !rank.contains_key(&chosen) {
            let r = introduced.len();
            rank.insert(chosen, r);
            for surname in &matcher.surnames[chosen as usize] {
                by_surname.entry(surname).or_insert((r, chosen));
            }
            introduced.push(Introduced {
                entity: chosen,
                at: m.end,
            });
        }
        let (start, end) = if matcher.entities[chosen as usize].kind == "PERSON" {
            (strip_title(ftext, m.start, m.end), regnal_end(ftext, m.end))
        } else {
            (m.start, m.end)
        };
        accepted.push((start, end, chosen));
    }
    (accepted, introduced)
}

/// Map folded mentions to original spans.
///
/// `accepted` is sorted by start; the output contract promises mentions that do not overlap,
/// so should two stages ever claim the same words, the first claim stands.
pub(crate) fn to_original(
    text: &str,
    folded: &Folded<'_>,
    accepted: Vec<(usize, usize, u32)>,
) -> Vec<Resolved> {
    let mut claimed = 0;
    accepted
        .into_iter()
        .filter(|&(s, e, _)| {
            let free = s >= claimed;
            if free {
                claimed = e;
            }
            free
        })
        .filter_map(|(s, e, entity)| {
            folded
                .to_original_span(text, s, e)
                .map(|span| Resolved { span, entity })
        })
        .collect()
}

/// Context that vouches for a context-only name without an earlier introduction:
/// - a place in a dateline (`MUSCAT, June 3 -`) or after a place preposition (`in Chad`);
/// - a nationality whose country was introduced (`Poland … Polish officials`);
/// - a nationality or an organisation whose context-only name belongs to it alone, capitalised
///   inside a sentence (`Polish farmers`, `fined Apple on Monday`), where the capital can only
///   be the name's: not at the start of a sentence or a line, not in a Title Case or upper-case
///   line such as a headline, and, for an organisation, not inside a longer capitalised name
///   (`New England Journal of Medicine` does not vouch for `Journal`).
fn vouched(
    matcher: &Matcher,
    ftext: &str,
    m: &RawMatch,
    entity: u32,
    rank: &FxHashMap<u32, usize>,
    readings: usize,
    previous: Option<&(usize, usize, u32)>,
) -> bool {
    let info = &matcher.entities[entity as usize];
    match info.kind.as_str() {
        "LOCATION" => m.dateline || after_place_preposition(ftext, m.start),
        "NORP" => {
            matcher.countries[entity as usize].is_some_and(|c| rank.contains_key(&c))
                || readings == 1
                    && (capitalised_mid_sentence(ftext, m.start) || before_title(ftext, m.end))
        }
        "ORGANIZATION" => {
            // `Welsh Labour`: a nationality may stand before the name.
            let after_nationality = previous.is_some_and(|&(_, e, p)| {
                ftext[e..m.start].trim().is_empty() && matcher.entities[p as usize].kind == "NORP"
            });
            let prev_capital = previous_word(ftext, m.start)
                .is_some_and(|(w, _)| w.starts_with(|c: char| c.is_uppercase()));
            // The name goes on after it, directly or after a joining word (`Commission on
            // Presidential Debates`, `Bank of America`).
            let next_capital = ftext[m.end..].strip_prefix(' ').is_some_and(|r| {
                let joined = ["of ", "on ", "for "]
                    .iter()
                    .find_map(|j| r.strip_prefix(j));
                match joined {
                    // `fined Apple on Monday`: a date is no part of a name.
                    Some(rest) => {
                        let word = rest.split([' ', ',', '.']).next().unwrap_or("");
                        word.starts_with(|c: char| c.is_uppercase())
                            && !MONTHS.contains(word)
                            && !is_weekday(word)
                    }
                    None => r.starts_with(|c: char| c.is_uppercase()),
                }
            });
            readings == 1
                && (!prev_capital || after_nationality)
                && !next_capital
                && capitalised_mid_sentence(ftext, m.start)
        }
        _ => false,
    }
}

/// True when a title follows: `Polish Prime Minister Donald Tusk`, `Welsh First Minister`.
fn before_title(ftext: &str, end: usize) -> bool {
    let rest = ftext[end..].strip_prefix(' ').unwrap_or("");
    let mut words = rest.split(' ');
    let one = words.next().unwrap_or("");
    let two = words.next().map(|w| format!("{one} {w}"));
    one.starts_with(|c: char| c.is_uppercase())
        && (TITLES.contains(one) || two.is_some_and(|t| TITLES.contains(&t)))
}

/// True when the word at `start` follows other words of its sentence on a line that is not a
/// Title Case or upper-case heading.
fn capitalised_mid_sentence(ftext: &str, start: usize) -> bool {
    let before = ftext[..start].trim_end_matches(' ');
    let Some(prev) = before.chars().next_back() else {
        return false;
    };
    if matches!(
        prev,
        '.' | '!' | '?' | ':' | ';' | '"' | '\'' | '(' | '[' | '\n' | '-' | '|'
    ) {
        return false;
    }
    let line_start = ftext[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = ftext[start..].find('\n').map_or(ftext.len(), |i| start + i);
    !is_heading(&ftext[line_start..line_end])
}

/// A line whose words are mostly capitalised: a headline or a title.
pub(crate) fn is_heading(line: &str) -> bool {
    // A line that ends a sentence (before any closing quotation mark or bracket) and has a
    // plain lower-case word is a short paragraph (`President Olaf Kessler met Putin.`), not a
    // Title Case heading.
    let ends_sentence = line
        .trim_end()
        .trim_end_matches(['”', '"', '’', '\'', ')'])
        .ends_with(['.', '!', '?']);
    let (mut words, mut capitals) = (0usize, 0usize);
    for word in line.split(' ').take(MAX_HEADING_WORDS) {
        let Some(first) = word.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        let upper = first.is_uppercase();
        // A lower-case word other than the short ones Title Case leaves alone (`of`, `the`).
        if !upper
            && ends_sentence
            && !TITLE_CASE_LOWER.contains(&word.trim_matches(|c: char| !c.is_alphabetic()))
        {
            return false;
        }
        // Short lower-case words do not count.
        if upper || word.len() > 3 {
            words += 1;
            capitals += usize::from(upper);
            // Too many lower-case words for the rest to make up: most lines stop here.
            if (words - capitals) * 10 > MAX_HEADING_WORDS * 3 {
                return false;
            }
        }
    }
    words >= 3 && capitals * 10 >= words * 7
}

/// Words of a line read to judge it a heading.
const MAX_HEADING_WORDS: usize = 40;

/// Where a mention starts once a leading title is dropped: an alias such as `King Felipe` or
/// `Pope Francis` is matched whole, but the title is not part of the mention.
fn strip_title(ftext: &str, start: usize, end: usize) -> usize {
    let name = &ftext[start..end];
    let mut best = start;
    for (k, _) in name.match_indices(' ').take(3) {
        if TITLES.contains(&name[..k]) {
            best = start + k + 1;
        }
    }
    best
}

/// A mention followed by a regnal number takes it in: `King Felipe VI`, `Pope Leo XIV`.
fn regnal_end(ftext: &str, end: usize) -> usize {
    let Some(rest) = ftext[end..].strip_prefix(' ') else {
        return end;
    };
    let numeral = rest
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L'))
        .count();
    let after = rest[numeral..].chars().next();
    if numeral > 0 && numeral <= 5 && !after.is_some_and(|c| c.is_alphanumeric()) {
        end + 1 + numeral
    } else {
        end
    }
}

/// True when the word before `start` (skipping a `the`) is a place preposition, with only
/// spaces between: "in Chad", "in the Gambia", but not "in. Chad".
fn after_place_preposition(ftext: &str, start: usize) -> bool {
    match previous_word(ftext, start) {
        Some((w, at)) if w.eq_ignore_ascii_case("the") => {
            previous_word(ftext, at).is_some_and(|(w, _)| PLACE_PREPOSITIONS.contains(w))
        }
        Some((w, _)) => PLACE_PREPOSITIONS.contains(w),
        None => false,
    }
}

/// True when the name is a month with a number beside it: "May 16", "16 May", "May 2025".
fn is_date(ftext: &str, start: usize, end: usize) -> bool {
    let name = &ftext[start..end];
    let could_be_month =
        name.len() <= 9 && name.starts_with(['J', 'F', 'M', 'A', 'S', 'O', 'N', 'D']);
    if !could_be_month || !MONTHS.contains(name) {
        return false;
    }
    let next_is_number = ftext[end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let prev_is_number =
        previous_word(ftext, start).is_some_and(|(w, _)| w.bytes().all(|b| b.is_ascii_digit()));
    next_is_number || prev_is_number
}

/// The word that ends, after one or more spaces, at `end`, and where it starts.
pub(crate) fn previous_word(text: &str, end: usize) -> Option<(&str, usize)> {
    let before = text.get(..end)?.trim_end_matches(' ');
    if before.len() == end {
        return None;
    }
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    (!word.is_empty()).then_some((word, start))
}

/// A person who may later be called by surname: the entity, where they were introduced, and
/// their surnames (folded).
pub(crate) struct Surnamed<'a> {
    pub entity: u32,
    pub at: usize,
    pub surnames: &'a [String],
}

/// Find bare surnames of introduced people after their introduction, and in a headline above
/// it ("Alcaraz beats Sinner" before "Jannik Sinner" in the body), where no other name stands.
/// Where two people's surnames compete for the same words, the one introduced first wins.
///
/// A surname the gazetteer read as a town (`is_town`) is the person's once they are introduced
/// (`Amina Bello` ... `Bello said`), unless a place preposition stands before it (`in Bello`).
pub(crate) fn add_surname_mentions(
    ftext: &str,
    people: &[Surnamed<'_>],
    caps: &[u32],
    accepted: &mut Vec<(usize, usize, u32)>,
    is_town: &dyn Fn(u32) -> bool,
) {
    let bytes = ftext.as_bytes();
    // (start, end, introduction position, entity)
    let mut hits: Vec<(usize, usize, usize, u32)> = Vec::new();
    // (index in `accepted`, introduction position, entity): town mentions that are surnames.
    let mut retarget: Vec<(usize, usize, u32)> = Vec::new();
    let headline_end = ftext.find('\n').unwrap_or(0);
    let mut consider = |s: usize, e: usize, p: &Surnamed<'_>| {
        if !(s >= p.at || e <= headline_end)
            || !on_word_boundaries(bytes, s, e)
            || is_date(ftext, s, e)
        {
            return;
        }
        // Already named here?
        let k = accepted.partition_point(|&(_, end, _)| end <= s);
        match accepted.get(k) {
            None => hits.push((s, e, p.at, p.entity)),
            Some(&(start, _, _)) if start >= e => hits.push((s, e, p.at, p.entity)),
            Some(&(start, end, known))
                if (start, end) == (s, e)
                    && s >= p.at
                    && is_town(known)
                    && !after_place_preposition(ftext, s) =>
            {
                retarget.push((k, p.at, p.entity));
            }
            Some(_) => {}
        }
    };
    // Surnames opening with a capital (nearly all) are looked up by their first word at the
    // capitalised words of the text; the few opening in lower case (`von der Leyen`) are
    // searched for.
    let mut by_first: HashMap<&str, Vec<(&str, usize)>> = HashMap::new();
    for (k, p) in people.iter().enumerate() {
        for surname in p.surnames {
            if surname.starts_with(|c: char| c.is_lowercase()) {
                for pos in memchr::memmem::find_iter(bytes, surname.as_bytes()) {
                    consider(pos, pos + surname.len(), p);
                }
            } else {
                by_first
                    .entry(first_word(surname))
                    .or_default()
                    .push((surname, k));
            }
        }
    }
    if !by_first.is_empty() {
        for &start in caps {
            let start = start as usize;
            let word = first_word(&ftext[start..]);
            let bare = word.strip_suffix("'s").unwrap_or(word);
            for candidate in [word, bare] {
                if let Some(list) = by_first.get(candidate) {
                    for &(surname, k) in list {
                        if ftext[start..].starts_with(surname) {
                            consider(start, start + surname.len(), &people[k]);
                        }
                    }
                }
                if bare.len() == word.len() {
                    break;
                }
            }
        }
    }
    // Earliest introduced first, so that it wins.
    retarget.sort_unstable_by_key(|&(k, at, _)| (k, std::cmp::Reverse(at)));
    for (k, _, entity) in retarget {
        accepted[k].2 = entity;
    }
    if hits.is_empty() {
        return;
    }
    // Longest first at each start (`von der Leyen` over `Leyen`), then earliest introduced.
    hits.sort_unstable_by_key(|&(s, e, at, _)| (s, std::cmp::Reverse(e), at));
    let mut last_end = 0;
    for (s, e, _, entity) in hits {
        if s >= last_end {
            accepted.push((s, e, entity));
            last_end = e;
        }
    }
    accepted.sort_unstable_by_key(|&(s, _, _)| s);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn previous_word_needs_a_space_gap() {
        assert_eq!(previous_word("lives in Chad", 9), Some(("in", 6)));
        assert_eq!(previous_word("in. Chad", 4), None);
        assert_eq!(previous_word("Chad", 0), None);
    }

    #[test]
    fn month_beside_a_number_is_a_date() {
        let t = "LONDON, May 14 - May said; on 3 May she left; May 2019";
        let at: Vec<usize> = t.match_indices("May").map(|(i, _)| i).collect();
        assert!(is_date(t, at[0], at[0] + 3));
        assert!(!is_date(t, at[1], at[1] + 3));
        assert!(is_date(t, at[2], at[2] + 3));
        assert!(is_date(t, at[3], at[3] + 3));
    }

    #[test]
    fn place_preposition_may_take_the() {
        assert!(after_place_preposition("flew to the Gambia", 12));
        assert!(after_place_preposition("In Chad", 3));
        assert!(!after_place_preposition("Michael Jordan", 8));
    }
}
