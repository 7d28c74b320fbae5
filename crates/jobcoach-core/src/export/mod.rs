//! Export: a revision's canonical text becomes a polished DOCX an applicant tracking system
//! reads well: one column, no tables or text boxes, real heading styles, real list
//! numbering, in the look of the chosen `Template`. Cover letters are laid out as letters.
//! The file carries a title and the person's name as its author, and nothing else about
//! where its text came from. An unapproved revision is marked as a draft in its file name and
//! page header. This module decides layout only; which revision may be exported is the
//! workflow's rule.

mod plain_text;
mod preview;
mod template;

pub use plain_text::{to_plain_text, PLAIN_TEXT_WIDTH};
pub use preview::*;
pub use template::{Look, Template};

use crate::canonical::{self, Block, BlockKind};
use crate::document::DocumentKind;
use crate::outline::{is_closing, is_salutation};
use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, BreakType, Docx, Header, Hyperlink,
    HyperlinkType, IndentLevel, Level, LevelJc, LevelText, LineSpacing, NumberFormat, Numbering,
    NumberingId, PageMargin, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders,
    Run, RunFonts, SpecialIndentType, Start, Style, StyleType, Tab, TabValueType,
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

impl ExportError {
    /// The text was already stored and checked, so a failure here is the disk or a bug.
    pub fn code(&self) -> crate::ErrorCode {
        crate::ErrorCode::Internal
    }
}

/// docx-rs always writes its own decimal list as numbering 1, so ours start at 2.
const BULLETS: usize = 2;
const NUMBERS: usize = 3;

/// What the export writes: a Word file for sending, or plain text for an online form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    #[default]
    Docx,
    Text,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Docx => "docx",
            ExportFormat::Text => "txt",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExportOptions {
    pub kind: DocumentKind,
    pub template: Template,
    /// The person the document is by: the file's author.
    pub author: String,
    /// The file's title property (see `document_title`).
    pub title: String,
    /// Marks the file as not yet approved.
    pub draft: bool,
    /// RFC 3339 time written as the file's creation time.
    pub timestamp: String,
}

/// `Maria_Delgado_Resume.docx`, `Maria_Delgado_Cover_Letter_DRAFT.txt`.
pub fn file_name(person: &str, kind: DocumentKind, draft: bool, format: ExportFormat) -> String {
    let person = file_slug(person);
    let person = if person.is_empty() {
        "Document".to_string()
    } else {
        person
    };
    let draft = if draft { "_DRAFT" } else { "" };
    format!(
        "{person}_{}{draft}.{}",
        kind.file_label(),
        format.extension()
    )
}

/// A person's name (or a title) as one piece of a file name: "Maria Delgado" ->
/// "Maria_Delgado", "O'Brien-Smith" stays. Only letters, digits, `-` and `'` are kept, and
/// slashes part words like spaces, so no name can reach outside the folder it is written
/// in (`../x` -> "x", `a/b` -> "a_b"). Every file name made from a name comes through here.
/// Empty when nothing is left; the caller chooses the stand-in.
pub fn file_slug(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || matches!(c, '/' | '\\'))
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '\''))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// Where to write: into a folder under the standard name, or to the given file, with
/// `_DRAFT` added to a draft's name when the caller left it out.
pub fn output_path(
    out: &Path,
    person: &str,
    kind: DocumentKind,
    draft: bool,
    format: ExportFormat,
) -> PathBuf {
    let ext = format.extension();
    if out.is_dir()
        || out
            .as_os_str()
            .to_string_lossy()
            .ends_with(std::path::MAIN_SEPARATOR)
    {
        return out.join(file_name(person, kind, draft, format));
    }
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    if draft && !stem.contains("_DRAFT") {
        out.with_file_name(format!("{stem}_DRAFT.{ext}"))
    } else if out.extension().is_none() {
        out.with_extension(ext)
    } else {
        out.to_path_buf()
    }
}

