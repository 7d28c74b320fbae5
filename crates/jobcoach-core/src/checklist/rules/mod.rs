//! Every rule, one file each, registered in `RULES` in id order. A test keeps the list sorted
//! and unique. To add a rule: write its file (id, documentation, check, tests at the bottom)
//! and add one line here.
//!
//! Shared helpers for finding words live here too. Compiled regexes are `LazyLock`
//! constants: immutable, built on first use, not state.

use super::Rule;
use crate::dates::{DateEnd, DateMention, PartialDate};
use crate::outline::{Outline, SectionKind, TextBlock};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

//@MODS
mod bullet_mixed_glyphs;
mod bullet_mixed_punctuation;
mod bullet_paragraph_block;
mod bullet_too_long;
mod contact_email_missing;
mod contact_email_unprofessional;
mod contact_in_page_header;
mod contact_name_not_first;
mod contact_phone_missing;
mod contact_profile_url_incomplete;
mod contact_several_phones;
mod contact_street_address;
mod dates_gap;
mod dates_mixed_formats;
mod dates_not_reverse_chronological;
mod dates_old_experience;
mod dates_overlap;
mod dates_present_variant;
mod dates_reversed_or_future;
mod dates_unreadable;
mod education_expected_unlabeled;
mod education_high_school_with_degree;
mod format_many_fonts;
mod format_special_characters;
mod header_resume_title;
mod impact_unquantified;
mod layout_columns;
mod layout_icons;
mod layout_table;
mod layout_text_box;
mod length_too_long;
mod length_too_short;
mod letter_apologetic;
mod letter_company_not_named;
mod letter_generic_salutation;
mod letter_no_closing;
mod letter_recipient_name_mismatch;
mod letter_role_not_named;
mod letter_starts_with_i;
mod letter_wrong_company;
mod pair_contact_mismatch;
mod posting_missing_keywords;
mod posting_title_not_mirrored;
mod privacy_id_number;
mod privacy_personal_details;
mod privacy_photo;
mod privacy_salary;
mod role_missing_fields;
mod role_no_bullets;
mod section_core_missing;
mod section_empty;
mod section_objective;
mod section_references_on_request;
mod section_unusual_heading;
mod spelling_unknown_word;
mod template_placeholder_left;
mod wording_buzzword;
mod wording_first_person;
mod wording_no_action_verb;
mod wording_passive;
mod wording_repeated_verb;
mod wording_repeated_word;
mod wording_tense_mismatch;
mod wording_unexpanded_acronym;
mod wording_vague;
mod wording_weak_opener;

pub static RULES: &[&Rule] = &[
    //@RULES
    &bullet_mixed_glyphs::RULE,
    &bullet_mixed_punctuation::RULE,
    &bullet_paragraph_block::RULE,
    &bullet_too_long::RULE,
    &contact_email_missing::RULE,
    &contact_email_unprofessional::RULE,
    &contact_in_page_header::RULE,
    &contact_name_not_first::RULE,
    &contact_phone_missing::RULE,
    &contact_profile_url_incomplete::RULE,
    &contact_several_phones::RULE,
    &contact_street_address::RULE,
    &dates_gap::RULE,
    &dates_mixed_formats::RULE,
    &dates_not_reverse_chronological::RULE,
    &dates_old_experience::RULE,
    &dates_overlap::RULE,
    &dates_present_variant::RULE,
    &dates_reversed_or_future::RULE,
    &dates_unreadable::RULE,
    &education_expected_unlabeled::RULE,
    &education_high_school_with_degree::RULE,
    &format_many_fonts::RULE,
    &format_special_characters::RULE,
    &header_resume_title::RULE,
    &impact_unquantified::RULE,
    &layout_columns::RULE,
    &layout_icons::RULE,
    &layout_table::RULE,
    &layout_text_box::RULE,
    &length_too_long::RULE,
    &length_too_short::RULE,
    &letter_apologetic::RULE,
    &letter_company_not_named::RULE,
    &letter_generic_salutation::RULE,
    &letter_no_closing::RULE,
    &letter_recipient_name_mismatch::RULE,
    &letter_role_not_named::RULE,
    &letter_starts_with_i::RULE,
    &letter_wrong_company::RULE,
    &pair_contact_mismatch::RULE,
    &posting_missing_keywords::RULE,
    &posting_title_not_mirrored::RULE,
    &privacy_id_number::RULE,
    &privacy_personal_details::RULE,
    &privacy_photo::RULE,
    &privacy_salary::RULE,
    &role_missing_fields::RULE,
    &role_no_bullets::RULE,
    &section_core_missing::RULE,
    &section_empty::RULE,
    &section_objective::RULE,
    &section_references_on_request::RULE,
    &section_unusual_heading::RULE,
    &spelling_unknown_word::RULE,
    &template_placeholder_left::RULE,
    &wording_buzzword::RULE,
    &wording_first_person::RULE,
    &wording_no_action_verb::RULE,
    &wording_passive::RULE,
    &wording_repeated_verb::RULE,
    &wording_repeated_word::RULE,
    &wording_tense_mismatch::RULE,
    &wording_unexpanded_acronym::RULE,
    &wording_vague::RULE,
    &wording_weak_opener::RULE,
];

