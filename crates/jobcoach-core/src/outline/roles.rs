//! The roles in a section: a job (or a volunteer post, or a school) is up to three header
//! lines, with title, employer and dates, followed by its bullets. It reads the blocks,
//! sections and dates the outline has already found; it judges nothing.

use super::blocks::plain_offset_of;
use super::{Outline, Role, SectionKind};
use crate::document::DocumentKind;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Words that make a header piece read as a job title, from `title-words.txt`.
static TITLE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    parse_title_words(include_str!("title-words.txt"))
        .unwrap_or_else(|e| panic!("outline/title-words.txt: {e}"))
});

/// One word a line; `#` comments and blank lines skipped; strict about the rest.
fn parse_title_words(text: &str) -> Result<HashSet<&str>, String> {
    let mut words = HashSet::new();
    for (n, raw) in text.lines().enumerate() {
        let word = raw.trim();
        if word.is_empty() || word.starts_with('#') {
            continue;
        }
        if !word
            .chars()
            .all(|c| c.is_alphanumeric() && !c.is_ascii_uppercase())
        {
            return Err(format!("line {}: {word:?} can never match", n + 1));
        }
        if !words.insert(word) {
            return Err(format!("line {}: {word:?} is listed twice", n + 1));
        }
    }
    Ok(words)
}

impl Outline {
    pub(super) fn find_roles(&mut self) {
        for (si, section) in self.sections.iter().enumerate() {
            let is_roles = matches!(
                section.kind,
                Some(SectionKind::Experience | SectionKind::Volunteer)
            ) || (section.kind.is_none() && self.kind == DocumentKind::Resume);
            if !is_roles {
                continue;
            }
            let mut i = section.blocks.start;
            while i < section.blocks.end {
                if self.blocks[i].is_list_item() {
                    i += 1;
                    continue;
                }
                // Up to three lines in a row name one role; then its bullets follow.
                // A second dated line starts the next role ("Cashier, 2017 – 2019" under a
                // job with no bullets).
                let header_start = i;
                let mut dated = false;
                while i < section.blocks.end
                    && !self.blocks[i].is_list_item()
                    && i - header_start < 3
                {
                    let has_date = self.block_has_date(i);
                    if dated && has_date {
                        break;
                    }
                    dated |= has_date;
                    i += 1;
                }
                // A long paragraph is a description, not a header: it counts as the body.
                let mut header_end = i;
                while header_end > header_start + 1
                    && self.blocks[header_end - 1].plain.split_whitespace().count() > 20
                {
                    header_end -= 1;
                }
                let mut bullets = Vec::new();
                while i < section.blocks.end && self.blocks[i].is_list_item() {
                    bullets.push(i);
                    i += 1;
                }
                let role = self.role(si, header_start..header_end, bullets);
                // Lines with no date and no bullets (a stray sentence) are not a role.
                if role.dates.is_some() || !role.bullets.is_empty() {
                    self.roles.push(role);
                }
            }
        }
    }

    fn block_has_date(&self, block: usize) -> bool {
        self.dates_within(&self.blocks[block].span).next().is_some()
    }

    fn role(&self, section: usize, header: Range<usize>, bullets: Vec<usize>) -> Role {
        // The first date in any header line: the lines come in text order, as the dates
        // do, so the first line that has one holds the first.
        let dates = self.blocks[header.clone()]
            .iter()
            .find_map(|b| self.dates_within(&b.span).next())
            .cloned();
        // Title and employer: the header's pieces between separators, dates removed.
        let mut pieces: Vec<String> = Vec::new();
        for b in &self.blocks[header.clone()] {
            let mut text = b.plain.clone();
            if let Some(d) = &dates {
                if b.span.start <= d.span.start && d.span.end <= b.span.end {
                    let plain_start = plain_offset_of(b, d.span.start);
                    let plain_end = plain_offset_of(b, d.span.end);
                    text.replace_range(plain_start..plain_end, "\n");
                }
            }
            for piece in text
                .split(['\n', '\t', '|', '—', '–', '•', '·'])
                .flat_map(|p| p.split(" - "))
                .flat_map(|p| p.split(", "))
            {
                let piece = piece
                    .trim()
                    .trim_matches(|c: char| c == ',' || c == '(' || c == ')')
                    .trim();
                if !piece.is_empty() && piece.chars().any(char::is_alphabetic) {
                    pieces.push(piece.to_string());
                }
            }
        }
        let (title, employer) = split_title_employer(&pieces);
        Role {
            section,
            header,
            title,
            employer,
            dates,
            bullets,
        }
    }
}

/// "Store Manager at Target" or "Target — Store Manager": the piece that reads like a job
/// title is the title; the other is the employer.
fn split_title_employer(pieces: &[String]) -> (Option<String>, Option<String>) {
    let is_title = |p: &str| {
        p.split(|c: char| !c.is_alphanumeric())
            .any(|w| TITLE_WORDS.contains(w.to_ascii_lowercase().as_str()))
    };
    let (at_title, at_employer) = pieces
        .first()
        .and_then(|p| p.split_once(" at "))
        .map(|(t, e)| (Some(t.trim().to_string()), Some(e.trim().to_string())))
        .unwrap_or((None, None));
    if at_title.is_some() {
        return (at_title, at_employer);
    }
    match pieces {
        [] => (None, None),
        [one] => {
            if is_title(one) {
                (Some(one.clone()), None)
            } else {
                (None, Some(one.clone()))
            }
        }
        [a, b, ..] => {
            if !is_title(a) && is_title(b) {
                (Some(b.clone()), Some(a.clone()))
            } else {
                (Some(a.clone()), Some(b.clone()))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_words_read_strictly() {
        let words = parse_title_words(include_str!("title-words.txt")).expect("reads");
        assert!(words.contains("manager") && words.contains("cna"));
        assert_eq!(words.len(), 88, "every word of the former list, once");
        for (text, want) in [
            ("Store Manager\n", "can never match"),
            ("night-shift\n", "can never match"),
            ("clerk\n# again\nclerk\n", "listed twice"),
        ] {
            let err = parse_title_words(text).expect_err(text);
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }

    #[test]
    fn the_title_is_the_piece_with_a_title_word() {
        let pieces = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            split_title_employer(&pieces(&["Target", "Store Manager"])),
            (Some("Store Manager".into()), Some("Target".into()))
        );
        assert_eq!(
            split_title_employer(&pieces(&["Store Manager at Target"])),
            (Some("Store Manager".into()), Some("Target".into()))
        );
        assert_eq!(
            split_title_employer(&pieces(&["Walmart"])),
            (None, Some("Walmart".into()))
        );
    }
}
