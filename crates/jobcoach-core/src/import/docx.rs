//! DOCX through docx-rs. docx-rs gives the raw parts; this layer resolves what Word would:
//! style inheritance (`basedOn` chains) for headings, bold and italic, list numbering that
//! sits on the paragraph or in its style, tracked changes (insertions kept, deletions
//! dropped), hyperlinks, content controls, and the layout facts the checklist needs.

use super::{docx_xml, guard, plain, ImportError, Result};
use crate::canonical::{self, Block, BlockKind, Run};
use crate::document::{Document, SourceFacts, SourceFormat};
use docx_rs::{
    DocumentChild, Docx, Drawing, DrawingData, Hyperlink, HyperlinkData, Paragraph, ParagraphChild,
    ParagraphProperty, RunChild, RunProperty, StructuredDataTagChild, Style, Table,
    TableCellContent, TableChild, TableRowChild, TextBoxContentChild,
};
use serde::Serialize;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

pub fn import(bytes: &[u8]) -> Result<Document> {
    let inspection = guard::inspect(bytes)?;
    let patched;
    let bytes = match docx_xml::patch(&inspection.document_xml) {
        Some(xml) => {
            patched = docx_xml::with_document(bytes, &xml).map_err(|e| ImportError::Corrupt {
                detail: e.to_string(),
            })?;
            &patched[..]
        }
        None => bytes,
    };
    let options = docx_rs::ReadDocxOptions::default().with_image_previews(false);
    // The guard removes every panic we know of in docx-rs; this catches the ones we do not,
    // so a strange file is refused instead of taking the app down.
    let docx = catch_unwind(AssertUnwindSafe(|| {
        docx_rs::read_docx_with_options(bytes, options)
    }))
    .map_err(|_| ImportError::Corrupt {
        detail: "its contents could not be read".into(),
    })?
    .map_err(|e| ImportError::Corrupt {
        detail: e.to_string(),
    })?;
    let mut doc = Walker::new(&docx).walk(&docx, &inspection.notes);
    doc.facts.header_footer_text = inspection.header_footer_text;
    doc.facts.columns_per_section = docx_xml::columns_per_section(&inspection.document_xml);
    doc.facts.images += inspection.header_images;
    doc.facts.contact_images += inspection.header_images;
    Ok(doc)
}

/// Where a block came from, for the layout facts.
#[derive(Clone, Copy, PartialEq)]
enum Origin {
    Body,
    Table(usize),
    TextBox(usize),
}

struct Walker<'a> {
    styles: HashMap<&'a str, &'a Style>,
    /// numId -> level -> ordered?
    numbering: HashMap<usize, Vec<bool>>,
    links: HashMap<&'a str, &'a str>,
    theme: ThemeFonts,
    default_font: Option<String>,
    default_size: Option<f32>,
    blocks: Vec<(Block, Origin)>,
    facts: SourceFacts,
    tables: usize,
    text_boxes: usize,
    /// Characters per font family and size, to rank them.
    font_use: HashMap<String, usize>,
    size_use: HashMap<u32, usize>,
    /// The block each body picture sits in, to tell a photo beside the name.
    image_blocks: Vec<usize>,
}

/// A run's look after its styles: bold and italic for the text, face and size (half-points)
/// for the facts.
#[derive(Clone, Default)]
struct Format {
    bold: bool,
    italic: bool,
    font: Option<String>,
    size: Option<u32>,
}

impl<'a> Walker<'a> {
    fn new(docx: &'a Docx) -> Self {
        let styles = docx
            .styles
            .styles
            .iter()
            .map(|s| (s.style_id.as_str(), s))
            .collect();
        let mut numbering = HashMap::new();
        for num in &docx.numberings.numberings {
            if let Some(abs) = docx
                .numberings
                .abstract_nums
                .iter()
                .find(|a| a.id == num.abstract_num_id)
            {
                let mut levels: Vec<(usize, bool)> = abs
                    .levels
                    .iter()
                    .map(|l| (l.level, l.format.val != "bullet" && l.format.val != "none"))
                    .collect();
                levels.sort_by_key(|l| l.0);
                numbering.insert(num.id, levels.into_iter().map(|l| l.1).collect());
            }
        }
        let links = docx
            .hyperlinks
            .iter()
            .map(|(id, target, _)| (id.as_str(), target.as_str()))
            .collect();
        // docx-rs keeps the document defaults private; its serde form is the way in.
        let defaults = serde_json::to_value(&docx.styles.doc_defaults).unwrap_or_default();
        let default_rp = &defaults["runPropertyDefault"]["runProperty"];
        let theme = docx
            .themes
            .first()
            .map(|t| ThemeFonts {
                major: Some(t.font_schema.major_font.latin.clone()).filter(|f| !f.is_empty()),
                minor: Some(t.font_schema.minor_font.latin.clone()).filter(|f| !f.is_empty()),
            })
            .unwrap_or_default();
        let default_font = fonts_in(&default_rp["fonts"], &theme);
        let default_size = default_rp["sz"].as_f64().map(|v| v as f32 / 2.0);
        Walker {
            styles,
            numbering,
            links,
            theme,
            default_font,
            default_size,
            blocks: Vec::new(),
            facts: SourceFacts {
                format: SourceFormat::Docx,
                ..SourceFacts::default()
            },
            tables: 0,
            text_boxes: 0,
            font_use: HashMap::new(),
            size_use: HashMap::new(),
            image_blocks: Vec::new(),
        }
    }

