//! Every rule, one file each, registered in `RULES` in id order. A test keeps the list sorted
//! and unique. To add a rule: write its file (id, documentation, check, tests at the bottom)
//! and add one line here.
//!
//! Shared helpers for finding words live here too. Compiled regexes are `LazyLock`
//! constants: immutable, built on first use, not state.

use super::Rule;
use crate::outline::TextBlock;
use std::ops::Range;

mod contact_email_missing;
mod contact_phone_missing;
mod dates_mixed_formats;
mod layout_table;
mod letter_generic_salutation;
mod section_references_on_request;
mod spelling_unknown_word;
mod template_placeholder_left;
mod wording_buzzword;
mod wording_first_person;
mod wording_repeated_word;
mod wording_weak_opener;

pub static RULES: &[&Rule] = &[
    &contact_email_missing::RULE,
    &contact_phone_missing::RULE,
    &dates_mixed_formats::RULE,
    &layout_table::RULE,
    &letter_generic_salutation::RULE,
    &section_references_on_request::RULE,
    &spelling_unknown_word::RULE,
    &template_placeholder_left::RULE,
    &wording_buzzword::RULE,
    &wording_first_person::RULE,
    &wording_repeated_word::RULE,
    &wording_weak_opener::RULE,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// Words of a plain text with their byte ranges: letters and digits, with inner
/// apostrophes and hyphens kept ("don't", "cross-trained").
pub(crate) fn words(plain: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let bytes: Vec<(usize, char)> = plain.char_indices().collect();
    for (n, &(i, c)) in bytes.iter().enumerate() {
        let inner = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && bytes
                .get(n + 1)
                .is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s..i, &plain[s..i]));
        }
    }
    if let Some(s) = start {
        out.push((s..plain.len(), &plain[s..]));
    }
    out
}

/// Whether `range` of `plain` stands as whole words (no letter or digit touches it).
pub(crate) fn whole_words(plain: &str, range: &Range<usize>) -> bool {
    let before = plain[..range.start].chars().next_back();
    let after = plain[range.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The canonical span of a block from its first character to the start of the next block,
/// so deleting it leaves no blank lines behind.
pub(crate) fn removal_span(text: &str, blocks: &[TextBlock], index: usize) -> Range<usize> {
    let start = line_start(text, blocks[index].span.start);
    let end = blocks
        .get(index + 1)
        .map_or(text.len(), |next| line_start(text, next.span.start));
    start..end
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Keep the first letter's case of `original` on `replacement`.
pub(crate) fn match_case(original: &str, replacement: &str) -> String {
    let upper = original.chars().next().is_some_and(char::is_uppercase);
    let mut chars = replacement.chars();
    match chars.next() {
        Some(first) if upper => first.to_uppercase().chain(chars).collect(),
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_sorted_and_unique() {
        let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            ids, sorted,
            "RULES stays in id order with no duplicates, so a newcomer finds each rule"
        );
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in RULES {
            let d = rule.doc;
            assert!(
                [d.what, d.why, d.example, d.better]
                    .iter()
                    .all(|s| s.len() > 10),
                "{} explains what it flags, why, with an example and a better version",
                rule.id
            );
            assert!(
                rule.id.contains('.') && rule.id == rule.id.to_lowercase(),
                "{}: ids are area.fault-name",
                rule.id
            );
        }
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let w: Vec<&str> = words("I don't - cross-trained, 20%")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(w, vec!["I", "don't", "cross-trained", "20"]);
    }
}
