//! The imported document: its canonical Markdown text and the facts about the file it came
//! from. Layout rules speak about the file the job seeker brought through `SourceFacts`,
//! because the canonical text deliberately forgets tables, text boxes and page headers.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;

/// What a document is; decides which rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Resume,
    CoverLetter,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 2] = [DocumentKind::Resume, DocumentKind::CoverLetter];

    /// The stable name used in the CLI, in JSON and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Resume => "resume",
            DocumentKind::CoverLetter => "cover-letter",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s
            .trim()
            .to_ascii_lowercase()
            .replace(['_', ' '], "-")
            .as_str()
        {
            "resume" | "résumé" | "cv" => Some(DocumentKind::Resume),
            "cover-letter" | "letter" | "coverletter" => Some(DocumentKind::CoverLetter),
            _ => None,
        }
    }

    /// Words for a file name: `Maria_Delgado_Resume.docx`.
    pub fn file_label(self) -> &'static str {
        match self {
            DocumentKind::Resume => "Resume",
            DocumentKind::CoverLetter => "Cover_Letter",
        }
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The format a document was imported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Docx,
    Markdown,
    #[default]
    Text,
}

/// What the original file looked like. Spans point into the canonical text where the text of
/// a table or text box ended up, so a layout finding can be shown in place.
///
/// Stored with each revision as JSON; a field added later reads as its default from older
/// revisions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct SourceFacts {
    pub format: SourceFormat,
    /// One entry per table in the body, with the canonical span its text landed in.
    pub tables: Vec<Range<usize>>,
    /// One entry per text box (DrawingML or VML), with its canonical span.
    pub text_boxes: Vec<Range<usize>>,
    /// Text columns of each section of a Word file, in order (empty for other formats).
    /// Revisions stored before 2026.11.3 listed only sections with several columns, under
    /// the old name, which reads the same for the columns rule.
    #[serde(alias = "multi_column_sections")]
    pub columns_per_section: Vec<usize>,
    /// Text found in page headers and footers, which the canonical text leaves out.
    pub header_footer_text: Vec<String>,
    /// Pictures in the body (DOCX drawings and VML images, Markdown images).
    pub images: usize,
    /// Of those, and in page headers, the pictures beside the name and contact details:
    /// almost always a photo of the person.
    pub contact_images: usize,
    /// Font families in use, most used first.
    pub fonts: Vec<String>,
    /// Font sizes in use, in points, most used first.
    pub font_sizes_pt: Vec<f32>,
    /// Characters typed at the start of paragraphs as bullets ("•", "▪", "–").
    pub typed_bullet_glyphs: Vec<String>,
    /// A rough page count from the amount of text and paragraphs.
    pub page_estimate: f32,
}

/// A document ready for the outline and the checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// CommonMark text in jobcoach's canonical form (see `canonical`).
    pub text: String,
    pub facts: SourceFacts,
    /// Things the importer wants a person to know, such as a guessed text encoding.
    pub notices: Vec<String>,
}

impl Document {
    pub fn from_text(text: String, facts: SourceFacts) -> Self {
        Document {
            text,
            facts,
            notices: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_stored_by_an_older_version_still_read() {
        let old = r#"{"format":"docx","tables":[],"text_boxes":[],"multi_column_sections":[2],"header_footer_text":[],"images":1,"fonts":["Calibri"],"font_sizes_pt":[11.0],"typed_bullet_glyphs":[],"page_estimate":1.0}"#;
        let facts: SourceFacts = serde_json::from_str(old).unwrap();
        assert_eq!(facts.columns_per_section, vec![2]);
        assert_eq!(facts.images, 1);
        assert_eq!(facts.contact_images, 0);
    }
}