/// An email address.
pub static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}").expect("valid")
});

/// North American numbers in their usual forms, and international numbers with a "+".
pub static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b|\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b")
        .expect("valid")
});

/// Sections that hold jobs: experience, volunteer work, and unnamed sections of a resume.
pub(crate) fn is_work_section(outline: &Outline, section: usize) -> bool {
    let kind = outline.sections[section].kind;
    matches!(kind, Some(SectionKind::Experience | SectionKind::Volunteer)) || kind.is_none()
}

/// Bullets of every role, with the index of their role: the bullets the wording rules read.
pub(crate) fn role_bullets(outline: &Outline) -> impl Iterator<Item = (usize, &TextBlock)> {
    outline
        .roles
        .iter()
        .enumerate()
        .flat_map(move |(r, role)| role.bullets.iter().map(move |&b| (r, &outline.blocks[b])))
}

/// Where a finding about the whole document points: its first block (usually the name).
pub(crate) fn document_span(outline: &Outline) -> Range<usize> {
    outline.blocks.first().map_or(0..0, |b| b.span.clone())
}

/// The first word of a bullet with its range in `plain`.
pub(crate) fn first_word(plain: &str) -> Option<(Range<usize>, &str)> {
    words(plain).into_iter().next()
}

/// Whole-word, case-insensitive occurrences of `phrase` in `plain`.
pub(crate) fn find_phrase(plain: &str, phrase: &str) -> Vec<Range<usize>> {
    let lower = plain.to_lowercase();
    let needle = phrase.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; then offsets would not map back.
    if lower.len() != plain.len() || needle.is_empty() {
        return Vec::new();
    }
    lower
        .match_indices(&needle)
        .map(|(i, m)| i..i + m.len())
        .filter(|r| whole_words(plain, r))
        .collect()
}

/// Months since year 0 of a date's first month; a bare year counts from January.
pub(crate) fn start_month(d: &PartialDate) -> i32 {
    i32::from(d.year) * 12 + i32::from(d.month.unwrap_or(1)) - 1
}

/// Months since year 0 of a date's last month; a bare year counts to December.
pub(crate) fn end_month(d: &PartialDate) -> i32 {
    i32::from(d.year) * 12 + i32::from(d.month.unwrap_or(12)) - 1
}

/// A role's dates as months (start, end); ongoing roles end `today`.
pub(crate) fn role_months(dates: &DateMention, today: jiff::civil::Date) -> (i32, i32) {
    let today_m = i32::from(today.year()) * 12 + i32::from(today.month()) - 1;
    let start = start_month(&dates.start);
    let end = match &dates.end {
        Some((DateEnd::Date(d), _)) => end_month(d),
        Some((DateEnd::Ongoing(_), _)) => today_m,
        None => end_month(&dates.start),
    };
    (start, end)
}

/// The month `today` falls in, as months since year 0.
pub(crate) fn month_of(today: jiff::civil::Date) -> i32 {
    i32::from(today.year()) * 12 + i32::from(today.month()) - 1
}

/// "3 years and 2 months", "7 months".
pub(crate) fn months_phrase(months: i32) -> String {
    let (y, m) = (months / 12, months % 12);
    let unit = |n: i32, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    match (y, m) {
        (0, m) => unit(m, "month", "months"),
        (y, 0) => unit(y, "year", "years"),
        (y, m) => format!(
            "{} and {}",
            unit(y, "year", "years"),
            unit(m, "month", "months")
        ),
    }
}

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// Words of a plain text with their byte ranges: letters and digits, with inner
/// apostrophes and hyphens kept ("don't", "cross-trained").
pub(crate) fn words(plain: &str) -> Vec<(Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // Looking one character ahead needs no copy of the text: a vector of every character
    // with its offset took sixteen bytes a character, the most memory a long paragraph
    // cost.
    let mut chars = plain.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && chars
                .peek()
                .is_some_and(|&(_, next)| next.is_alphanumeric());
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
