//! The gazetteer automaton: every known name, found as whole words, leftmost-longest.
//!
//! All names are folded (`text::fold`) and compiled into one Aho-Corasick automaton. The search
//! reports every occurrence, including overlapping ones; occurrences that do not sit on word
//! boundaries are dropped *before* choosing leftmost-longest. Choosing first and filtering after
//! would let a rejected longer match (`Iran` inside `Iranian`) hide a real one that starts later.

use crate::gazetteer::{EntityInfo, Gazetteer};
use crate::text::fold::{fold_str, Folded};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// One entity a name can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Target {
    /// Index into [`Matcher::entities`].
    pub entity: u32,
    /// The name counts only after the entity was introduced in the document.
    pub context_only: bool,
}

/// A name found in the folded text, on word boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawMatch {
    /// Folded byte offsets.
    pub start: usize,
    pub end: usize,
    pub pattern: u32,
    /// Found in a dateline, which vouches for a place whose name is context-only.
    pub dateline: bool,
}

/// How names are matched.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MatchOptions {
    /// Match ASCII letters regardless of case (off by default: `May` is not `may`).
    pub ignore_case: bool,
    /// Leave out names found by rules (titles, given names, name patterns): gazetteer names
    /// only.
    pub no_name_rules: bool,
}

/// Compiled gazetteers: the automaton and, per pattern, the entities it names.
#[derive(Debug)]
pub(crate) struct Matcher {
    /// Names opening with a letter or a digit, by their first word, longest first.
    by_first_word: FxHashMap<Box<str>, Vec<u32>>,
    /// What each byte of the text may open: see [`Opens`].
    opens: [Opens; 256],
    /// For names opening in lower case (`al-Assad`, `eurozone`), a bit per hash of their first
    /// three bytes: a lower-case word of the text is looked up only when its bit is set.
    lower_starts: Vec<u64>,
    /// Per pattern: the folded name.
    patterns: Vec<String>,
    /// The names opening with punctuation, scanned for; `scanned_ids` maps its pattern ids to
    /// ours.
    scanned: Option<AhoCorasick>,
    scanned_ids: Vec<u32>,
    /// The options it was built with.
    pub options: MatchOptions,
    /// Per pattern: its range in `targets`.
    pattern_targets: Vec<(u32, u32)>,
    targets: Vec<Target>,
    /// Place names in upper case, for datelines (`ISTANBUL, May 16 (Reuters) -`).
    dateline_places: FxHashMap<String, u32>,

    pub entities: Vec<Arc<EntityInfo>>,
    /// Per entity: the folded surnames a later bare mention may use (persons only).
    pub surnames: Vec<Vec<String>>,
    /// Per entity: for a nationality, the index of its country's entity.
    pub countries: Vec<Option<u32>>,
}

