//! The rules proper: what a run of capitalised words in its window is (an organisation, a
//! place, a person after a title or with a known given name, or nothing).

use super::lexicon::{class, is_connector, is_particle, word_classes, GIVEN_NAMES};
use super::words::{next_word, Doc};
use super::{Found, RuleEntity, RuleTarget};
use crate::gazetteer::Gender;
use std::collections::HashMap;

pub(super) fn add(
    found: &mut Found,
    by_name: &mut HashMap<String, usize>,
    doc: &Doc<'_>,
    span: (usize, usize),
    kind: &'static str,
    gender: Option<Gender>,
) -> usize {
    let name = doc.ftext[span.0..span.1]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let key = format!("{kind}\t{name}");
    let idx = *by_name.entry(key).or_insert_with(|| {
        found.entities.push(RuleEntity { name, kind, gender });
        found.entities.len() - 1
    });
    if found.entities[idx].gender.is_none() {
        found.entities[idx].gender = gender;
    }
    found
        .mentions
        .push((span.0, span.1, RuleTarget::Local(idx)));
    idx
}

/// Apply the rules to the run of words `first..=last`.
pub(super) fn classify(
    doc: &Doc<'_>,
    first: usize,
    last: usize,
    found: &mut Found,
    by_name: &mut HashMap<String, usize>,
) {
    let w = &doc.words;
    // Drop `The`, words that only start the sentence (`However`), and leading nationalities:
    // `Turkish Foreign Ministry` is a nationality and a ministry.
    let mut s = first;
    while s <= last
        && (doc.text(s) == "The"
            || doc.starts_sentence(s) && doc.has(s, class::STOP | class::MONTH)
            || doc.kind_of_known(s) == Some("NORP"))
    {
        s += 1;
    }
    if s > last {
        return;
    }
    // A title or role inside the run separates what comes before it from the person after it:
    // `Bank of Japan Governor Kazuo Ueda`.
    let names_person = |k: usize| doc.is_name_word(k) || doc.kind_of_known(k) == Some("PERSON");
    if let Some(t) = (s + 1..last)
        .rev()
        .find(|&k| doc.is_title_or_role(k) && names_person(k + 1))
    {
        // What stands before the title is a name of its own only if it has a pattern word
        // (`Bank of Japan Governor`); otherwise it is part of the title (`Deputy Foreign
        // Minister`).
        let head = (s..t).rev().find(|&k| !doc.is_title_or_role(k));
        if let Some(h) = head {
            if (s..=h).any(|k| doc.pattern(k, false).is_some() || doc.pattern(k, true).is_some()) {
                classify(doc, s, h, found, by_name);
            }
        }
        if doc.known[t + 1].is_none() {
            let title = doc.text(t).to_lowercase();
            person(doc, t + 1, last, Some(&title), found, by_name, true);
        }
        return;
    }
    // Organisation and place patterns over the whole run.
    let words_in_run = last - s + 1;
    let all_known = (s..=last).all(|k| doc.known[k].is_some() && doc.known[k] == doc.known[s]);
    if words_in_run >= 2 && !all_known {
        // A suffix word ends the run, a prefix word starts it, or a pattern word stands before
        // `of` inside it (`Serum Institute of India`).
        let before_of = (s..last)
            .find(|&k| doc.text(k + 1) == "of")
            .and_then(|k| doc.pattern(k, false).or_else(|| doc.pattern(k, true)));
        let kind = doc
            .pattern(last, false)
            .or_else(|| doc.pattern(s, true))
            .or(before_of);
        let has_plain = (s..=last).any(|k| {
            doc.pattern(k, false).is_none()
                && doc.pattern(k, true).is_none()
                && !is_connector(doc.text(k))
        });
        let absorbs_person = (s..=last).any(|k| doc.kind_of_known(k) == Some("PERSON"));
        if let (Some(kind), true, false) = (kind, has_plain, absorbs_person) {
            let span = (w[s].start, w[last].core_end);
            for k in s..=last {
                if let Some(t) = doc.known[k] {
                    if found.absorbed.last() != Some(&t) {
                        found.absorbed.push(t);
                    }
                }
            }
            add(found, by_name, doc, span, kind, None);
            return;
        }
    }
    // People: a title or role opening the run or just before it.
    let title_at = (s..=last).rev().find(|&k| doc.is_title_or_role(k));
    // A period may end an abbreviated title (`Sen. Ruiz`), never a role noun (`with two
    // people. One holds …`).
    let before = s.checked_sub(1).filter(|&b| {
        doc.joined(s) && doc.is_title_or_role(b) || doc.gap(s) == ". " && doc.has(b, class::TITLE)
    });
    let name_from = match (title_at, before) {
        (Some(t), _) => Some(t + 1),
        (None, Some(_)) => Some(s),
        _ => None,
    };
    if let Some(from) = name_from {
        let title_word = title_at.or(before).map(|k| doc.text(k).to_lowercase());
        person(doc, from, last, title_word.as_deref(), found, by_name, true);
        return;
    }
    // A given name opening the run.
    if let Some(&(gender, ordinary)) = GIVEN_NAMES.get(doc.text(s)) {
        if !(ordinary && doc.starts_sentence(s)) && doc.known[s].is_none() {
            person_with_gender(doc, s, last, gender, found, by_name, false);
            return;
        }
    }
    // Apposition: `a farmer, Amina Bello, said`.
    let gap_before = doc.gap(s);
    let after_noun =
        s > 0 && gap_before == ", " && doc.text(s - 1).chars().all(|c| c.is_lowercase());
    let gap_after = if last + 1 < w.len() {
        doc.gap(last + 1)
    } else {
        ""
    };
    if after_noun && gap_after.starts_with(',') && doc.has(s - 1, class::ROLE) {
        person(doc, s, last, None, found, by_name, false);
        return;
    }
    // Apposition after the name: `Elez Biberaj, the director of …`, `Quina Jones, 25, said`.
    if gap_after == ", " && described_after(doc, last) {
        person(doc, s, last, None, found, by_name, false);
    }
}

