//! Resume or cover letter, guessed from how the text reads when the user has not said. It
//! reads the blocks alone, before sections, roles or letter parts are found.

use super::blocks::TextBlock;
use super::letter::{is_closing, is_salutation};
use super::sections::section_kind;
use crate::canonical::BlockKind;
use crate::document::DocumentKind;

/// Resume or cover letter, from how the text reads.
pub(super) fn detect_kind(blocks: &[TextBlock]) -> DocumentKind {
    let mut letter = 0;
    let mut resume = 0;
    if blocks.iter().any(|b| is_salutation(&b.plain)) {
        letter += 3;
    }
    if blocks
        .iter()
        .any(|b| is_closing(b.plain.lines().next().unwrap_or("")))
    {
        letter += 2;
    }
    let long_paragraphs = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph && b.plain.split_whitespace().count() > 40)
        .count();
    if long_paragraphs >= 2 {
        letter += 2;
    }
    let sections = blocks
        .iter()
        .filter(|b| b.is_heading() && section_kind(&b.plain).is_some())
        .count();
    resume += 2 * sections.min(4);
    if blocks.iter().filter(|b| b.is_list_item()).count() >= 3 {
        resume += 2;
    }
    if letter > resume {
        DocumentKind::CoverLetter
    } else {
        DocumentKind::Resume
    }
}
