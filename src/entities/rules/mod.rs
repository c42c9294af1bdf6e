//! Names no gazetteer knows, found by rules in the spirit of GATE's ANNIE.
//!
//! News is full of people nobody had heard of yesterday. A capitalised word sequence becomes an
//! entity when its context says what it is:
//! - a pattern word from `lexicon/name-patterns.tsv` ends it (`Lagoon Times`, `Zarichna Oblast`)
//!   or starts it (`Ministry of Energy`, `Lake Kivu`);
//! - a title or role stands before it (`Defence Minister Rustem Umerov`, `Kremlin aide Vladimir
//!   Medinsky`, `Ms Kowalski`);
//! - it opens with a known given name (`Maria Kowalski`), from `lexicon/given-names.tsv`;
//! - it stands in apposition after a common noun (`a farmer, Amina Bello, said`).
//!
//! Precision comes first: headlines and other Title Case or upper-case lines, words that merely
//! start a sentence (`However`, `Background`), days and months produce nothing. A long form
//! followed by an acronym in parentheses (`Organisation of Islamic Cooperation (OIC)`) makes
//! the acronym a name of the same entity. All lists are data; this module is the one engine.

mod acronyms;
mod classify;
mod lexicon;
mod words;

use crate::entities::matcher::{is_word_char, Matcher};
use crate::gazetteer::Gender;
use lexicon::{
    class, core_and_whole_classes, word_classes, GIVEN_NAMES, LONGEST_DOTTED, PATTERNS,
    WORD_CLASSES,
};
use once_cell::sync::Lazy;
use std::collections::HashMap;
use words::{char_at, gap_starts_sentence, next_word, prev_word_before, run_end, Doc, Word};

/// What a rule-found entity is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RuleEntity {
    pub name: String,
    pub kind: &'static str,
    pub gender: Option<Gender>,
}

/// Which entity a rule mention names: a gazetteer entity (an acronym defined for it) or a
/// rule entity of this document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RuleTarget {
    Known(u32),
    Local(usize),
}

/// Parse the rule lexicons now rather than on first use.
pub(crate) fn load_lexicons() {
    Lazy::force(&PATTERNS);
    Lazy::force(&WORD_CLASSES);
    Lazy::force(&GIVEN_NAMES);
    Lazy::force(&LONGEST_DOTTED);
}

/// True when `word` (folded) is a given name of the lexicon that is not also an ordinary
/// English word (`Carlos`, not `Will`).
pub(crate) fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES
        .get(word)
        .is_some_and(|&(_, ordinary)| !ordinary)
}

/// What the rules found.
#[derive(Default)]
pub(crate) struct Found {
    pub entities: Vec<RuleEntity>,
    /// `(start, end, target)` in folded offsets, in text order.
    pub mentions: Vec<(usize, usize, RuleTarget)>,
    /// Gazetteer mentions that a longer rule name absorbed (indices into `taken`).
    pub absorbed: Vec<usize>,
}

