//! The export preview as the UI draws it: the core's `export::Preview`, field for field, so
//! it can derive `TS`. The UI makes its own elements from it and shows the text as text.

use jobcoach_core::export as core;
use serde::Serialize;
use ts_rs::TS;

/// A document's page as it would be exported in a template.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ExportPreview {
    pub page: PageLook,
    pub blocks: Vec<PreviewBlock>,
}

/// The template's look in points, CSS font families and colours.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PageLook {
    /// The template's font first, then metric twins and a generic family.
    pub font_family: String,
    /// The width between the margins of a US Letter page.
    pub width_pt: f32,
    pub margin_pt: f32,
    pub body_pt: f32,
    /// A multiple of the font size.
    pub line_height: f32,
    pub heading_color: String,
    pub link_color: String,
    pub name_pt: f32,
    pub name_centered: bool,
    /// Section headings (level 2), the level below them (3), and deeper (4), in that order.
    pub headings: Vec<HeadingLook>,
    pub item_after_pt: f32,
    pub list_indent_pt: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HeadingLook {
    pub size_pt: f32,
    pub before_pt: f32,
    pub after_pt: f32,
    pub caps: bool,
    /// A thin line under it.
    pub rule: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PreviewBlock {
    Name {
        text: PreviewLine,
    },
    /// 2 is a section heading, 3 and 4 the levels below.
    Heading {
        level: u8,
        text: PreviewLine,
    },
    Paragraph {
        /// A letter's part, named as its DOCX paragraph style (`LetterSender`, …).
        role: Option<String>,
        before_pt: f32,
        after_pt: f32,
        text: PreviewLine,
    },
    List {
        list: PreviewList,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PreviewList {
    pub ordered: bool,
    pub depth: u8,
    /// A CSS `list-style-type`, as the DOCX numbering draws this depth.
    pub marker: String,
    pub items: Vec<PreviewListItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PreviewListItem {
    pub text: PreviewLine,
    pub lists: Vec<PreviewList>,
}

/// A block's text; `right` is what follows a line's one tab, flush right.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PreviewLine {
    pub runs: Vec<PreviewRun>,
    pub right: Vec<PreviewRun>,
}

/// Text in one style, with no break or tab inside it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PreviewRun {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    /// A link's address: shown as a link, never followed.
    pub link: Option<String>,
    pub break_before: bool,
    pub tab_before: bool,
}

impl From<core::Preview> for ExportPreview {
    fn from(p: core::Preview) -> Self {
        ExportPreview {
            page: p.page.into(),
            blocks: p.blocks.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<core::PageLook> for PageLook {
    fn from(p: core::PageLook) -> Self {
        PageLook {
            font_family: p.font_family,
            width_pt: p.width_pt,
            margin_pt: p.margin_pt,
            body_pt: p.body_pt,
            line_height: p.line_height,
            heading_color: p.heading_color,
            link_color: p.link_color,
            name_pt: p.name_pt,
            name_centered: p.name_centered,
            headings: p.headings.into_iter().map(Into::into).collect(),
            item_after_pt: p.item_after_pt,
            list_indent_pt: p.list_indent_pt,
        }
    }
}

impl From<core::HeadingLook> for HeadingLook {
    fn from(h: core::HeadingLook) -> Self {
        HeadingLook {
            size_pt: h.size_pt,
            before_pt: h.before_pt,
            after_pt: h.after_pt,
            caps: h.caps,
            rule: h.rule,
        }
    }
}

impl From<core::PreviewBlock> for PreviewBlock {
    fn from(b: core::PreviewBlock) -> Self {
        match b {
            core::PreviewBlock::Name { text } => PreviewBlock::Name { text: text.into() },
            core::PreviewBlock::Heading { level, text } => PreviewBlock::Heading {
                level,
                text: text.into(),
            },
            core::PreviewBlock::Paragraph {
                role,
                before_pt,
                after_pt,
                text,
            } => PreviewBlock::Paragraph {
                role,
                before_pt,
                after_pt,
                text: text.into(),
            },
            core::PreviewBlock::List { list } => PreviewBlock::List { list: list.into() },
        }
    }
}

impl From<core::List> for PreviewList {
    fn from(l: core::List) -> Self {
        PreviewList {
            ordered: l.ordered,
            depth: l.depth,
            marker: l.marker,
            items: l
                .items
                .into_iter()
                .map(|i| PreviewListItem {
                    text: i.text.into(),
                    lists: i.lists.into_iter().map(Into::into).collect(),
                })
                .collect(),
        }
    }
}

impl From<core::Line> for PreviewLine {
    fn from(l: core::Line) -> Self {
        let runs = |runs: Vec<core::PreviewRun>| {
            runs.into_iter()
                .map(|r| PreviewRun {
                    text: r.text,
                    bold: r.bold,
                    italic: r.italic,
                    link: r.link,
                    break_before: r.break_before,
                    tab_before: r.tab_before,
                })
                .collect()
        };
        PreviewLine {
            runs: runs(l.runs),
            right: runs(l.right),
        }
    }
}