/// Why a matcher could not be built.
#[derive(Debug, thiserror::Error)]
#[error("cannot build the name automaton: {0}")]
pub struct BuildError(#[from] aho_corasick::BuildError);

impl Matcher {
    pub fn new(gazetteer: &Gazetteer, options: MatchOptions) -> Result<Matcher, BuildError> {
        // Sized once for every name and alias: a user gazetteer may hold a million.
        let names: usize = gazetteer
            .entries()
            .iter()
            .map(|e| 1 + e.aliases.len())
            .sum();
        let mut index: FxHashMap<String, u32> =
            FxHashMap::with_capacity_and_hasher(names, Default::default());
        // (pattern, rank, entity, order): every reading of every name, in one list.
        let mut readings: Vec<(u32, u8, u32, u32, bool)> = Vec::with_capacity(names);
        let mut entities = Vec::with_capacity(gazetteer.len());
        let mut surnames = Vec::with_capacity(gazetteer.len());
        for entry in gazetteer.entries() {
            let entity = entities.len() as u32;
            entities.push(Arc::clone(&entry.info));
            // The surnames of the name and of every full-name alias (`Abbas Araqchi` for
            // `Abbas Araghchi`): after either, the bare surname is the person.
            surnames.push(if entry.info.kind == "PERSON" {
                let mut all = surname_of(&entry.info.name);
                for alias in entry.aliases.iter().filter(|a| !a.context_only) {
                    for s in surname_of(&alias.text) {
                        if !all.contains(&s) {
                            all.push(s);
                        }
                    }
                }
                all
            } else {
                Vec::new()
            });
            let name_rank = if entry.name_context_only { 2 } else { 0 };
            let names =
                std::iter::once((entry.info.name.as_str(), entry.name_context_only, name_rank))
                    .chain(entry.aliases.iter().map(|a| {
                        (
                            a.text.as_str(),
                            a.context_only,
                            if a.context_only { 2 } else { 1 },
                        )
                    }));
            for (name, context_only, rank) in names {
                let folded = fold_str(name);
                if folded.is_empty() {
                    continue;
                }
                let fresh = index.len() as u32;
                let pid = *index.entry(folded).or_insert(fresh);
                let order = readings.len() as u32;
                readings.push((pid, rank, entity, order, context_only));
            }
        }
        let mut patterns: Vec<String> = vec![String::new(); index.len()];
        for (name, pid) in index {
            patterns[pid as usize] = name;
        }
        // An entity reads a name once, as it first gave it (its name before its aliases).
        readings.sort_unstable_by_key(|&(pid, _, entity, order, _)| (pid, entity, order));
        readings.dedup_by_key(|&mut (pid, _, entity, _, _)| (pid, entity));
        // Default reading of a shared name: an entity whose own name it is, then one for which
        // it is an ordinary alias, then context-only ones; ties keep gazetteer order.
        readings.sort_unstable_by_key(|&(pid, rank, _, order, _)| (pid, rank, order));
        let mut targets = Vec::with_capacity(readings.len());
        let mut pattern_targets = Vec::with_capacity(patterns.len());
        for (pid, _, entity, _, context_only) in readings {
            while pattern_targets.len() <= pid as usize {
                let at = targets.len() as u32;
                pattern_targets.push((at, at));
            }
            targets.push(Target {
                entity,
                context_only,
            });
            pattern_targets[pid as usize].1 = targets.len() as u32;
        }
        let by_id: FxHashMap<&str, u32> = entities
            .iter()
            .enumerate()
            .map(|(k, e)| (e.id.as_str(), k as u32))
            .collect();
        let countries = entities
            .iter()
            .map(|e| e.country.as_deref().and_then(|c| by_id.get(c).copied()))
            .collect();
        let mut dateline_places = FxHashMap::default();
        for (pid, (pattern, &(s, e))) in patterns.iter().zip(&pattern_targets).enumerate() {
            let is_place = targets[s as usize..e as usize]
                .iter()
                .any(|t| entities[t.entity as usize].kind == "LOCATION");
            if is_place {
                dateline_places
                    .entry(pattern.to_ascii_uppercase())
                    .or_insert(pid as u32);
            }
        }
        // Names opening with a letter or a digit are indexed by their first word, longest
        // first: a word of the text that may open one looks up the names it may open and
        // checks them in place. Capitalised words, digits and non-ASCII letters always look;
        // a lower-case word only when its first three bytes begin some name (`al-Aqsa`,
        // `eurozone`). The few names that open with punctuation are scanned for in one
        // unanchored pass.
        let mut by_first_word: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        let mut scanned_ids: Vec<u32> = Vec::new();
        let mut lower_starts = vec![0u64; LOWER_START_BITS / 64];
        for (pid, p) in patterns.iter().enumerate() {
            let b = p.as_bytes()[0];
            let lower = !options.ignore_case && b.is_ascii_lowercase() && p.len() >= 3;
            if lower {
                let h = lower_start_hash(p.as_bytes());
                lower_starts[h / 64] |= 1 << (h % 64);
            }
            if lower
                || options.ignore_case
                || b.is_ascii_uppercase()
                || b.is_ascii_digit()
                || !b.is_ascii()
            {
                let key = first_word(p);
                let key = if options.ignore_case {
                    key.to_ascii_lowercase()
                } else {
                    key.to_string()
                };
                by_first_word
                    .entry(key.into_boxed_str())
                    .or_default()
                    .push(pid as u32);
            } else {
                scanned_ids.push(pid as u32);
            }
        }
        for list in by_first_word.values_mut() {
            list.sort_unstable_by_key(|&pid| std::cmp::Reverse(patterns[pid as usize].len()));
        }
        let lower_names = lower_starts.iter().any(|&w| w != 0);
        let mut opens = [Opens::Nothing; 256];
        for (b, o) in opens.iter_mut().enumerate() {
            let b = b as u8;
            *o = if b.is_ascii_uppercase()
                || b.is_ascii_digit()
                || b >= 0xC0
                || options.ignore_case && (b.is_ascii_lowercase() || b == b'_')
            {
                Opens::Word
            } else if b.is_ascii_lowercase() && lower_names {
                Opens::LowerCaseName
            } else {
                Opens::Nothing
            };
        }
        let scanned = if scanned_ids.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(scanned_ids.iter().map(|&i| &patterns[i as usize]))?,
            )
        };
        Ok(Matcher {
            by_first_word,
            opens,
            lower_starts,
            patterns,
            scanned,
            scanned_ids,
            options,
            pattern_targets,
            targets,
            dateline_places,
            entities,
            surnames,
            countries,
        })
    }

    /// The entities pattern `pid` may name, default reading first.
    pub fn targets(&self, pid: u32) -> &[Target] {
        let (s, e) = self.pattern_targets[pid as usize];
        &self.targets[s as usize..e as usize]
    }

    /// Whether `word` (folded) is itself a name of the gazetteer (`Charlotte`, a city). Names
    /// filed under a word come longest first, so the word alone would be the last.
    pub fn is_name(&self, word: &str) -> bool {
        self.by_first_word
            .get(word)
            .and_then(|list| list.last())
            .is_some_and(|&pid| self.patterns[pid as usize] == word)
    }

    /// Number of distinct folded names.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Whether a lower-case word starting `rest` may open a name (its first three bytes begin
    /// one; false positives are weeded out by the lookup).
    fn may_open_lower(&self, rest: &[u8]) -> bool {
        rest.len() >= 3 && {
            let h = lower_start_hash(rest);
            self.lower_starts[h / 64] & (1 << (h % 64)) != 0
        }
    }

    /// Find names in the folded text: whole words only, non-overlapping, leftmost-longest among
    /// the occurrences that sit on word boundaries, plus place names in upper-case datelines at
    /// the start of a line of `text`. `out` is cleared first.
    pub fn find_in(
        &self,
        text: &str,
        folded: &Folded<'_>,
        out: &mut Vec<RawMatch>,
        caps: &mut Vec<u32>,
    ) {
        self.find(folded.as_str(), out, caps);
        if self.dateline_places.is_empty() {
            return;
        }
        let before = out.len();
        let ftext = folded.as_str();
        let line_starts =
            std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        for start in line_starts {
            let rest = &text[start..];
            let lead = rest.len() - rest.trim_start().len();
            if !rest[lead..].starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let fstart = folded.to_folded(start + lead);
            if let Some(m) = self.dateline_at(ftext, fstart) {
                // `out[..before]` is sorted and non-overlapping, and datelines are found in text
                // order: a binary search and a look at the last one, not a scan per line, which
                // is quadratic on long texts.
                let i = out[..before].partition_point(|r| r.end <= m.start);
                let free = out[..before].get(i).is_none_or(|r| r.start >= m.end)
                    && out[before..].last().is_none_or(|r| r.end <= m.start);
                if free {
                    out.push(m);
                }
            }
        }
        if out.len() > before {
            out.sort_unstable_by_key(|m| m.start);
        }
    }

    /// A dateline place at folded offset `at`: upper-case words followed by `,`, ` (` or ` -`.
    fn dateline_at(&self, ftext: &str, at: usize) -> Option<RawMatch> {
        let rest = ftext.get(at..)?;
        let len = rest
            .bytes()
            .position(|b| !(b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'\'' | b'-')))
            .unwrap_or(rest.len());
        let words = rest[..len].trim_end_matches([' ', '-']);
        let after = &rest[words.len()..];
        let closes = after.starts_with(',') || after.starts_with(" (") || after.starts_with(" -");
        if words.len() < 2 || !closes || !words.bytes().any(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let pid = *self.dateline_places.get(words)?;
        Some(RawMatch {
            start: at,
            end: at + words.len(),
            pattern: pid,
            dateline: true,
        })
    }

    /// Find names in `folded`: whole words only, non-overlapping, leftmost-longest among the
    /// occurrences that sit on word boundaries. `out` is cleared first.
    ///
    /// A name can only start where a word starts (or, for the few names that open with
    /// punctuation, anywhere), and only with a byte some name starts with. So instead of
    /// running the automaton over every byte, the search runs it anchored at those positions
    /// only, collecting every name that starts there and ends on a word boundary, and takes
    /// the longest. Positions inside a name already taken are skipped: leftmost-longest among
    /// boundary matches, by construction, with no rejected match hiding a later one.
    ///
    /// `caps` receives, in order, the start of every word that opens with a capital, a digit or
    /// a non-ASCII letter: the places where the name rules look.
    pub fn find(&self, folded: &str, out: &mut Vec<RawMatch>, caps: &mut Vec<u32>) {
        out.clear();
        caps.clear();
        let bytes = folded.as_bytes();
        let any_case = self.options.ignore_case;
        let mut taken_until = 0;
        let mut lower = String::new();
        let mut next = 0;
        while next < bytes.len() {
            let i = next;
            let b = bytes[i];
            next += 1;
            // Bytes that can open no word worth looking at are skipped unread.
            match self.opens[usize::from(b)] {
                Opens::Nothing => continue,
                Opens::LowerCaseName => {
                    // No name starts inside a word: the rest of its ASCII letters and digits
                    // are passed over.
                    while next < bytes.len() && is_ascii_word_byte(bytes[next]) {
                        next += 1;
                    }
                    // A lower-case word start some name may open: not after a word character.
                    let after_word = i > 0
                        && (is_ascii_word_byte(bytes[i - 1])
                            || !bytes[i - 1].is_ascii()
                                && char_before(bytes, i).is_some_and(is_word_char));
                    if after_word || i < taken_until || !self.may_open_lower(&bytes[i..]) {
                        continue;
                    }
                }
                Opens::Word => {
                    // A word starts here: a word character not preceded by one.
                    let is_word = if b.is_ascii() {
                        is_ascii_word_byte(b)
                    } else {
                        char_after(bytes, i).is_some_and(is_word_char)
                    };
                    if !is_word || char_before(bytes, i).is_some_and(is_word_char) {
                        continue;
                    }
                    while next < bytes.len() && is_ascii_word_byte(bytes[next]) {
                        next += 1;
                    }
                    caps.push(i as u32);
                    if i < taken_until {
                        continue;
                    }
                }
            }
            // The word, and its shorter forms before an inner joiner (`Kyiv-based`,
            // `Putin's`), each a key the names may be filed under.
            if self.by_first_word.is_empty() {
                continue;
            }
            let word = first_word(&folded[i..]);
            let wb = word.as_bytes();
            let ends = (1..=wb.len())
                .rev()
                .filter(|&k| k == wb.len() || matches!(wb[k], b'-' | b'\'' | b'.'));
            let rest = &bytes[i..];
            let found = ends.into_iter().find_map(|end| {
                let key = if any_case {
                    lower.clear();
                    lower.push_str(&word[..end]);
                    lower.make_ascii_lowercase();
                    lower.as_str()
                } else {
                    &word[..end]
                };
                let list = self.by_first_word.get(key)?;
                list.iter().copied().find(|&pid| {
                    let p = self.patterns[pid as usize].as_bytes();
                    let fits = if any_case {
                        rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p)
                    } else {
                        rest.starts_with(p)
                    };
                    fits && on_word_boundaries(bytes, i, i + p.len())
                })
            });
            if let Some(pid) = found {
                let end = i + self.patterns[pid as usize].len();
                out.push(RawMatch {
                    start: i,
                    end,
                    pattern: pid,
                    dateline: false,
                });
                taken_until = end;
            }
        }
        if let Some(ac) = &self.scanned {
            let before = out.len();
            for m in ac.find_overlapping_iter(folded) {
                if on_word_boundaries(bytes, m.start(), m.end()) {
                    out.push(RawMatch {
                        start: m.start(),
                        end: m.end(),
                        pattern: self.scanned_ids[m.pattern().as_usize()],
                        dateline: false,
                    });
                }
            }
            if out.len() > before {
                // Leftmost-longest over both kinds of match.
                out.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
                let mut last_end = 0;
                out.retain(|m| {
                    let keep = m.start >= last_end;
                    if keep {
                        last_end = m.end;
                    }
                    keep
                });
            }
        }
    }
}