/// Run the rules over the folded text. `taken` are the gazetteer mentions, sorted.
///
/// Only capitalised words start a name: `caps` holds where such words start (the matcher finds
/// them on its way). Around each, a window of words (two before it, the run of capitalised
/// words it opens, and the words after the run) is read, and the rules read that window.
/// Lower-case text is never split into words.
pub(crate) fn find(
    matcher: &Matcher,
    ftext: &str,
    taken: &[(usize, usize, u32)],
    caps: &[u32],
) -> Found {
    let mut found = Found::default();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut heading = Headings {
        ftext,
        line: (0, 0, false),
    };
    let mut doc = Doc {
        ftext,
        words: Vec::new(),
        classes: Vec::new(),
        known: Vec::new(),
        taken,
        matcher,
    };
    let bytes = ftext.as_bytes();
    let mut next_taken = 0;
    // Where the previous run ended: capitalised words inside it were read with it.
    let mut done_until = 0;
    for &start in caps {
        let i = start as usize;
        let upper = if bytes[i].is_ascii() {
            bytes[i].is_ascii_uppercase()
        } else {
            char_at(ftext, i).is_some_and(char::is_uppercase)
        };
        // `post-CNN`, `O'Neill`: after an inner joiner the word goes on.
        let joined = i >= 2
            && matches!(bytes[i - 1], b'-' | b'\'' | b'.')
            && crate::entities::matcher::char_before(bytes, i - 1).is_some_and(is_word_char);
        if i < done_until || !upper || joined {
            continue;
        }
        let Some(w) = next_word(ftext, i) else { break };
        // Most capitalised words stand alone and are either known to the gazetteer or only
        // start a sentence: no rule applies, unless a title or role stands before them.
        while next_taken < taken.len() && taken[next_taken].1 <= w.start {
            next_taken += 1;
        }
        if let Some(end) = known_run(matcher, ftext, w, taken, next_taken) {
            done_until = end;
            continue;
        }
        let alone = !run_goes_on(ftext, w.end);
        if alone {
            let known = taken.get(next_taken).is_some_and(|t| t.0 < w.end);
            let stop = || word_classes(&ftext[w.start..w.core_end]) & class::STOP != 0;
            let titled = || {
                prev_word_before(ftext, w.start).is_some_and(|p| {
                    let (core, whole) = (&ftext[p.start..p.core_end], &ftext[p.start..p.end]);
                    core_and_whole_classes(core, whole) & (class::TITLE | class::ROLE) != 0
                })
            };
            if known || stop() || !titled() {
                continue;
            }
        }
        // Headlines and other Title Case lines are left alone (asked only here, where a rule
        // may apply: most capitalised words were settled above without it).
        if heading.at(i) {
            continue;
        }
        // The window: the word before (a title, a role, a common noun in apposition), this
        // word, and up to twelve after it, stopping at two lower-case words in a row.
        doc.words.clear();
        doc.words.extend(prev_word_before(ftext, w.start));
        let first = doc.words.len();
        doc.words.push(w);
        let capitalised = |x: &Word| ftext[x.start..].starts_with(|c: char| c.is_uppercase());
        let mut at = w.end;
        for _ in 0..12 {
            let Some(next) = next_word(ftext, at) else {
                break;
            };
            let prev = doc.words[doc.words.len() - 1];
            doc.words.push(next);
            at = next.end;
            if !capitalised(&next) && !capitalised(&prev) {
                break;
            }
        }
        doc.classes.clear();
        doc.classes
            .resize_with(doc.words.len(), || std::cell::Cell::new(0));
        doc.known.clear();
        let mut t = taken.partition_point(|m| m.1 <= doc.words[0].start);
        for w in &doc.words {
            while t < taken.len() && taken[t].1 <= w.start {
                t += 1;
            }
            doc.known
                .push((t < taken.len() && taken[t].0 < w.end).then_some(t));
        }
        let last = run_end(&doc, first);
        // A lone word the gazetteer knows, or one that only starts a sentence, is no new name,
        // unless a title or role stands before it (`Ms Kowalski`).
        let lone = last == first
            && (doc.known[first].is_some() || doc.has(first, class::STOP))
            && !(first > 0 && doc.is_title_or_role(first - 1));
        if !lone
            && (doc.is_capitalised(first)
                || doc.is_title_or_role(first)
                || doc.known[first].is_some())
        {
            classify::classify(&doc, first, last, &mut found, &mut by_name);
        }
        done_until = doc.words[last].end;
    }
    acronyms::acronyms(ftext, taken, &mut found);
    found.mentions.sort_unstable_by_key(|m| m.0);
    found
}

