//! Export: a revision's canonical text becomes a polished DOCX an applicant tracking system
//! reads well: one column, no tables or text boxes, real heading styles, real list
//! numbering, one readable font at 11 pt, 0.75-inch margins. An unapproved revision is
//! marked as a draft in its file name and page header. This module decides layout only;
//! which revision may be exported is the workflow's rule.

use crate::canonical::{self, BlockKind};
use crate::document::DocumentKind;
use docx_rs::{
    AbstractNumbering, BreakType, Docx, Header, Hyperlink, HyperlinkType, IndentLevel, Level,
    LevelJc, LevelText, LineSpacing, NumberFormat, Numbering, NumberingId, PageMargin, Paragraph,
    Run, RunFonts, SpecialIndentType, Start, Style, StyleType,
};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not build the Word file: {0}")]
    Build(String),
    #[error("could not save {path}: {reason}")]
    Write { path: String, reason: String },
}

pub type Result<T> = std::result::Result<T, ExportError>;

/// The one template of this version. Fonts and sizes live here and nowhere else.
const FONT: &str = "Calibri";
/// Half-points: 11 pt body.
const BODY_SIZE: usize = 22;
/// Twentieths of a point: 0.75 inch.
const MARGIN: i32 = 1080;
/// docx-rs always writes its own decimal list as numbering 1, so ours start at 2.
const BULLETS: usize = 2;
const NUMBERS: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct ExportOptions {
    pub kind: DocumentKind,
    /// Marks the file as not yet approved.
    pub draft: bool,
    /// RFC 3339 time written as the file's creation time.
    pub timestamp: String,
}

/// `Maria_Delgado_Resume.docx`, `Maria_Delgado_Cover_Letter_DRAFT.docx`.
pub fn file_name(person: &str, kind: DocumentKind, draft: bool) -> String {
    let person: String = person
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '\''))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    let person = if person.is_empty() {
        "Document".to_string()
    } else {
        person
    };
    let draft = if draft { "_DRAFT" } else { "" };
    format!("{person}_{}{draft}.docx", kind.file_label())
}

/// Where to write: into a folder under the standard name, or to the given file, with
/// `_DRAFT` added to a draft's name when the caller left it out.
pub fn output_path(out: &Path, person: &str, kind: DocumentKind, draft: bool) -> PathBuf {
    if out.is_dir()
        || out
            .as_os_str()
            .to_string_lossy()
            .ends_with(std::path::MAIN_SEPARATOR)
    {
        return out.join(file_name(person, kind, draft));
    }
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    if draft && !stem.contains("_DRAFT") {
        out.with_file_name(format!("{stem}_DRAFT.docx"))
    } else if out.extension().is_none() {
        out.with_extension("docx")
    } else {
        out.to_path_buf()
    }
}

/// Build the DOCX bytes for a canonical text.
pub fn to_docx(text: &str, options: &ExportOptions) -> Result<Vec<u8>> {
    let (blocks, _) = canonical::parse(text);
    let mut docx = template(options);
    for (n, block) in blocks.iter().enumerate() {
        let mut p = Paragraph::new();
        p = match block.kind {
            BlockKind::Heading(level) => p.style(heading_style(level, n == 0)),
            BlockKind::Paragraph => p.style("Normal"),
            BlockKind::ListItem { ordered, depth } => p.style("ListParagraph").numbering(
                NumberingId::new(if ordered { NUMBERS } else { BULLETS }),
                IndentLevel::new(depth.min(3) as usize),
            ),
        };
        // Group runs that share a link into one hyperlink.
        let mut i = 0;
        while i < block.runs.len() {
            match &block.runs[i].link {
                Some(url) => {
                    let mut link = Hyperlink::new(url.clone(), HyperlinkType::External);
                    while i < block.runs.len() && block.runs[i].link.as_deref() == Some(url) {
                        for run in runs_of(&block.runs[i]) {
                            link = link.add_run(run.style("Hyperlink"));
                        }
                        i += 1;
                    }
                    p = p.add_hyperlink(link);
                }
                None => {
                    for run in runs_of(&block.runs[i]) {
                        p = p.add_run(run);
                    }
                    i += 1;
                }
            }
        }
        docx = docx.add_paragraph(p);
    }
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut out)
        .map_err(|e| ExportError::Build(e.to_string()))?;
    Ok(out.into_inner())
}