/// What a byte of the folded text may open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opens {
    /// Nothing: it is read past.
    Nothing,
    /// A word that may begin a name: a capital, a digit, a non-ASCII letter (any letter when
    /// case is ignored).
    Word,
    /// A lower-case letter: a name only if some lower-case name begins like the word.
    LowerCaseName,
}

/// An ASCII letter, digit or `_`: a byte that continues a word (as [`is_word_char`]).
pub(crate) fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Bits in [`Matcher::lower_starts`].
const LOWER_START_BITS: usize = 4096;

/// The bit of a lower-case name's (or word's) first three bytes.
fn lower_start_hash(b: &[u8]) -> usize {
    let h =
        (u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2])).wrapping_mul(0x9E37_79B1);
    (h >> 20) as usize % LOWER_START_BITS
}

/// The first word of `s`: letters and digits with inner hyphens, apostrophes and periods
/// (`U.S`, `Kyiv-based`, `O'Neill`), the same way for names and for text.
pub(crate) fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII letters and digits in a tight loop; anything else below.
        if is_ascii_word_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let c = char_after(bytes, i).unwrap_or(' ');
        if is_word_char(c) {
            i += c.len_utf8();
        } else if matches!(c, '-' | '\'' | '.')
            && char_after(bytes, i + 1).is_some_and(is_word_char)
        {
            i += 1;
        } else {
            break;
        }
    }
    &s[..i]
}