/// Whether a run of capitalised words may go on after the word ending at byte `end`.
fn run_goes_on(ftext: &str, end: usize) -> bool {
    ftext
        .get(end..)
        .and_then(|r| r.strip_prefix(' '))
        .is_some_and(|r| {
            r.starts_with(|c: char| c.is_uppercase())
                || r.starts_with("of ")
                || r.starts_with("al-")
        })
}

/// Where the run of capitalised words opening with `w` ends, when it holds nothing for the
/// rules to find: one gazetteer name opening at `w` (`Vladimir Putin said`), or one right
/// after a word that only opens the run (`The White House`, `On Monday` at the start of a
/// sentence) or after a title or role before a known person (`Mr. Obama`, `President Barack
/// Obama`). A title needs an unknown name after it and a pattern an unknown word inside the
/// run, so no rule applies; reading the run's window would find nothing. `next` indexes the
/// first mention of `taken` ending after `w` starts.
fn known_run(
    matcher: &Matcher,
    ftext: &str,
    w: Word,
    taken: &[(usize, usize, u32)],
    next: usize,
) -> Option<usize> {
    let &(start, end, entity) = taken.get(next)?;
    let bytes = ftext.as_bytes();
    let word_char_at =
        |i: usize| crate::entities::matcher::char_after(bytes, i).is_some_and(is_word_char);
    // The name must end its last word and the run: `Washington Post-ABC News`, `Post Co.`
    // and `Trump Tower` go on; a possessive ends a run (`Donald Trump's campaign`).
    let ends_run = if ftext[end..].starts_with("'s") {
        let joiner = matches!(bytes.get(end + 2), Some(b'-' | b'\'' | b'.'));
        !(word_char_at(end + 2) || joiner && word_char_at(end + 3))
    } else {
        !matches!(bytes.get(end), Some(b'-' | b'\'' | b'.')) && !run_goes_on(ftext, end)
    };
    if !ends_run {
        return None;
    }
    if start == w.start {
        return Some(end);
    }
    // One opening word, then one space, then the name.
    if start != w.end + 1 || bytes[w.end] != b' ' || w.core_end != w.end {
        return None;
    }
    let x = &ftext[w.start..w.end];
    let starts_sentence = || {
        prev_word_before(ftext, w.start).is_none_or(|p| gap_starts_sentence(&ftext[p.end..w.start]))
    };
    let opener =
        || x == "The" || word_classes(x) & (class::STOP | class::MONTH) != 0 && starts_sentence();
    let title_before_person = || {
        word_classes(x) & (class::TITLE | class::ROLE) != 0
            && PATTERNS.bits(x) == 0
            && matcher
                .entities
                .get(entity as usize)
                .is_some_and(|e| e.kind == "PERSON")
    };
    (opener() || title_before_person()).then_some(end)
}

/// Whether a folded offset lies on a heading line (Title Case or upper case), computed line by
/// line as the offsets asked about advance; each line is read once.
struct Headings<'a> {
    ftext: &'a str,
    /// The last line looked at: its bounds and verdict.
    line: (usize, usize, bool),
}