/// Write the DOCX to `path` through a temporary file, so a failed write leaves no half file.
pub fn write_docx(text: &str, options: &ExportOptions, path: &Path) -> Result<()> {
    let bytes = to_docx(text, options)?;
    let tmp = path.with_extension("docx.part");
    let fail = |e: std::io::Error| ExportError::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    std::fs::write(&tmp, &bytes).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(fail)
}

/// Word's own mapping: `#` is Heading 1, `##` Heading 2; a level-1 heading that opens the
/// document (the person's name) uses Title. The importer reads both Title and Heading 1
/// as level 1, so the round trip holds.
fn heading_style(level: u8, first: bool) -> &'static str {
    match level {
        1 if first => "Title",
        1 => "Heading1",
        2 => "Heading2",
        3 => "Heading3",
        4 => "Heading4",
        5 => "Heading5",
        _ => "Heading6",
    }
}

/// Text with breaks and tabs as Word runs.
fn runs_of(run: &canonical::Run) -> Vec<Run> {
    let styled = |r: Run| {
        let r = if run.bold { r.bold() } else { r };
        if run.italic {
            r.italic()
        } else {
            r
        }
    };
    let mut out = Vec::new();
    for (n, line) in run.text.split('\n').enumerate() {
        let mut r = Run::new();
        if n > 0 {
            r = r.add_break(BreakType::TextWrapping);
        }
        for (m, piece) in line.split('\t').enumerate() {
            if m > 0 {
                r = r.add_tab();
            }
            if !piece.is_empty() {
                r = r.add_text(piece);
            }
        }
        out.push(styled(r));
    }
    out
}