/// True when a match does not cut a word: a match whose first (last) character is a word
/// character must not have a word character just before (after) it.
pub(crate) fn on_word_boundaries(text: &[u8], start: usize, end: usize) -> bool {
    let s = text;
    let starts_word = char_after(s, start).is_some_and(is_word_char);
    let ends_word = char_before(s, end).is_some_and(is_word_char);
    !(starts_word && char_before(s, start).is_some_and(is_word_char)
        || ends_word && char_after(s, end).is_some_and(is_word_char))
}

/// Letters, digits, underscore and combining marks: characters that continue a word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF)
}

/// The character ending just before byte `i`.
pub(crate) fn char_before(s: &[u8], i: usize) -> Option<char> {
    if i == 0 || i > s.len() {
        return None;
    }
    let b = s[i - 1];
    if b.is_ascii() {
        return Some(b as char);
    }
    let mut k = i - 1;
    while k > 0 && (s[k] & 0xC0) == 0x80 && i - k < 4 {
        k -= 1;
    }
    std::str::from_utf8(&s[k..i]).ok()?.chars().next()
}

/// The character starting at byte `i`.
pub(crate) fn char_after(s: &[u8], i: usize) -> Option<char> {
    let b = *s.get(i)?;
    if b.is_ascii() {
        return Some(b as char);
    }
    let len = match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    std::str::from_utf8(s.get(i..i + len)?).ok()?.chars().next()
}