/// Build the DOCX bytes for a canonical text.
pub fn to_docx(text: &str, options: &ExportOptions) -> Result<Vec<u8>> {
    let (blocks, _) = canonical::parse(text);
    let look = options.template.look();
    let mut docx = styles(&look, options);
    let roles = match options.kind {
        DocumentKind::CoverLetter => letter_roles(&blocks),
        DocumentKind::Resume => vec![None; blocks.len()],
    };
    for (n, (block, role)) in blocks.iter().zip(roles).enumerate() {
        let mut p = Paragraph::new();
        p = match (block.kind, role) {
            (BlockKind::Heading(level), _) => p.style(heading_style(level, n == 0)),
            (BlockKind::Paragraph, Some(style)) => p.style(style),
            (BlockKind::Paragraph, None) => p.style("Normal"),
            (BlockKind::ListItem { ordered, depth }, _) => p.style("ListParagraph").numbering(
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
    let mut xml = docx.build();
    // docx-rs cannot set a title or an author, and writes "unknown" for both; the core
    // properties part is written here instead, from nothing but the options.
    xml.doc_props.core = core_properties(options).into_bytes();
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| ExportError::Build(e.to_string()))?;
    Ok(out.into_inner())
}

/// "Maria Delgado – Resume": what Word shows as the title, and a reader's tab.
pub fn document_title(author: &str, kind: DocumentKind) -> String {
    let kind = match kind {
        DocumentKind::Resume => "Resume",
        DocumentKind::CoverLetter => "Cover Letter",
    };
    if author.trim().is_empty() {
        kind.to_string()
    } else {
        format!("{} – {kind}", author.trim())
    }
}

/// Text for XML or HTML content and attribute values: the core properties and the preview.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn core_properties(options: &ExportOptions) -> String {
    let title = escape(options.title.trim());
    let author = escape(options.author.trim());
    let time = escape(&options.timestamp);
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>",
            "<cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>1</cp:revision>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{time}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{time}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        title = title,
        author = author,
        time = time
    )
}

/// The paragraph style of each block of a letter, by its place in the letter: the sender's
/// block at the top, the date and the recipient's address, the salutation, the body and the
/// closing with the signature. `None` leaves the block to its own kind.
fn letter_roles(blocks: &[Block]) -> Vec<Option<&'static str>> {
    let texts: Vec<String> = blocks.iter().map(Block::plain_text).collect();
    let salutation = texts.iter().position(|t| is_salutation(t));
    // "Sincerely,\nAisha Khan" is one block: the closing is its first line.
    let closing = texts
        .iter()
        .rposition(|t| is_closing(t.lines().next().unwrap_or("")));
    (0..blocks.len())
        .map(|n| {
            if blocks[n].kind != BlockKind::Paragraph {
                return None;
            }
            Some(match (salutation, closing) {
                _ if n == 0 => "LetterSender",
                (Some(s), _) if n < s => "LetterAddress",
                (Some(s), _) if n == s => "LetterSalutation",
                (_, Some(c)) if n >= c => "LetterClosing",
                _ => "LetterBody",
            })
        })
        .collect()
}