    /// Footnotes and endnotes follow the body, as on the printed page.
    fn walk(mut self, docx: &'a Docx, notes: &[String]) -> Document {
        for child in &docx.document.children {
            match child {
                DocumentChild::Paragraph(p) => self.paragraph(p, Origin::Body),
                DocumentChild::Table(t) => self.table(t),
                DocumentChild::StructuredDataTag(sdt) => {
                    self.sdt_children(&sdt.children, Origin::Body)
                }
                _ => {}
            }
        }
        for note in notes {
            let block = Block::new(BlockKind::Paragraph, vec![Run::plain(note.clone())]);
            self.blocks.push((block, Origin::Body));
        }
        let blocks: Vec<Block> = self.blocks.iter().map(|(b, _)| b.clone()).collect();
        let (text, spans) = canonical::render_with_spans(&blocks);
        let mut tables: Vec<Option<std::ops::Range<usize>>> = vec![None; self.tables];
        let mut boxes: Vec<Option<std::ops::Range<usize>>> = vec![None; self.text_boxes];
        for ((_, origin), span) in self.blocks.iter().zip(spans) {
            let Some(span) = span else { continue };
            let slot = match origin {
                Origin::Body => continue,
                Origin::Table(n) => &mut tables[*n],
                Origin::TextBox(n) => &mut boxes[*n],
            };
            *slot = Some(match slot.take() {
                Some(s) => s.start..span.end,
                None => span,
            });
        }
        // A table or box with no text still counts; it points at the start.
        self.facts.tables = tables.into_iter().map(|s| s.unwrap_or(0..0)).collect();
        self.facts.text_boxes = boxes.into_iter().map(|s| s.unwrap_or(0..0)).collect();
        self.facts.fonts = ranked(self.font_use);
        self.facts.font_sizes_pt = ranked(self.size_use)
            .into_iter()
            .map(|half| half as f32 / 2.0)
            .collect();
        self.facts.page_estimate = super::estimate_pages(&text, blocks.len());
        // The contact lines: what comes before the first section heading, at most the first
        // few paragraphs.
        let contact_end = self
            .blocks
            .iter()
            .enumerate()
            .skip(1)
            .find(|(_, (b, _))| matches!(b.kind, BlockKind::Heading(_)))
            .map_or(self.blocks.len(), |(n, _)| n)
            .min(4);
        self.facts.contact_images = self
            .image_blocks
            .iter()
            .filter(|&&n| n < contact_end)
            .count();
        Document::from_text(text, self.facts)
    }

    fn table(&mut self, table: &'a Table) {
        let n = self.tables;
        self.tables += 1;
        self.table_contents(table, Origin::Table(n));
    }

    fn table_contents(&mut self, table: &'a Table, origin: Origin) {
        for TableChild::TableRow(row) in &table.rows {
            for TableRowChild::TableCell(cell) in &row.cells {
                for content in &cell.children {
                    match content {
                        TableCellContent::Paragraph(p) => self.paragraph(p, origin),
                        TableCellContent::Table(t) => self.table_contents(t, origin),
                        TableCellContent::StructuredDataTag(sdt) => {
                            self.sdt_children(&sdt.children, origin)
                        }
                        TableCellContent::TableOfContents(_) => {}
                    }
                }
            }
        }
    }

    fn sdt_children(&mut self, children: &'a [StructuredDataTagChild], origin: Origin) {
        let mut loose_runs = Vec::new();
        for child in children {
            match child {
                StructuredDataTagChild::Paragraph(p) => self.paragraph(p, origin),
                StructuredDataTagChild::Table(t) => self.table(t),
                StructuredDataTagChild::StructuredDataTag(inner) => {
                    self.sdt_children(&inner.children, origin)
                }
                StructuredDataTagChild::Run(r) => {
                    let mut extra = Vec::new();
                    self.run(r, &Format::default(), None, &mut loose_runs, &mut extra);
                }
                _ => {}
            }
        }
        if !loose_runs.is_empty() {
            self.blocks
                .push((Block::new(BlockKind::Paragraph, loose_runs), origin));
        }
    }