/// The surnames a person may later be called by alone: the last word of the name, skipping
/// generational suffixes, with its particles (`von der Leyen`, `ap Iorwerth`, `da Silva`), also
/// capitalised as at the start of a sentence (`Von der Leyen`); an `al-` name also without its
/// particle (`al-Assad`, `Assad`). Empty when the name has one word or the surname is too
/// short or not capitalised to be safe on its own.
pub(crate) fn surname_of(name: &str) -> Vec<String> {
    const SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];
    const PARTICLES: &[&str] = &[
        "von", "van", "der", "den", "de", "da", "do", "dos", "das", "del", "della", "di", "du",
        "la", "le", "ap", "bin", "ibn", "al", "el", "ter",
    ];
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    let mut words = &words[..];
    while let Some((last, rest)) = words.split_last() {
        if SUFFIXES.contains(last) && !rest.is_empty() {
            words = rest;
        } else {
            break;
        }
    }
    if words.len() < 2 {
        return Vec::new();
    }
    let mut first = words.len() - 1;
    while first > 1 && PARTICLES.contains(&words[first - 1]) {
        first -= 1;
    }
    let last = fold_str(words[words.len() - 1]);
    let core = ["al-", "el-", "Al-", "El-"]
        .iter()
        .find_map(|p| last.strip_prefix(p))
        .unwrap_or(&last);
    let safe = core.chars().next().is_some_and(char::is_uppercase)
        && core.chars().count() >= 3
        && core
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    if !safe {
        return Vec::new();
    }
    let full = fold_str(&words[first..].join(" "));
    let mut out = vec![full.clone()];
    let capitalised: String = full
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .chain(full.chars().skip(1))
        .collect();
    if capitalised != full {
        out.push(capitalised);
    }
    if core != last && first == words.len() - 1 {
        out.push(core.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(tsv: &str) -> Matcher {
        Matcher::new(
            &Gazetteer::from_tsv("t.tsv", tsv).unwrap(),
            MatchOptions::default(),
        )
        .unwrap()
    }

    fn found(m: &Matcher, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        m.find(text, &mut out, &mut Vec::new());
        out.iter()
            .map(|r| text[r.start..r.end].to_string())
            .collect()
    }

    #[test]
    fn whole_words_only() {
        let m = matcher("iran\tLOCATION\tIran\t\t\n");
        assert!(found(&m, "Iranian officials").is_empty());
        assert_eq!(found(&m, "Iran, Iranian, Iran."), vec!["Iran", "Iran"]);
    }

    #[test]
    fn names_opening_in_lower_case_are_whole_words_too() {
        let m = matcher(
            "assad\tPERSON\tBashar al-Assad\tal-Assad\t\n\
             ez\tLOCATION\teurozone\t\t\n\
             ebay\tORGANIZATION\teBay\t\t\n\
             quote\tORGANIZATION\t'Quote\t\t\n",
        );
        assert_eq!(
            found(&m, "al-Assad's eurozone; eBay, 'Quote"),
            vec!["al-Assad", "eurozone", "eBay", "'Quote"]
        );
        // Not inside a word, and not a longer word.
        assert!(found(&m, "Dal-Assad noneurozone eurozones eBayer").is_empty());
        // The longer name wins over a shorter one inside it.
        assert_eq!(found(&m, "Bashar al-Assad said"), vec!["Bashar al-Assad"]);
    }

    #[test]
    fn hyphen_is_a_boundary() {
        let m = matcher("kyiv\tLOCATION\tKyiv\t\t\n");
        assert_eq!(found(&m, "a Kyiv-based analyst"), vec!["Kyiv"]);
    }

    #[test]
    fn rejected_match_does_not_hide_a_later_one() {
        // `Ira Ta` occurs inside `Mira Tata`, cutting two words; a search that picked it first
        // and filtered it afterwards would have skipped past the start of `Tata Group`.
        let m = matcher("ira\tPERSON\tIra Ta\t\t\ntata\tORGANIZATION\tTata Group\t\t\n");
        assert_eq!(found(&m, "Mira Tata Group"), vec!["Tata Group"]);
        let m = matcher("ira\tPERSON\tIra\t\t\niran\tLOCATION\tIran\t\t\n");
        assert_eq!(found(&m, "Iran and Ira"), vec!["Iran", "Ira"]);
    }

    #[test]
    fn longest_wins_among_boundary_matches() {
        let m = matcher("ny\tLOCATION\tNew York\t\t\nnyt\tORGANIZATION\tNew York Times\t\t\n");
        assert_eq!(found(&m, "The New York Times said"), vec!["New York Times"]);
        assert_eq!(found(&m, "New York Timesheet"), vec!["New York"]);
    }

    #[test]
    fn case_sensitive_by_default() {
        let m = matcher("may\tPERSON\tMay\t\t\n");
        assert!(found(&m, "it may rain").is_empty());
        let ci = Matcher::new(
            &Gazetteer::from_tsv("t.tsv", "may\tPERSON\tMay\t\t\n").unwrap(),
            MatchOptions {
                ignore_case: true,
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(found(&ci, "it may rain"), vec!["may"]);
    }

    #[test]
    fn upper_case_dateline_names_a_place() {
        let m = matcher("ist\tLOCATION\tIstanbul\t\t\nny\tLOCATION\tNew York\t\t\n");
        let text =
            "Talks resume\n\nİSTANBUL, May 16 (Reuters) - Delegations met.\nNEW YORK (AP) - More.";
        let folded = Folded::new(text);
        let mut out = Vec::new();
        m.find_in(text, &folded, &mut out, &mut Vec::new());
        let got: Vec<&str> = out
            .iter()
            .map(|r| {
                folded
                    .to_original_span(text, r.start, r.end)
                    .unwrap()
                    .slice(text)
            })
            .collect();
        assert_eq!(got, ["İSTANBUL", "NEW YORK"]);
        // Upper case elsewhere is not a dateline.
        m.find_in(
            "VISIT ISTANBUL NOW",
            &Folded::new("VISIT ISTANBUL NOW"),
            &mut out,
            &mut Vec::new(),
        );
        assert!(out.is_empty());
    }

    #[test]
    fn surnames_skip_suffixes_and_short_words() {
        assert_eq!(surname_of("Vladimir Putin"), ["Putin"]);
        assert_eq!(surname_of("Donald Trump Jr."), ["Trump"]);
        assert_eq!(surname_of("Recep Tayyip Erdoğan"), ["Erdogan"]);
        assert!(surname_of("Madonna").is_empty());
        assert!(surname_of("Kim Jong Un").is_empty());
    }

    #[test]
    fn surnames_keep_their_particles() {
        assert_eq!(
            surname_of("Ursula von der Leyen"),
            ["von der Leyen", "Von der Leyen"]
        );
        assert_eq!(
            surname_of("Rhun ap Iorwerth"),
            ["ap Iorwerth", "Ap Iorwerth"]
        );
        assert_eq!(
            surname_of("Bashar al-Assad"),
            ["al-Assad", "Al-Assad", "Assad"]
        );
    }
}
