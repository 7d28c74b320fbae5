//! The exported page as a structured view, for choosing a template in the app before
//! saving: the page's look and the blocks in order, each with its runs of text. It is made
//! from the same `Look` and the same letter layout as the DOCX, so the two cannot drift
//! apart. It holds the person's text as text: the app draws it with its own elements and
//! never inserts it as markup.

use super::letter_roles;
use super::template::{Look, Template};
use crate::canonical::{self, BlockKind};
use crate::document::DocumentKind;
use serde::Serialize;

/// The preview of a document in a template.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Preview {
    pub page: PageLook,
    pub blocks: Vec<PreviewBlock>,
}

/// A template's look in the units a screen uses: points, CSS font families and colours.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageLook {
    /// The template's font first, then metric twins and a generic family.
    pub font_family: String,
    /// The width between the margins of a US Letter page.
    pub width_pt: f32,
    /// All four page margins.
    pub margin_pt: f32,
    pub body_pt: f32,
    /// A multiple of the font size.
    pub line_height: f32,
    /// Headings and the name; "#000" is black.
    pub heading_color: String,
    pub link_color: String,
    pub name_pt: f32,
    pub name_centered: bool,
    /// Section headings, the level below them, and deeper levels, in that order.
    pub headings: Vec<HeadingLook>,
    pub item_after_pt: f32,
    pub list_indent_pt: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HeadingLook {
    pub size_pt: f32,
    pub before_pt: f32,
    pub after_pt: f32,
    /// In capitals.
    pub caps: bool,
    /// A thin line under it.
    pub rule: bool,
}

/// One block of the page, in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PreviewBlock {
    /// The person's name: a heading that opens the document.
    Name {
        text: Line,
    },
    /// `level` 2 is a section heading, 3 and 4 the levels below it (an index into
    /// `PageLook::headings` from 2).
    Heading {
        level: u8,
        text: Line,
    },
    Paragraph {
        /// A letter's part, named as the DOCX paragraph style is (`LetterSender`,
        /// `LetterAddress`, `LetterSalutation`, `LetterBody`, `LetterClosing`).
        role: Option<String>,
        before_pt: f32,
        after_pt: f32,
        text: Line,
    },
    List {
        list: List,
    },
}

/// A list, with the lists nested in its items.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct List {
    pub ordered: bool,
    /// 0 for a top-level list.
    pub depth: u8,
    /// The marker at this depth, as the DOCX numbering draws it, as a CSS
    /// `list-style-type`: "disc", "circle", "square", "decimal", "lower-alpha",
    /// "lower-roman".
    pub marker: String,
    pub items: Vec<ListItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListItem {
    pub text: Line,
    pub lists: Vec<List>,
}

/// A block's text. A line with one tab ("Shift Lead, Target<TAB>2019 – Present") puts
/// what follows the tab in `right`, flush right, as the DOCX's right tab stop does.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub runs: Vec<PreviewRun>,
    pub right: Vec<PreviewRun>,
}

/// Text in one style. It holds no line break or tab: those are marked before the run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PreviewRun {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// The address of a link. The preview shows it as a link but never follows it.
    pub link: Option<String>,
    /// A line break comes before the text.
    pub break_before: bool,
    /// A tab comes before the text (not the one tab of a line split in two).
    pub tab_before: bool,
}

/// The preview of `text` in `template`.
pub fn preview(text: &str, kind: DocumentKind, template: Template) -> Preview {
    let look = template.look();
    let (blocks, _) = canonical::parse(text);
    let roles = match kind {
        DocumentKind::CoverLetter => letter_roles(&blocks),
        DocumentKind::Resume => vec![None; blocks.len()],
    };
    let mut out = Vec::new();
    // The lists open at the end of `out`, outermost first.
    let mut open: Vec<List> = Vec::new();
    for (n, (block, role)) in blocks.iter().zip(roles).enumerate() {
        let text = line(block);
        // Close lists deeper than this item, or of another kind at its depth.
        let target = match block.kind {
            BlockKind::ListItem { ordered, depth } => Some((ordered, depth)),
            _ => None,
        };
        while let Some(list) = open.last() {
            let (o, d) = (list.ordered, list.depth);
            if matches!(target, Some((to, td)) if d < td || (d == td && o == to)) {
                break;
            }
            close(&mut open, &mut out);
        }
        match block.kind {
            BlockKind::Heading(_) if n == 0 => out.push(PreviewBlock::Name { text }),
            BlockKind::Heading(level) => out.push(PreviewBlock::Heading {
                level: if Look::is_section(level) {
                    2
                } else {
                    level.min(4)
                },
                text,
            }),
            BlockKind::Paragraph => {
                let (before, after) = paragraph_spacing(&look, role);
                out.push(PreviewBlock::Paragraph {
                    role: role.map(str::to_string),
                    before_pt: before,
                    after_pt: after,
                    text,
                });
            }
            BlockKind::ListItem { ordered, depth } => {
                let same = open
                    .last()
                    .is_some_and(|l| l.depth == depth && l.ordered == ordered);
                if !same {
                    open.push(List {
                        ordered,
                        depth,
                        marker: marker(ordered, depth).to_string(),
                        items: Vec::new(),
                    });
                }
                let list = open.last_mut().expect("a list is open");
                list.items.push(ListItem {
                    text,
                    lists: Vec::new(),
                });
            }
        }
    }
    while !open.is_empty() {
        close(&mut open, &mut out);
    }
    Preview {
        page: page_look(&look),
        blocks: out,
    }
}