/// Whether the words after word `last` (and a comma) describe a person: an age between commas,
/// a role noun (`chief executive of`), or an article and, within four more words, a role noun
/// (`the director`, `a writer for`).
fn described_after(doc: &Doc<'_>, last: usize) -> bool {
    let ftext = doc.ftext;
    let Some(first) = next_word(ftext, doc.words[last].end) else {
        return false;
    };
    let word = &ftext[first.start..first.core_end];
    if word.len() == 2 && word.bytes().all(|b| b.is_ascii_digit()) {
        return ftext[first.end..].starts_with(',');
    }
    // `Adar Poonawalla, chief executive of …`: a role noun right after the comma.
    if !matches!(word, "a" | "an" | "the") {
        return word_classes(word) & class::ROLE != 0;
    }
    let mut at = first.end;
    for _ in 0..4 {
        let Some(w) = next_word(ftext, at) else {
            return false;
        };
        if &ftext[at..w.start] != " " {
            return false;
        }
        if word_classes(&ftext[w.start..w.core_end]) & class::ROLE != 0 {
            return true;
        }
        at = w.end;
    }
    false
}

/// A person named by words `from..=last`, after a title (`title`, lower case) when there is one.
pub(super) fn person(
    doc: &Doc<'_>,
    from: usize,
    last: usize,
    title: Option<&str>,
    found: &mut Found,
    by_name: &mut HashMap<String, usize>,
    titled: bool,
) {
    let gender = match title {
        Some(
            "mr" | "mr." | "sir" | "king" | "prince" | "lord" | "spokesman" | "chairman"
            | "congressman" | "father" | "brother" | "son" | "husband" | "businessman" | "emir"
            | "sheikh" | "sultan" | "pope" | "cardinal" | "imam" | "rabbi" | "baron",
        ) => Some(Gender::Male),
        Some(
            "mrs" | "mrs." | "ms" | "ms." | "miss" | "queen" | "princess" | "lady" | "dame"
            | "spokeswoman" | "chairwoman" | "congresswoman" | "mother" | "sister" | "daughter"
            | "wife" | "widow" | "businesswoman" | "baroness" | "sheikha",
        ) => Some(Gender::Female),
        _ => from
            .le(&last)
            .then(|| GIVEN_NAMES.get(doc.text(from)).and_then(|g| g.0))
            .flatten(),
    };
    person_with_gender(doc, from, last, gender, found, by_name, titled);
}

pub(super) fn person_with_gender(
    doc: &Doc<'_>,
    from: usize,
    last: usize,
    gender: Option<Gender>,
    found: &mut Found,
    by_name: &mut HashMap<String, usize>,
    titled: bool,
) {
    // The name: up to four name words (particles allowed inside), all unknown to the gazetteer.
    let mut end = from;
    let mut count = 0;
    let mut k = from;
    let mut absorbed = None;
    while k <= last && count < 4 {
        if doc.is_name_word(k) {
            end = k;
            count += 1;
        } else if count > 0
            && absorbed.is_none()
            && doc.lone_known_surname(
                k,
                k == from + 1 && GIVEN_NAMES.get(doc.text(from)).is_some(),
            )
        {
            // `Marisol Vance` is not JD Vance: a gazetteer surname after an unknown first name
            // belongs to this new person, and ends the name.
            end = k;
            count += 1;
            absorbed = doc.known[k];
            k += 1;
            break;
        } else if count == 0
            && titled
            && k < last
            && doc.is_name_word(k + 1)
            && doc.kind_of_known(k) == Some("LOCATION")
            && doc.lone_known_surname(k, true)
        {
            // `presidential adviser Salem Baraka`: after a title, a town's name before an
            // unknown name word is a given name.
            end = k;
            count += 1;
            absorbed = doc.known[k];
        } else if !is_particle(doc.text(k)) {
            break;
        }
        k += 1;
    }
    // A title vouches for a lone surname (`Ms Kowalski`); otherwise a name has two words.
    if count == 0 || count == 1 && !titled || k <= last && !titled {
        return;
    }
    let w = &doc.words;
    if let Some(t) = absorbed {
        found.absorbed.push(t);
    }
    add(
        found,
        by_name,
        doc,
        (w[from].start, w[end].core_end),
        "PERSON",
        gender,
    );
}