/// Write the document to `path` in `format`, readable by its owner only (it is about a
/// person), through a temporary file beside it: a failed write leaves the old file or none,
/// never half a file, and no temporary file behind.
pub fn write(text: &str, options: &ExportOptions, format: ExportFormat, path: &Path) -> Result<()> {
    let bytes = match format {
        ExportFormat::Docx => to_docx(text, options)?,
        ExportFormat::Text => to_plain_text(text).into_bytes(),
    };
    crate::files::write_private(path, &bytes).map_err(|e| ExportError::Write {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
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

/// The styles, numbering and page of a template. Paragraph styles never set bold or
/// italic on their text (the importer would read that as emphasis of the words); headings
/// are bold through the heading styles, which the importer reads as headings.
fn styles(look: &Look, options: &ExportOptions) -> Docx {
    let fonts = || {
        RunFonts::new()
            .ascii(look.font)
            .hi_ansi(look.font)
            .cs(look.font)
            .east_asia(look.font)
    };
    let spacing = |before: u32, after: u32| LineSpacing::new().before(before).after(after);
    let body_line = |before: u32, after: u32| spacing(before, after).line(look.line_240ths);
    // Dates after a tab ("Shift Lead, Target<TAB>2019 – Present") sit flush right.
    let right_tab = || {
        Tab::new()
            .val(TabValueType::Right)
            .pos(look.text_width_twips())
    };
    let mut normal = Style::new("Normal", StyleType::Paragraph)
        .name("Normal")
        .fonts(fonts())
        .size(look.body_half_points)
        .line_spacing(body_line(0, look.paragraph_after_twips));
    normal.paragraph_property = normal.paragraph_property.add_tab(right_tab());
    let mut title = Style::new("Title", StyleType::Paragraph)
        .name("Title")
        .based_on("Normal")
        .next("Normal")
        .size(look.name_half_points)
        .bold()
        .outline_lvl(0)
        .line_spacing(spacing(0, 60));
    if look.name_centered {
        title = title.align(AlignmentType::Center);
    }
    if let Some(color) = look.heading_color {
        title = title.color(color);
    }
    let mut list = Style::new("ListParagraph", StyleType::Paragraph)
        .name("List Paragraph")
        .based_on("Normal")
        .line_spacing(body_line(0, look.item_after_twips));
    list.paragraph_property = list.paragraph_property.add_tab(right_tab());
    let letter_gap = look.paragraph_after_twips.max(160) + 80;
    let mut docx = Docx::new()
        .default_fonts(fonts())
        .default_size(look.body_half_points)
        .page_size(12240, 15840)
        .page_margin(
            PageMargin::new()
                .top(look.margin_twips)
                .bottom(look.margin_twips)
                .left(look.margin_twips)
                .right(look.margin_twips)
                .header(look.margin_twips / 2)
                .footer(look.margin_twips / 2),
        )
        .created_at(&options.timestamp)
        .updated_at(&options.timestamp)
        .add_style(normal)
        .add_style(title)
        .add_style(list)
        .add_style(
            Style::new("Hyperlink", StyleType::Character)
                .name("Hyperlink")
                .color(look.heading_color.unwrap_or("1F3864")),
        );
    // A letter's parts: the same face, the spacing of a business letter.
    for (id, name, before, after) in [
        ("LetterSender", "Letter Sender", 0, letter_gap + 120),
        ("LetterAddress", "Letter Address", 0, letter_gap),
        ("LetterSalutation", "Salutation", 0, letter_gap - 80),
        ("LetterBody", "Letter Body", 0, letter_gap - 40),
        ("LetterClosing", "Closing", 120, 0),
    ] {
        docx = docx.add_style(
            Style::new(id, StyleType::Paragraph)
                .name(name)
                .based_on("Normal")
                .line_spacing(body_line(before, after)),
        );
    }
    // Section headings ("Experience") get the template's heading look; deeper levels are
    // smaller and plainer.
    for level in 1..=6u8 {
        let section = Look::is_section(level);
        let (before, after) = if section {
            (look.heading_before_twips, look.heading_after_twips)
        } else {
            (look.heading_before_twips / 2, look.heading_after_twips / 2)
        };
        let mut style = Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .size(look.heading_size(level))
            .bold()
            .outline_lvl(level as usize - 1)
            .line_spacing(spacing(before, after));
        if let Some(color) = look.heading_color {
            style = style.color(color);
        }
        if section {
            if look.heading_caps {
                style.run_property = style.run_property.caps();
            }
            if look.heading_rule {
                style.paragraph_property = style.paragraph_property.set_borders(
                    ParagraphBorders::with_empty().set(
                        ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                            .val(BorderType::Single)
                            .size(6)
                            .space(1)
                            .color("808080"),
                    ),
                );
            }
        }
        // A heading stays with what it introduces.
        style.paragraph_property = style.paragraph_property.keep_next(true);
        docx = docx.add_style(style);
    }
    // Each level indents a quarter inch more, with the marker hanging in the margin.
    let list_level = |level: usize, format: &str, text: String| {
        Level::new(
            level,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(
            Some(360 + 360 * level as i32),
            Some(SpecialIndentType::Hanging(270)),
            None,
            None,
        )
    };
    let mut bullets = AbstractNumbering::new(BULLETS);
    let mut numbers = AbstractNumbering::new(NUMBERS);
    for level in 0..4usize {
        let glyph = ["•", "◦", "▪", "•"][level];
        bullets = bullets.add_level(list_level(level, "bullet", glyph.to_string()));
        let format = ["decimal", "lowerLetter", "lowerRoman", "decimal"][level];
        numbers = numbers.add_level(list_level(level, format, format!("%{}.", level + 1)));
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
            template: Template::Modern,
            author: "Maria Delgado".into(),
            title: "Maria Delgado – Resume".into(),
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
        assert_eq!(back.facts.fonts, vec!["Calibri".to_string()], "one font");
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
            file_name(
                "Maria  Delgado",
                DocumentKind::CoverLetter,
                true,
                ExportFormat::Docx
            ),
            "Maria_Delgado_Cover_Letter_DRAFT.docx"
        );
        assert_eq!(
            file_name(
                "José O'Neil",
                DocumentKind::Resume,
                false,
                ExportFormat::Text
            ),
            "José_O'Neil_Resume.txt"
        );
        let dir = std::env::temp_dir();
        assert_eq!(
            output_path(
                &dir,
                "Maria Delgado",
                DocumentKind::Resume,
                true,
                ExportFormat::Docx
            ),
            dir.join("Maria_Delgado_Resume_DRAFT.docx")
        );
        assert_eq!(
            output_path(
                Path::new("/x/mine.docx"),
                "M D",
                DocumentKind::Resume,
                true,
                ExportFormat::Docx
            ),
            Path::new("/x/mine_DRAFT.docx")
        );
    }
}