/// Close the innermost open list: into the last item of the list around it, or onto the
/// page.
fn close(open: &mut Vec<List>, out: &mut Vec<PreviewBlock>) {
    let Some(list) = open.pop() else { return };
    match open.last_mut().and_then(|l| l.items.last_mut()) {
        Some(item) => item.lists.push(list),
        None => out.push(PreviewBlock::List { list }),
    }
}

/// The DOCX numbering's marker at each depth (bullets •, ◦, ▪, •; numbers 1., a., i., 1.).
fn marker(ordered: bool, depth: u8) -> &'static str {
    let depth = usize::from(depth.min(3));
    if ordered {
        ["decimal", "lower-alpha", "lower-roman", "decimal"][depth]
    } else {
        ["disc", "circle", "square", "disc"][depth]
    }
}

/// Word's units as points: twips are 1/20 pt.
fn pt_of_twips(twips: f32) -> f32 {
    twips / 20.0
}

fn pt_of_half_points(half: usize) -> f32 {
    half as f32 / 2.0
}

/// The space before and after a paragraph; a letter's parts have a business letter's gaps.
fn paragraph_spacing(look: &Look, role: Option<&str>) -> (f32, f32) {
    let after = look.paragraph_after_twips;
    let gap = after.max(160) + 80;
    let (before, after) = match role {
        Some("LetterSender") => (0, gap + 120),
        Some("LetterAddress") => (0, gap),
        Some("LetterClosing") => (120, after),
        _ => (0, after),
    };
    (pt_of_twips(before as f32), pt_of_twips(after as f32))
}

fn page_look(look: &Look) -> PageLook {
    let font_family = match look.font {
        "Cambria" => "Cambria, Caladea, Georgia, serif",
        "Calibri" => "Calibri, Carlito, 'Segoe UI', sans-serif",
        _ => "Arial, 'Liberation Sans', Helvetica, sans-serif",
    };
    let margin = pt_of_twips(look.margin_twips as f32);
    let heading = |level: u8| {
        let section = Look::is_section(level);
        let (before, after) = if section {
            (look.heading_before_twips, look.heading_after_twips)
        } else {
            (look.heading_before_twips / 2, look.heading_after_twips / 2)
        };
        HeadingLook {
            size_pt: pt_of_half_points(look.heading_size(level)),
            before_pt: pt_of_twips(before as f32),
            after_pt: pt_of_twips(after as f32),
            caps: section && look.heading_caps,
            rule: section && look.heading_rule,
        }
    };
    PageLook {
        font_family: font_family.to_string(),
        width_pt: 612.0 - 2.0 * margin,
        margin_pt: margin,
        body_pt: pt_of_half_points(look.body_half_points),
        line_height: look.line_240ths as f32 / 240.0 * 1.15,
        heading_color: format!("#{}", look.heading_color.unwrap_or("000")),
        link_color: format!("#{}", look.heading_color.unwrap_or("1F3864")),
        name_pt: pt_of_half_points(look.name_half_points),
        name_centered: look.name_centered,
        headings: vec![heading(2), heading(3), heading(4)],
        item_after_pt: pt_of_twips(look.item_after_twips as f32),
        list_indent_pt: 18.0,
    }
}

