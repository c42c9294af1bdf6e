//! Acronyms defined in parentheses after a long form.

use super::{Found, RuleTarget};
use std::collections::HashMap;

/// `Organisation of Islamic Cooperation (OIC)`: the acronym names the entity just before it,
/// there and wherever it stands later.
pub(super) fn acronyms(ftext: &str, taken: &[(usize, usize, u32)], found: &mut Found) {
    let bytes = ftext.as_bytes();
    let mut defined: Vec<(String, RuleTarget, usize)> = Vec::new();
    let mut by_end = found.mentions.clone();
    by_end.sort_unstable_by_key(|m| m.1);
    for open in memchr::memchr_iter(b'(', bytes) {
        let Some(close) = ftext[open..].find(')').map(|c| open + c) else {
            continue;
        };
        let acr = &ftext[open + 1..close];
        let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() < 2
            || letters.len() > 8
            || acr.len() > 10
            || !acr
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&')
            || open == 0
            || bytes[open - 1] != b' '
        {
            continue;
        }
        // The name that ends right before the parenthesis: a rule mention or a gazetteer one.
        let end = open - 1;
        let k = by_end.partition_point(|m| m.1 < end);
        let target = by_end
            .get(k)
            .filter(|m| m.1 == end)
            .map(|m| (m.0, m.2))
            .or_else(|| {
                let k = taken.partition_point(|t| t.1 < end);
                taken
                    .get(k)
                    .filter(|t| t.1 == end)
                    .map(|t| (t.0, RuleTarget::Known(t.2)))
            });
        let Some((start, target)) = target else {
            continue;
        };
        let initials: String = ftext[start..end]
            .split([' ', '-'])
            .filter(|p| p.starts_with(|c: char| c.is_uppercase()))
            .filter_map(|p| p.chars().next())
            .collect();
        if !initials.starts_with(letters[0]) || !letters.iter().all(|c| initials.contains(*c)) {
            continue;
        }
        // The gazetteer already knows this acronym here?
        let k = taken.partition_point(|t| t.1 <= open + 1);
        if taken.get(k).is_some_and(|t| t.0 < close) {
            continue;
        }
        defined.push((acr.to_string(), target, open + 1));
    }
    // Each definition holds until the same acronym is defined again: an article repeating
    // `Japan International Cooperation Agency (JICA)` gets each later `JICA` once.
    let mut until = vec![bytes.len(); defined.len()];
    let mut next_of: HashMap<&str, usize> = HashMap::new();
    for (k, (acr, _, _)) in defined.iter().enumerate().rev() {
        if let Some(&next) = next_of.get(acr.as_str()) {
            until[k] = defined[next].2;
        }
        next_of.insert(acr, k);
    }
    for ((acr, target, from), until) in defined.iter().zip(until) {
        let (from, target) = (*from, *target);
        for pos in memchr::memmem::find_iter(&bytes[from..until], acr.as_bytes()) {
            let (s, e) = (from + pos, from + pos + acr.len());
            if !crate::entities::matcher::on_word_boundaries(bytes, s, e) {
                continue;
            }
            let k = taken.partition_point(|t| t.1 <= s);
            if taken.get(k).is_some_and(|t| t.0 < e) {
                continue;
            }
            found.mentions.push((s, e, target));
        }
    }
}
