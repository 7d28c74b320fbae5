//! The outline: what each part of a document is. It reads the canonical text (never the
//! source file) and finds the contact block, the sections by their heading synonyms, the
//! roles with title, employer, dates and bullets, and for letters the salutation, body and
//! closing. Every piece keeps byte spans into the canonical text so findings point in place.
//! It judges nothing: that is the checklist's job.
//!
//! One file per question the outline answers: `blocks` (where each block of the canonical
//! text is, with a map back from its plain text), `sections` (which section a heading
//! names; the synonyms are data in `section-headings.txt`), `roles` (the jobs in a section;
//! the words that mark a job title are data in `title-words.txt`), `letter` (salutation,
//! body and closing), `names` (what reads as a name or a resume title) and `kind` (resume
//! or letter). This file holds the outline itself and the order in which it is built.

mod blocks;
mod kind;
mod letter;
mod names;
mod roles;
mod sections;

pub use blocks::{text_blocks, TextBlock};
pub use letter::{is_closing, is_salutation};
pub use names::{is_resume_title, looks_like_name, without_credentials};
pub use sections::{section_kind, SectionKind};

use crate::canonical::BlockKind;
use crate::dates::{DateFinder, DateMention};
use crate::document::DocumentKind;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading block, if the section has one.
    pub heading: Option<usize>,
    pub title: String,
    pub kind: Option<SectionKind>,
    /// Indices of the blocks after the heading, up to the next section.
    pub blocks: Range<usize>,
}

/// A job (or a volunteer post, or a school) with its header lines and bullets.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    pub section: usize,
    /// The non-list blocks that name the role.
    pub header: Range<usize>,
    pub title: Option<String>,
    pub employer: Option<String>,
    /// Dates found in the header, spans into the canonical text.
    pub dates: Option<DateMention>,
    pub bullets: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LetterParts {
    pub salutation: Option<usize>,
    pub body: Vec<usize>,
    pub closing: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    pub kind: DocumentKind,
    pub blocks: Vec<TextBlock>,
    /// Blocks at the top that hold the name and contact details.
    pub contact: Range<usize>,
    /// The person's name, when the first line reads as one.
    pub name: Option<String>,
    pub sections: Vec<Section>,
    pub roles: Vec<Role>,
    pub letter: LetterParts,
    /// Every date mention in the document, with spans into the canonical text.
    pub dates: Vec<DateMention>,
}

impl Outline {
    /// Build the outline. `kind` overrides detection when the user has said what it is.
    pub fn build(text: &str, kind: Option<DocumentKind>, dates: &DateFinder) -> Outline {
        let blocks = text_blocks(text);
        let detected = kind.unwrap_or_else(|| kind::detect_kind(&blocks));
        let mut outline = Outline {
            kind: detected,
            contact: 0..0,
            name: None,
            sections: Vec::new(),
            roles: Vec::new(),
            letter: LetterParts::default(),
            dates: Vec::new(),
            blocks,
        };
        outline.find_sections();
        outline.find_contact();
        outline.find_dates(dates);
        outline.find_roles();
        if detected == DocumentKind::CoverLetter {
            outline.find_letter_parts();
        }
        outline
    }

    /// The section a block belongs to.
    pub fn section_of(&self, block: usize) -> Option<&Section> {
        // Sections follow each other, each from its heading to the next one (see
        // `find_sections`), so the one that can hold the block is found by binary search:
        // rules ask this for every block, and a scan of every section each time was
        // quadratic in a long document.
        let after = self
            .sections
            .partition_point(|s| s.heading.unwrap_or(s.blocks.start) <= block);
        let s = &self.sections[after.checked_sub(1)?];
        (s.blocks.contains(&block) || s.heading == Some(block)).then_some(s)
    }

    /// The dates that lie within `span` of the canonical text, in order. `dates` is sorted
    /// by where each starts (see `find_dates`), so this is a binary search, not a scan of
    /// every date for every block or role.
    pub fn dates_within(&self, span: &Range<usize>) -> impl Iterator<Item = &DateMention> {
        let first = self.dates.partition_point(|d| d.span.start < span.start);
        let (start, end) = (span.start, span.end);
        self.dates[first..]
            .iter()
            .take_while(move |d| d.span.start <= end)
            .filter(move |d| start <= d.span.start && d.span.end <= end)
    }