/// A block's runs with breaks and tabs marked, split at its one tab when it has one line.
fn line(block: &canonical::Block) -> Line {
    // The runs between tabs, each keeping its run's formatting.
    let mut pieces: Vec<Vec<PreviewRun>> = vec![Vec::new()];
    for run in &block.runs {
        for (n, part) in run.text.split('\t').enumerate() {
            if n > 0 {
                pieces.push(Vec::new());
            }
            for (m, text) in part.split('\n').enumerate() {
                if m == 0 && text.is_empty() {
                    continue;
                }
                pieces
                    .last_mut()
                    .expect("one piece at least")
                    .push(PreviewRun {
                        text: text.to_string(),
                        bold: run.bold,
                        italic: run.italic,
                        link: run.link.clone(),
                        break_before: m > 0,
                        tab_before: false,
                    });
            }
        }
    }
    let one_line = !block.runs.iter().any(|r| r.text.contains('\n'));
    if pieces.len() == 2 && one_line {
        let right = pieces.pop().expect("two pieces");
        let runs = pieces.pop().expect("two pieces");
        return Line { runs, right };
    }
    let mut runs = Vec::new();
    for (n, mut piece) in pieces.into_iter().enumerate() {
        if n > 0 {
            if piece.is_empty() {
                piece.push(PreviewRun {
                    text: String::new(),
                    bold: false,
                    italic: false,
                    link: None,
                    break_before: false,
                    tab_before: false,
                });
            }
            piece[0].tab_before = true;
        }
        runs.extend(piece);
    }
    Line {
        runs,
        right: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of a line as the page shows it: a break as a newline, a tab as a tab, the
    /// flush-right part after " → ".
    fn shown(line: &Line) -> String {
        let runs = |runs: &[PreviewRun]| {
            runs.iter()
                .map(|r| {
                    let lead = match (r.break_before, r.tab_before) {
                        (true, _) => "\n",
                        (_, true) => "\t",
                        _ => "",
                    };
                    format!("{lead}{}", r.text)
                })
                .collect::<String>()
        };
        if line.right.is_empty() {
            runs(&line.runs)
        } else {
            format!("{} → {}", runs(&line.runs), runs(&line.right))
        }
    }

    fn items(list: &List) -> Vec<String> {
        list.items.iter().map(|i| shown(&i.text)).collect()
    }

    #[test]
    fn the_preview_keeps_text_as_text_and_nests_lists() {
        let text = "# Ana <b>Ruiz</b>\n\n## Skills\n\n- Forklift & pallet jack\n  - Class II\n- Cash\n\n1. One\n\n**Cashier**, Aldi\tMay 2024 – Present\n";
        let preview = preview(text, DocumentKind::Resume, Template::Classic);
        let b = &preview.blocks;
        assert!(
            matches!(&b[0], PreviewBlock::Name { text } if shown(text) == "Ana <b>Ruiz</b>"),
            "the name's markup-like text stays text for the app to show: {:?}",
            b[0]
        );
        assert!(
            matches!(&b[1], PreviewBlock::Heading { level: 2, text } if shown(text) == "Skills")
        );
        let (PreviewBlock::List { list: bullets }, PreviewBlock::List { list: numbers }) =
            (&b[2], &b[3])
        else {
            panic!("a bulleted list, then a numbered one: {b:?}");
        };
        assert!(!bullets.ordered && numbers.ordered);
        assert_eq!(items(bullets), ["Forklift & pallet jack", "Cash"]);
        assert_eq!(
            bullets.items[0].lists.len(),
            1,
            "Class II nests in its item"
        );
        let nested = &bullets.items[0].lists[0];
        assert_eq!((nested.depth, nested.marker.as_str()), (1, "circle"));
        assert_eq!(items(nested), ["Class II"]);
        assert!(bullets.items[1].lists.is_empty());
        assert_eq!(items(numbers), ["One"]);
        let PreviewBlock::Paragraph {
            text: role_line,
            role,
            ..
        } = &b[4]
        else {
            panic!("a paragraph last: {b:?}");
        };
        assert_eq!(*role, None, "a resume's paragraphs have no letter role");
        assert_eq!(
            shown(role_line),
            "Cashier, Aldi → May 2024 – Present",
            "dates after a tab sit flush right"
        );
        assert!(role_line.runs[0].bold && !role_line.runs[1].bold);
        assert_eq!(b.len(), 5);
        assert!(preview.page.font_family.contains("Cambria"));
        assert!(preview.page.headings[0].caps && preview.page.name_centered);
        let compact = super::preview(text, DocumentKind::Resume, Template::Compact);
        assert!(compact.page.font_family.contains("Arial"));
    }

    #[test]
    fn a_letter_preview_marks_its_parts() {
        let text = "Aisha Khan\\\naisha@example.com\n\nNovember 23, 2026\n\nDear Ms. Lee,\n\nI am writing to apply.\n\nSincerely,\\\nAisha Khan\n";
        let preview = preview(text, DocumentKind::CoverLetter, Template::Modern);
        let parts: Vec<(Option<&str>, String)> = preview
            .blocks
            .iter()
            .map(|b| match b {
                PreviewBlock::Paragraph { role, text, .. } => (role.as_deref(), shown(text)),
                other => panic!("a letter of paragraphs: {other:?}"),
            })
            .collect();
        assert_eq!(
            parts,
            [
                (
                    Some("LetterSender"),
                    "Aisha Khan\naisha@example.com".to_string()
                ),
                (Some("LetterAddress"), "November 23, 2026".to_string()),
                (Some("LetterSalutation"), "Dear Ms. Lee,".to_string()),
                (Some("LetterBody"), "I am writing to apply.".to_string()),
                (Some("LetterClosing"), "Sincerely,\nAisha Khan".to_string()),
            ]
        );
    }
}