    /// The style chain from a style id up through `basedOn`, nearest first. Cycles in
    /// broken files are cut off.
    fn chain(&self, style_id: Option<&str>) -> Vec<&'a Style> {
        let mut chain = Vec::new();
        let mut next = style_id.map(str::to_string);
        while let Some(id) = next.take() {
            let Some(style) = self.styles.get(id.as_str()) else {
                break;
            };
            if chain.len() > 16 || chain.iter().any(|s: &&Style| s.style_id == style.style_id) {
                break;
            }
            chain.push(*style);
            next = style
                .based_on
                .as_ref()
                .and_then(|b| serde_json::to_value(b).ok())
                .and_then(|v| v.as_str().map(str::to_string));
        }
        chain
    }

    fn heading_level(&self, prop: &ParagraphProperty, chain: &[&Style]) -> Option<u8> {
        if let Some(lvl) = &prop.outline_lvl {
            return (lvl.v < 9).then(|| (lvl.v + 1).min(6) as u8);
        }
        for style in chain {
            if let Some(lvl) = &style.paragraph_property.outline_lvl {
                return (lvl.v < 9).then(|| (lvl.v + 1).min(6) as u8);
            }
            let name = style_name(style);
            let id = style.style_id.to_ascii_lowercase();
            for candidate in [name.as_str(), id.as_str()] {
                if candidate == "title" {
                    return Some(1);
                }
                if let Some(n) = candidate
                    .strip_prefix("heading")
                    .map(str::trim)
                    .and_then(|n| n.parse::<u8>().ok())
                {
                    return Some(n.clamp(1, 6));
                }
            }
        }
        None
    }

    /// (ordered, depth) when the paragraph is a list item, from its own numbering or its
    /// style's. `numId` 0 switches numbering off.
    fn list_item(&self, prop: &ParagraphProperty, chain: &[&Style]) -> Option<(bool, u8)> {
        let own = prop.numbering_property.as_ref();
        let from_style = chain
            .iter()
            .find_map(|s| s.paragraph_property.numbering_property.as_ref());
        let id = own
            .and_then(|n| n.id.as_ref())
            .or_else(|| from_style.and_then(|n| n.id.as_ref()))?
            .id;
        if id == 0 {
            return None;
        }
        let level = own
            .and_then(|n| n.level.as_ref())
            .or_else(|| from_style.and_then(|n| n.level.as_ref()))
            .map_or(0, |l| l.val);
        let ordered = self
            .numbering
            .get(&id)
            .and_then(|levels| levels.get(level).copied())
            .unwrap_or(false);
        // Word's "List Bullet 2" and "List Number 3" nest by style: each has its own list
        // at level 0 with a deeper indent.
        let style_depth = chain
            .iter()
            .filter_map(|s| {
                let name = style_name(s);
                let rest = name
                    .strip_prefix("list bullet")
                    .or_else(|| name.strip_prefix("list number"))?;
                rest.trim()
                    .parse::<usize>()
                    .ok()
                    .map(|n| n.saturating_sub(1))
            })
            .next()
            .unwrap_or(0);
        Some((ordered, level.max(style_depth).min(8) as u8))
    }

    fn paragraph(&mut self, p: &'a Paragraph, origin: Origin) {
        let style_id = p.property.style.as_ref().map(|s| s.val.as_str());
        let chain = self.chain(style_id);
        let mut base = Format::default();
        for style in chain.iter().rev() {
            apply(&mut base, &style.run_property, &self.theme);
        }
        let mut runs = Vec::new();
        let mut extra = Vec::new();
        self.paragraph_children(&p.children, &base, None, &mut runs, &mut extra);
        let mut kind = match self.heading_level(&p.property, &chain) {
            Some(level) => BlockKind::Heading(level),
            None => match self.list_item(&p.property, &chain) {
                Some((ordered, depth)) => BlockKind::ListItem { ordered, depth },
                None => BlockKind::Paragraph,
            },
        };
        // A bullet typed as a character ("• Trained staff") is still a bullet.
        if kind == BlockKind::Paragraph {
            let text: String = runs.iter().map(|r| r.text.as_str()).collect();
            if let Some((glyph, _)) = plain::strip_typed_bullet(&text) {
                let glyph = glyph.to_string();
                if !self.facts.typed_bullet_glyphs.contains(&glyph) {
                    self.facts.typed_bullet_glyphs.push(glyph);
                }
                strip_leading_glyph(&mut runs);
                kind = BlockKind::ListItem {
                    ordered: false,
                    depth: 0,
                };
            }
        }
        // A heading's boldness is the heading's look, not emphasis of its words.
        if matches!(kind, BlockKind::Heading(_)) {
            for run in &mut runs {
                run.bold = false;
            }
        }
        self.blocks.push((Block::new(kind, runs), origin));
        // Text boxes anchored in this paragraph follow it.
        for (n, paragraphs) in extra {
            for p in paragraphs {
                self.paragraph(p, Origin::TextBox(n));
            }
        }
    }

    fn paragraph_children(
        &mut self,
        children: &'a [ParagraphChild],
        base: &Format,
        link: Option<&str>,
        runs: &mut Vec<Run>,
        extra: &mut Vec<(usize, Vec<&'a Paragraph>)>,
    ) {
        for child in children {
            match child {
                ParagraphChild::Run(r) => self.run(r, base, link, runs, extra),
                ParagraphChild::Insert(ins) => {
                    for c in &ins.children {
                        if let docx_rs::InsertChild::Run(r) = c {
                            self.run(r, base, link, runs, extra);
                        }
                    }
                }
                ParagraphChild::MoveTo(mv) => {
                    for c in &mv.children {
                        if let docx_rs::MoveToChild::Run(r) = c {
                            self.run(r, base, link, runs, extra);
                        }
                    }
                }
                // Deleted and moved-away text is not part of the document any more.
                ParagraphChild::Delete(_) | ParagraphChild::MoveFrom(_) => {}
                ParagraphChild::Hyperlink(h) => {
                    let target = self.link_target(h);
                    self.paragraph_children(&h.children, base, target.as_deref(), runs, extra);
                }
                ParagraphChild::StructuredDataTag(sdt) => {
                    for c in &sdt.children {
                        if let StructuredDataTagChild::Run(r) = c {
                            self.run(r, base, link, runs, extra);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn link_target(&self, h: &Hyperlink) -> Option<String> {
        match &h.link {
            HyperlinkData::External { rid, path } => self
                .links
                .get(rid.as_str())
                .map(|s| s.to_string())
                .or_else(|| (!path.is_empty()).then(|| path.clone())),
            // Links inside the document (bookmarks) mean nothing outside Word.
            HyperlinkData::Anchor { .. } => None,
        }
    }

    fn run(
        &mut self,
        r: &'a docx_rs::Run,
        base: &Format,
        link: Option<&str>,
        runs: &mut Vec<Run>,
        extra: &mut Vec<(usize, Vec<&'a Paragraph>)>,
    ) {
        if r.run_property.vanish.is_some() {
            return;
        }
        let mut format = base.clone();
        let char_style = r.run_property.style.as_ref().map(|s| s.val.as_str());
        for style in self.chain(char_style).iter().rev() {
            apply(&mut format, &style.run_property, &self.theme);
        }
        apply(&mut format, &r.run_property, &self.theme);
        let mut text = String::new();
        for child in &r.children {
            match child {
                RunChild::Text(t) => push_text(&mut text, &t.text),
                RunChild::Tab(_) | RunChild::PTab(_) => text.push('\t'),
                RunChild::Break(b) => {
                    let kind = serde_json::to_value(b).unwrap_or_default();
                    // Page and column breaks are layout, not line breaks in the text.
                    if !kind.to_string().contains("page") && !kind.to_string().contains("column") {
                        text.push('\n');
                    }
                }
                RunChild::CarriageReturn(_) => text.push('\n'),
                RunChild::Sym(sym) => text.push_str(symbol_char(&sym.char)),
                RunChild::Drawing(d) => self.drawing(d, extra),
                RunChild::Shape(s) if s.image_data.is_some() => self.picture(),
                _ => {}
            }
        }
        if text.is_empty() {
            return;
        }
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        if chars > 0 {
            let font = format.font.clone().or_else(|| self.default_font.clone());
            if let Some(font) = font {
                *self.font_use.entry(font).or_default() += chars;
            }
            let size = format.size.or(self.default_size.map(|s| (s * 2.0) as u32));
            if let Some(size) = size {
                *self.size_use.entry(size).or_default() += chars;
            }
        }
        runs.push(Run {
            text,
            bold: format.bold,
            italic: format.italic,
            link: link.map(str::to_string),
        });
    }

    /// A picture in the paragraph being read, which becomes the next block.
    fn picture(&mut self) {
        self.facts.images += 1;
        self.image_blocks.push(self.blocks.len());
    }

    fn drawing(&mut self, d: &'a Drawing, extra: &mut Vec<(usize, Vec<&'a Paragraph>)>) {
        match &d.data {
            Some(DrawingData::Pic(_)) => self.picture(),
            Some(DrawingData::TextBox(tb)) => {
                let n = self.text_boxes;
                self.text_boxes += 1;
                let paragraphs = tb
                    .children
                    .iter()
                    .filter_map(|c| match c {
                        TextBoxContentChild::Paragraph(p) => Some(p.as_ref()),
                        TextBoxContentChild::Table(_) => None,
                    })
                    .collect();
                extra.push((n, paragraphs));
            }
            None => {}
        }
    }
}

/// Text as typed, without the invisible: a soft hyphen (U+00AD) marks where Word may break
/// a word, and a non-breaking hyphen (U+2011) is a hyphen to every reader.
fn push_text(text: &mut String, typed: &str) {
    if typed.contains(['\u{AD}', '\u{2011}']) {
        text.extend(typed.chars().filter(|&c| c != '\u{AD}').map(|c| {
            if c == '\u{2011}' {
                '-'
            } else {
                c
            }
        }));
    } else {
        text.push_str(typed);
    }
}

/// A style's name in lower case ("heading 1"); docx-rs keeps it private, serde reads it.
fn style_name(style: &Style) -> String {
    serde_json::to_value(&style.name)
        .ok()
        .and_then(|v| v.as_str().map(str::to_ascii_lowercase))
        .unwrap_or_default()
}

/// Apply a run property's bold and italic over inherited ones. docx-rs keeps the values
/// private; their serde form (a bool) is the public way to read them.
fn apply(format: &mut Format, rp: &RunProperty, theme: &ThemeFonts) {
    if let Some(font) = font_of(rp, theme) {
        format.font = Some(font);
    }
    if let Some(size) = size_of(rp) {
        format.size = Some(size);
    }
    if let Some(b) = flag(&rp.bold) {
        format.bold = b;
    }
    if let Some(i) = flag(&rp.italic) {
        format.italic = i;
    }
}

fn flag<T: Serialize>(value: &Option<T>) -> Option<bool> {
    value
        .as_ref()
        .and_then(|v| serde_json::to_value(v).ok())
        .and_then(|v| v.as_bool())
}

/// The theme's heading (major) and body (minor) faces, which Word's own templates name
/// instead of a font ("asciiTheme": "minorHAnsi" is Calibri or Aptos).
#[derive(Default)]
struct ThemeFonts {
    major: Option<String>,
    minor: Option<String>,
}

fn font_of(rp: &RunProperty, theme: &ThemeFonts) -> Option<String> {
    fonts_in(&serde_json::to_value(rp.fonts.as_ref()?).ok()?, theme)
}

/// A run-fonts element (in its serde form): a named face, or the theme face it points at.
fn fonts_in(fonts: &serde_json::Value, theme: &ThemeFonts) -> Option<String> {
    if let Some(face) = fonts["ascii"].as_str().or_else(|| fonts["hiAnsi"].as_str()) {
        return Some(face.to_string());
    }
    let themed = fonts["asciiTheme"]
        .as_str()
        .or_else(|| fonts["hiAnsiTheme"].as_str())?;
    if themed.starts_with("major") {
        theme.major.clone()
    } else {
        theme.minor.clone()
    }
}

/// In half-points, as Word stores it.
fn size_of(rp: &RunProperty) -> Option<u32> {
    serde_json::to_value(rp.sz.as_ref()?)
        .ok()?
        .as_u64()
        .map(|v| v as u32)
}

/// `w:sym` characters from the Symbol and Wingdings fonts that stand for bullets and marks.
fn symbol_char(code: &str) -> &'static str {
    match code.to_ascii_uppercase().trim_start_matches("F0") {
        "B7" | "6C" | "9F" => "•",
        "A7" | "6E" => "▪",
        "FC" => "✓",
        "D8" => "➢",
        "2D" => "–",
        _ => "",
    }
}

fn strip_leading_glyph(runs: &mut Vec<Run>) {
    for run in runs.iter_mut() {
        let trimmed = run.text.trim_start();
        if trimmed.is_empty() {
            run.text.clear();
            continue;
        }
        let mut chars = trimmed.chars();
        chars.next();
        run.text = chars.as_str().trim_start().to_string();
        break;
    }
    runs.retain(|r| !r.text.is_empty());
}

fn ranked<K: Ord + Clone>(use_count: HashMap<K, usize>) -> Vec<K> {
    let mut v: Vec<(K, usize)> = use_count.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.into_iter().map(|(k, _)| k).collect()
}