    /// The contact block's plain text, lines joined.
    pub fn contact_text(&self) -> String {
        self.blocks[self.contact.clone()]
            .iter()
            .map(|b| b.plain.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The texts where contact details belong: the contact block, and in a letter also the
    /// signature after the closing. One place for the rules that look for them.
    pub fn contact_places(&self) -> Vec<String> {
        let mut places = vec![self.contact_text()];
        if self.kind == DocumentKind::CoverLetter {
            if let Some(closing) = self.letter.closing {
                places.extend(self.blocks[closing..].iter().map(|b| b.plain.clone()));
            }
        }
        places
    }

    /// 1 when the document opens with a line like "RESUME" above the name, else 0: where
    /// the name line is.
    fn name_line(&self) -> usize {
        let titled = self
            .blocks
            .first()
            .is_some_and(|b| !b.plain.contains('\n') && is_resume_title(&b.plain));
        usize::from(titled && self.blocks.len() > 1)
    }

    fn find_sections(&mut self) {
        let mut starts: Vec<usize> = Vec::new();
        let name_line = self.name_line();
        for (i, b) in self.blocks.iter().enumerate() {
            let BlockKind::Heading(level) = b.kind else {
                continue;
            };
            // The first heading of a resume is usually the name, not a section.
            if i == name_line && level == 1 && section_kind(&b.plain).is_none() {
                continue;
            }
            starts.push(i);
        }
        // Plain-text resumes sometimes have bold or capitalised lines as headings; the
        // importer already turned those into headings, so headings are all we read here.
        for (n, &start) in starts.iter().enumerate() {
            let end = starts.get(n + 1).copied().unwrap_or(self.blocks.len());
            let title = self.blocks[start].plain.trim().to_string();
            self.sections.push(Section {
                heading: Some(start),
                kind: section_kind(&title),
                title,
                blocks: start + 1..end,
            });
        }
    }

    fn find_contact(&mut self) {
        let first_section = self
            .sections
            .first()
            .and_then(|s| s.heading)
            .unwrap_or(self.blocks.len());
        let limit = match self.kind {
            DocumentKind::Resume => 6,
            DocumentKind::CoverLetter => 8,
        };
        let mut end = first_section.min(limit).min(self.blocks.len());
        if self.kind == DocumentKind::CoverLetter {
            // A letter's contact block ends where the letter begins.
            if let Some(s) = self.blocks.iter().position(|b| is_salutation(&b.plain)) {
                end = end.min(s);
            }
            // Without headings, stop at the first long paragraph.
            if let Some(p) = self.blocks[..end]
                .iter()
                .position(|b| b.plain.split_whitespace().count() > 25)
            {
                end = p;
            }
        }
        self.contact = 0..end;
        if let Some(first) = self.blocks.get(self.name_line()) {
            let line = first.plain.lines().next().unwrap_or("").trim();
            let name = without_credentials(line);
            if looks_like_name(name) {
                self.name = Some(name.to_string());
            }
        }
    }

    fn find_dates(&mut self, finder: &DateFinder) {
        for b in &self.blocks {
            for mut d in finder.find(&b.plain) {
                d.span = b.source_range(d.span.clone());
                d.start_span = b.source_range(d.start_span.clone());
                if let Some((_, end_span)) = d.end.as_mut() {
                    *end_span = b.source_range(end_span.clone());
                }
                self.dates.push(d);
            }
        }
        // Blocks come in text order and each block's dates in order, so this only makes
        // sure of what `dates_within` relies on (a stable sort of sorted dates changes
        // nothing).
        self.dates.sort_by_key(|d| d.span.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A resume with a name heading, two jobs and an escaped `$`; the blocks' tests read it too.
    pub(super) const RESUME: &str = "# Maria Delgado\n\nmaria.delgado@example.com | (555) 123-4567\n\n## Work Experience\n\n**Shift Lead**, Target — Jan 2019 – Present\n\n- Trained 12 new cashiers\n- Cut checkout wait times by 20%\n\nCashier | Walmart | 2016 – 2018\n\n- Handled \\$5,000 in daily sales\n\n## Education\n\nGED, Austin Community College, 2015\n";

    #[test]
    fn finds_contact_sections_and_roles() {
        let o = Outline::build(RESUME, None, &DateFinder::new());
        assert_eq!(
            o.kind,
            DocumentKind::Resume,
            "headings and bullets read as a resume"
        );
        assert_eq!(o.name.as_deref(), Some("Maria Delgado"));
        assert!(
            o.contact_text().contains("maria.delgado@example.com"),
            "the contact block holds the email"
        );
        let kinds: Vec<_> = o.sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            vec![Some(SectionKind::Experience), Some(SectionKind::Education)]
        );
        assert_eq!(o.roles.len(), 2, "two jobs: {:#?}", o.roles);
        assert_eq!(o.roles[0].title.as_deref(), Some("Shift Lead"));
        assert_eq!(o.roles[0].employer.as_deref(), Some("Target"));
        assert_eq!(o.roles[0].bullets.len(), 2);
        assert_eq!(o.roles[1].title.as_deref(), Some("Cashier"));
        assert_eq!(o.roles[1].employer.as_deref(), Some("Walmart"));
        let d = o.roles[0].dates.as_ref().expect("the first role has dates");
        assert_eq!(
            &RESUME[d.span.clone()],
            "Jan 2019 – Present",
            "date spans point into the canonical text"
        );
    }
}