impl Headings<'_> {
    fn at(&mut self, pos: usize) -> bool {
        let (s, e, verdict) = self.line;
        if s <= pos && pos < e {
            return verdict;
        }
        let bytes = self.ftext.as_bytes();
        let start = memchr::memrchr(b'\n', &bytes[..pos]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        let verdict = super::resolve::is_heading(&self.ftext[start..end]);
        self.line = (start, end.max(start + 1), verdict);
        verdict
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    fn names(text: &str) -> Vec<(String, &'static str)> {
        let g = Gazetteer::from_tsv(
            "t.tsv",
            "japan\tLOCATION\tJapan\t\t\n\
             oic\tORGANIZATION\tOrganisation of Islamic Cooperation\tOIC\t\t\n\
             salem\tLOCATION\tSalem\t\t\tclass=town\n",
        )
        .unwrap();
        let m = Matcher::new(&g, Default::default()).unwrap();
        let folded = crate::text::Folded::new(text);
        let mut raw = Vec::new();
        let mut caps = Vec::new();
        m.find_in(text, &folded, &mut raw, &mut caps);
        let (accepted, _) = super::super::resolve::resolve_known(&m, folded.as_str(), &raw);
        let f = find(&m, folded.as_str(), &accepted, &caps);
        f.mentions
            .iter()
            .map(|&(s, e, t)| {
                let kind = match t {
                    RuleTarget::Local(l) => f.entities[l].kind,
                    RuleTarget::Known(_) => "KNOWN",
                };
                (folded.as_str()[s..e].to_string(), kind)
            })
            .collect()
    }

    #[test]
    fn an_age_or_a_role_in_apposition_after_a_name_makes_a_person() {
        assert_eq!(
            names(
                "The lack of reciprocity is deplorable, said Elez Biberaj, the director of the \
                 division. Quina Jones, 25, said the protests would go on. Zero Hedge, a \
                 financial blog, said the figures were wrong."
            ),
            [
                ("Elez Biberaj".to_string(), "PERSON"),
                ("Quina Jones".to_string(), "PERSON")
            ]
        );
    }

    #[test]
    fn a_run_opening_with_capitals_a_title_or_a_known_name_is_still_read() {
        // An all-capitals role (`CEO`) or a known acronym (`OIC`) opening the run, a role
        // right after the comma, and a town's name as a given name after a title.
        assert_eq!(
            names(
                "Brennan Dynamics CEO Gregory Lindahl said the firm would appeal. OIC Assistant \
                 Secretary-General Tariq Rahimi told delegates the aid was late. Adar \
                 Poonawalla, chief executive of the institute, said doses were ready. Yemeni \
                 presidential adviser Salem Baraka said accounts would be published."
            ),
            [
                ("Gregory Lindahl".to_string(), "PERSON"),
                ("Tariq Rahimi".to_string(), "PERSON"),
                ("Adar Poonawalla".to_string(), "PERSON"),
                ("Salem Baraka".to_string(), "PERSON")
            ]
        );
    }

    #[test]
    fn a_show_named_after_its_host_is_an_organisation() {
        assert_eq!(
            names("He said so on The Laura Ingraham Show on Monday."),
            [("Laura Ingraham Show".to_string(), "ORGANIZATION")]
        );
    }

    #[test]
    fn title_inside_a_run_splits_organisation_and_person() {
        assert_eq!(
            names("The yen rose after Bank of Japan Governor Kazuo Ueda spoke."),
            [
                ("Bank of Japan".to_string(), "ORGANIZATION"),
                ("Kazuo Ueda".to_string(), "PERSON")
            ]
        );
    }

    #[test]
    fn a_known_name_that_a_run_goes_on_from_is_still_read() {
        // An opening word, then a known name that a pattern word continues; a possessive
        // ends a known name's run, and the next run is read on its own.
        assert_eq!(
            names("Earlier The Japan Times said Japan's Foreign Ministry agreed."),
            [
                ("Japan Times".to_string(), "ORGANIZATION"),
                ("Foreign Ministry".to_string(), "ORGANIZATION")
            ]
        );
        assert_eq!(
            names("Staff of the Japan Post-Holdings Group met."),
            [("Japan Post-Holdings Group".to_string(), "ORGANIZATION")]
        );
    }

    #[test]
    fn a_short_paragraph_is_not_a_heading() {
        let person = vec![("Olaf Kessler".to_string(), "PERSON")];
        assert_eq!(names("President Olaf Kessler met Japan."), person);
        // A wire credit line ends its sentence inside the bracket.
        assert_eq!(
            names("(Reporting by Amina Bello in Lagos; editing by Will Dunham.)"),
            [
                ("Amina Bello".to_string(), "PERSON"),
                ("Will Dunham".to_string(), "PERSON")
            ]
        );
        assert_eq!(names("Minister Olaf Kessler Spoke In Japan"), []);
    }
}