fn template(options: &ExportOptions) -> Docx {
    let fonts = || {
        RunFonts::new()
            .ascii(FONT)
            .hi_ansi(FONT)
            .cs(FONT)
            .east_asia(FONT)
    };
    let spacing = |before: u32, after: u32| LineSpacing::new().before(before).after(after);
    let mut docx = Docx::new()
        .default_fonts(fonts())
        .default_size(BODY_SIZE)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(540)
                .footer(540),
        )
        .created_at(&options.timestamp)
        .updated_at(&options.timestamp)
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .fonts(fonts())
                .size(BODY_SIZE)
                .line_spacing(spacing(0, 100).line(264)),
        )
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .size(36)
                .bold()
                .outline_lvl(0)
                .line_spacing(spacing(0, 60)),
        )
        .add_style(
            Style::new("ListParagraph", StyleType::Paragraph)
                .name("List Paragraph")
                .based_on("Normal")
                .line_spacing(spacing(0, 40).line(264)),
        )
        .add_style(
            Style::new("Hyperlink", StyleType::Character)
                .name("Hyperlink")
                .color("1F3864"),
        );
    // Section headings: Heading 1 is the section title ("Experience"); deeper levels get
    // smaller. Sizes in half-points, spacing in twentieths of a point.
    for (level, size, before, after) in [
        (1, 26, 240, 80),
        (2, 23, 160, 40),
        (3, 22, 120, 40),
        (4, 22, 120, 40),
        (5, 22, 120, 40),
        (6, 22, 120, 40),
    ] {
        let mut style = Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .size(size)
            .bold()
            .outline_lvl(level - 1)
            .line_spacing(spacing(before, after));
        if level == 1 {
            style = style.color("1F3864");
        }
        docx = docx.add_style(style);
    }
    let mut bullets = AbstractNumbering::new(BULLETS);
    let mut numbers = AbstractNumbering::new(NUMBERS);
    for level in 0..4usize {
        let indent = 360 + 360 * level as i32;
        let glyph = ["•", "◦", "▪", "•"][level];
        bullets = bullets.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new("bullet"),
                LevelText::new(glyph),
                LevelJc::new("left"),
            )
            .indent(
                Some(indent),
                Some(SpecialIndentType::Hanging(270)),
                None,
                None,
            ),
        );
        numbers = numbers.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(["decimal", "lowerLetter", "lowerRoman", "decimal"][level]),
                LevelText::new(format!("%{}.", level + 1)),
                LevelJc::new("left"),
            )
            .indent(
                Some(indent),
                Some(SpecialIndentType::Hanging(270)),
                None,
                None,
            ),
        );
    }
    docx = docx
        .add_abstract_numbering(bullets)
        .add_abstract_numbering(numbers)
        .add_numbering(Numbering::new(BULLETS, BULLETS))
        .add_numbering(Numbering::new(NUMBERS, NUMBERS));
    if options.draft {
        let note = Paragraph::new().add_run(
            Run::new()
                .add_text("Draft — not yet approved")
                .italic()
                .size(18)
                .color("7F7F7F"),
        );
        docx = docx.header(Header::new().add_paragraph(note));
    }
    docx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceFormat;
    use crate::import;

    fn options(draft: bool) -> ExportOptions {
        ExportOptions {
            kind: DocumentKind::Resume,
            draft,
            timestamp: "2026-11-22T10:00:00Z".into(),
        }
    }

    const RESUME: &str = "# Maria Delgado\n\nmaria@example.com | (555) 123-4567 | [Portfolio](https://maria.example/work)\n\n## Experience\n\n**Shift Lead**, Target\tJan 2019 – Present\n\n- Trained 12 new cashiers\n  - Wrote the *checklist* they use\n- Cut wait times by 20%\n\n## Certifications\n\n1. ServSafe Food Handler\n2. Forklift\\\n   renewed 2024\n";

    #[test]
    fn export_then_import_gives_back_the_same_text() {
        let bytes = to_docx(RESUME, &options(false)).unwrap();
        let back = import::import_bytes(&bytes, SourceFormat::Docx).unwrap();
        assert_eq!(
            back.text, RESUME,
            "the canonical text survives a trip through Word's format"
        );
        assert!(
            back.facts.tables.is_empty() && back.facts.text_boxes.is_empty(),
            "no tables or text boxes"
        );
        assert_eq!(back.facts.fonts, vec![FONT.to_string()], "one font");
        assert!(
            back.facts.header_footer_text.is_empty(),
            "an approved export has no draft header"
        );
    }

    #[test]
    fn drafts_say_so_in_the_header_and_the_name() {
        let bytes = to_docx(RESUME, &options(true)).unwrap();
        let back = import::import_bytes(&bytes, SourceFormat::Docx).unwrap();
        assert_eq!(
            back.facts.header_footer_text,
            vec!["Draft — not yet approved".to_string()]
        );
        assert_eq!(back.text, RESUME, "the header is not part of the text");
        assert_eq!(
            file_name("Maria  Delgado", DocumentKind::CoverLetter, true),
            "Maria_Delgado_Cover_Letter_DRAFT.docx"
        );
        assert_eq!(
            file_name("José O'Neil", DocumentKind::Resume, false),
            "José_O'Neil_Resume.docx"
        );
        let dir = std::env::temp_dir();
        assert_eq!(
            output_path(&dir, "Maria Delgado", DocumentKind::Resume, true),
            dir.join("Maria_Delgado_Resume_DRAFT.docx")
        );
        assert_eq!(
            output_path(Path::new("/x/mine.docx"), "M D", DocumentKind::Resume, true),
            Path::new("/x/mine_DRAFT.docx")
        );
    }
}
