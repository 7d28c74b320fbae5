//! The canonical text: the one Markdown form every revision is stored in.
//!
//! Import (from DOCX, Markdown or plain text) builds `Block`s and renders them here; export
//! parses the canonical text back into `Block`s. Because both directions go through this one
//! model, a document exported and imported again gives back the same text. The form is a
//! small, predictable subset of CommonMark: ATX headings, paragraphs, `-` and `1.` lists
//! (nested by indentation), `**bold**`, `*italic*`, `[links](url)` and `\` hard breaks.
//! This module must not know about rules or files.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// A piece of text with one formatting. A `'\n'` inside `text` is a hard line break.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub link: Option<String>,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            ..Run::default()
        }
    }

    fn same_style(&self, other: &Run) -> bool {
        self.bold == other.bold && self.italic == other.italic && self.link == other.link
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Level 1 to 6.
    Heading(u8),
    Paragraph,
    /// `depth` 0 is a top-level item.
    ListItem {
        ordered: bool,
        depth: u8,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub runs: Vec<Run>,
}

impl Block {
    pub fn new(kind: BlockKind, runs: Vec<Run>) -> Self {
        Block { kind, runs }
    }

    /// The block's text without any markup.
    pub fn plain_text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

// ---------------------------------------------------------------------------------------
// Rendering blocks into canonical text
// ---------------------------------------------------------------------------------------

/// Render blocks as canonical Markdown. Empty blocks are dropped; the text ends with one
/// newline (or is empty).
pub fn render(blocks: &[Block]) -> String {
    render_with_spans(blocks).0
}

/// Render, and say where each block landed in the text (`None` for a dropped empty block),
/// so facts about the source (a table, a text box) can point at their text.
pub fn render_with_spans(blocks: &[Block]) -> (String, Vec<Option<Range<usize>>>) {
    let mut spans = Vec::with_capacity(blocks.len());
    let mut out = String::new();
    // For each open list level: (ordered, marker width, next number).
    let mut stack: Vec<(bool, usize, usize)> = Vec::new();
    let mut previous: Option<BlockKind> = None;
    for block in blocks {
        // A bare address ("ana@example.com" linked to itself) is written as plain text, so
        // it is plain text before runs merge: otherwise it would keep its emphasis apart
        // from the same emphasis around it, and read back differently. A heading is one
        // line, so its breaks are spaces before white space is folded and before escaping
        // decides what starts a line. (Both found by the Markdown fuzz target.)
        let one_line = matches!(block.kind, BlockKind::Heading(_));
        let runs = normalize_runs(&unlink_bare_addresses(&block.runs), one_line);
        let body = if runs.iter().all(|r| r.text.trim().is_empty()) {
            String::new()
        } else {
            render_inline(&runs)
        };
        if body.is_empty() {
            spans.push(None);
            continue;
        }
        let start;
        match block.kind {
            BlockKind::ListItem { ordered, depth } => {
                let continuing_list = matches!(previous, Some(BlockKind::ListItem { .. }));
                if !continuing_list {
                    stack.clear();
                }
                let depth = (depth as usize).min(stack.len());
                // A sibling of another kind at this level starts a new list.
                if stack.len() > depth && stack[depth].0 != ordered {
                    stack.truncate(depth);
                    if depth == 0 {
                        out.push('\n');
                    }
                } else {
                    stack.truncate(depth + 1);
                }
                if !out.is_empty() {
                    out.push_str(if continuing_list { "\n" } else { "\n\n" });
                }
                let indent: usize = stack[..depth.min(stack.len())].iter().map(|e| e.1).sum();
                let marker = if stack.len() == depth {
                    let marker = if ordered {
                        "1. ".to_string()
                    } else {
                        "- ".to_string()
                    };
                    stack.push((ordered, marker.len(), 2));
                    marker
                } else {
                    let entry = &mut stack[depth];
                    let marker = if ordered {
                        format!("{}. ", entry.2)
                    } else {
                        "- ".to_string()
                    };
                    entry.2 += 1;
                    marker
                };
                // The continuation lines of an item (after hard breaks) sit at its content
                // column, so they stay inside the item.
                let pad = " ".repeat(indent + marker.len());
                start = out.len();
                out.push_str(&" ".repeat(indent));
                out.push_str(&marker);
                out.push_str(&body.replace('\n', &format!("\n{pad}")));
            }
            BlockKind::Heading(level) => {
                stack.clear();
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                let level = level.clamp(1, 6) as usize;
                start = out.len();
                out.push_str(&"#".repeat(level));
                out.push(' ');
                // One line: `normalize_runs` made its breaks spaces.
                let mut line = body;
                // A trailing " #" would be read as a closing sequence and dropped.
                let hashes = line.len() - line.trim_end_matches('#').len();
                let at = line.len() - hashes;
                if hashes > 0 && (at == 0 || line[..at].ends_with([' ', '\t'])) {
                    line.insert(at, '\\');
                }
                out.push_str(&line);
            }
            BlockKind::Paragraph => {
                stack.clear();
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                start = out.len();
                out.push_str(&body);
            }
        }
        spans.push(Some(start..out.len()));
        previous = Some(block.kind);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    (out, spans)
}

/// Merge runs of equal style, fold white space, trim the block's ends, and drop breaks at
/// the ends or doubled. On `one_line` (a heading) every kind of break is a space.
fn normalize_runs(runs: &[Run], one_line: bool) -> Vec<Run> {
    let line_break = if one_line { ' ' } else { '\n' };
    let mut merged: Vec<Run> = Vec::new();
    for run in runs {
        let mut text = String::with_capacity(run.text.len());
        for c in run.text.chars() {
            match c {
                '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{2028}' | '\u{2029}' => text.push(line_break),
                '\u{0}'..='\u{8}' | '\u{e}'..='\u{1f}' | '\u{7f}' | '\u{feff}' | '\u{ad}' => {}
                '\u{a0}' => text.push(' '),
                c => text.push(c),
            }
        }
        if text.is_empty() {
            continue;
        }
        match merged.last_mut() {
            Some(last) if last.same_style(run) => last.text.push_str(&text),
            _ => merged.push(Run {
                text,
                ..run.clone()
            }),
        }
    }
    // Fold spaces, trim around breaks, collapse repeated breaks, across run boundaries.
    let mut out: Vec<Run> = Vec::new();
    let mut prev: Option<char> = None; // the last char emitted, across runs
    for run in merged {
        let mut text = String::with_capacity(run.text.len());
        for c in run.text.chars() {
            let c = if c == '\t' {
                '\t'
            } else if c.is_whitespace() && c != '\n' {
                ' '
            } else {
                c
            };
            match (prev, c) {
                (None, ' ' | '\t' | '\n') => continue,
                (Some(' ' | '\t' | '\n'), ' ') => continue,
                (Some('\n'), '\t' | '\n') => continue,
                (Some('\t'), '\t') => continue,
                _ => {}
            }
            if c == '\n' || c == '\t' {
                // No space before a break or a tab.
                if text.ends_with(' ') {
                    text.pop();
                } else if text.is_empty() && prev == Some(' ') {
                    trim_last_space(&mut out);
                }
            }
            text.push(c);
            prev = Some(c);
        }
        if !text.is_empty() {
            out.push(Run { text, ..run });
        }
    }
    // Trim the end.
    while let Some(last) = out.last_mut() {
        let trimmed = last.text.trim_end().len();
        last.text.truncate(trimmed);
        if last.text.is_empty() {
            out.pop();
        } else {
            break;
        }
    }
    out
}

fn trim_last_space(out: &mut [Run]) {
    if let Some(last) = out.last_mut() {
        if last.text.ends_with(' ') {
            last.text.pop();
        }
    }
}

fn render_inline(runs: &[Run]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < runs.len() {
        match &runs[i].link {
            Some(url) => {
                // One link may span runs of different emphasis.
                let mut j = i;
                while j < runs.len() && runs[j].link.as_deref() == Some(url) {
                    j += 1;
                }
                let mut label = String::new();
                for (k, run) in runs[i..j].iter().enumerate() {
                    let after = following_text(&runs[i + k + 1..]);
                    push_emphasized(&mut label, run, &after);
                }
                let label_plain: String = runs[i..j].iter().map(|r| r.text.as_str()).collect();
                if is_bare_link(&label_plain, url) {
                    out.push_str(&label);
                } else {
                    // "!" right before a link would make it an image.
                    if ends_with_unescaped(&out, '!') {
                        out.pop();
                        out.push_str("\\!");
                    }
                    out.push('[');
                    out.push_str(&label);
                    out.push_str("](");
                    out.push_str(&escape_url(url));
                    out.push(')');
                }
                i = j;
            }
            None => {
                let after = following_text(&runs[i + 1..]);
                push_emphasized(&mut out, &runs[i], &after);
                i += 1;
            }
        }
    }
    escape_line_starts(&out)
}

/// Whether `out` ends with `c` that no backslash escapes (an even run of backslashes
/// before it escapes only each other).
fn ends_with_unescaped(out: &str, c: char) -> bool {
    match out.strip_suffix(c) {
        Some(before) => before.bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 0,
        None => false,
    }
}

/// Escape what would start a block at the beginning of a line (`#`, `-`, `2019.`), once the
/// whole line is assembled, so the decision never depends on where runs split.
fn escape_line_starts(body: &str) -> String {
    let mut out = String::with_capacity(body.len() + 4);
    for (n, line) in body.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let first = line.chars().next();
        match first {
            Some('#' | '-' | '+' | '=' | '~' | '|') => {
                out.push('\\');
                out.push_str(line);
            }
            Some('0'..='9') => {
                let digits = line.bytes().take_while(u8::is_ascii_digit).count();
                match line.as_bytes().get(digits) {
                    Some(b'.' | b')') => {
                        out.push_str(&line[..digits]);
                        out.push('\\');
                        out.push_str(&line[digits..]);
                    }
                    _ => out.push_str(line),
                }
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// The start of the plain text after a run, for look-ahead decisions while escaping.
fn following_text(runs: &[Run]) -> String {
    let mut s = String::new();
    for r in runs {
        s.push_str(&r.text);
        if s.len() > 40 {
            break;
        }
    }
    s
}

fn unlink_bare_addresses(runs: &[Run]) -> Vec<Run> {
    let mut out = runs.to_vec();
    let mut i = 0;
    while i < out.len() {
        let Some(url) = out[i].link.clone() else {
            i += 1;
            continue;
        };
        let mut j = i;
        while j < out.len() && out[j].link.as_deref() == Some(url.as_str()) {
            j += 1;
        }
        let label: String = out[i..j].iter().map(|r| r.text.as_str()).collect();
        if is_bare_link(&label, &url) {
            for run in &mut out[i..j] {
                run.link = None;
            }
        }
        i = j;
    }
    out
}

/// An email or web address shown as itself needs no link syntax: the outline and the
/// exporter recognise it from the text, and the editor shows the address plainly.
fn is_bare_link(label: &str, url: &str) -> bool {
    let label = label.trim();
    let url_rest = url
        .strip_prefix("mailto:")
        .or_else(|| url.strip_prefix("https://"))
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url)
        .trim_end_matches('/');
    let label_rest = label
        .strip_prefix("https://")
        .or_else(|| label.strip_prefix("http://"))
        .unwrap_or(label)
        .trim_end_matches('/');
    !label.is_empty() && label_rest.eq_ignore_ascii_case(url_rest)
}

fn escape_url(url: &str) -> String {
    let mut s = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => s.push_str("%20"),
            '(' => s.push_str("%28"),
            ')' => s.push_str("%29"),
            '<' => s.push_str("%3C"),
            '>' => s.push_str("%3E"),
            '\\' => s.push_str("%5C"),
            c => s.push(c),
        }
    }
    s
}

/// Emphasis markers go around the run's core: the text between its first and last letter
/// or digit, so every marker is flanked the way CommonMark needs.
fn push_emphasized(out: &mut String, run: &Run, after: &str) {
    let marker = match (run.bold, run.italic) {
        (true, true) => "***",
        (true, false) => "**",
        (false, true) => "*",
        (false, false) => "",
    };
    let text = &run.text;
    let core_start = text.find(|c: char| c.is_alphanumeric());
    let core_end = text
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric())
        .map(|(i, c)| i + c.len_utf8());
    match (marker, core_start, core_end) {
        ("", ..) | (_, None, _) | (_, _, None) => push_escaped(out, text, after),
        (m, Some(s), Some(e)) => {
            let rest_after = format!("{}{after}", &text[s..]);
            push_escaped(out, &text[..s], &rest_after);
            // Two emphasized runs touching would make an ambiguous `***`: keep a boundary.
            if out.ends_with('*') {
                out.push_str("<!-- -->");
            }
            out.push_str(m);
            let rest_after = format!("{}{after}", &text[e..]);
            push_escaped(out, &text[s..e], &rest_after);
            out.push_str(m);
            push_escaped(out, &text[e..], after);
        }
    }
}

/// Escape what CommonMark would read as inline markup. `after` is the plain text that
/// follows, for decisions that look ahead.
fn push_escaped(out: &mut String, text: &str, after: &str) {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            out.push_str("\\\n");
            i += 1;
            continue;
        }
        match c {
            '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '&' => {
                // Only something that reads as an entity needs escaping ("AT&T" does not).
                // Look past this run too: whether "&" reads as an entity depends on the
                // plain text that follows, not on where runs happen to split.
                let rest: String = chars[i + 1..]
                    .iter()
                    .copied()
                    .chain(after.chars())
                    .take(33)
                    .collect();
                let entity_like = rest
                    .find(';')
                    .map(|k| {
                        k > 0
                            && rest[..k]
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '#')
                    })
                    .unwrap_or(false);
                if entity_like {
                    out.push('\\');
                }
                out.push('&');
            }
            c => out.push(c),
        }
        i += 1;
    }
}

// ---------------------------------------------------------------------------------------
// Parsing Markdown into blocks
// ---------------------------------------------------------------------------------------

/// What parsing Markdown noticed besides the blocks.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ParseFacts {
    pub images: usize,
}

/// Parse any CommonMark text into blocks. Constructs outside the canonical subset are kept
/// as text: code becomes paragraphs, quotes lose their markers, images are counted and left
/// out (their alt text is not part of the document).
pub fn parse(markdown: &str) -> (Vec<Block>, ParseFacts) {
    let mut facts = ParseFacts::default();
    let mut blocks: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    // Open lists: ordered or not.
    let mut lists: Vec<bool> = Vec::new();
    // Whether the innermost open item already has a block (a second paragraph joins it).
    let mut item_has_block: Vec<bool> = Vec::new();
    let mut bold = 0u32;
    let mut italic = 0u32;
    let mut links: Vec<String> = Vec::new();
    let mut image_depth = 0u32;

    fn finish(blocks: &mut Vec<Block>, current: &mut Option<Block>) {
        if let Some(b) = current.take() {
            blocks.push(b);
        }
    }

    let start_block = |current: &mut Option<Block>,
                       blocks: &mut Vec<Block>,
                       lists: &[bool],
                       item_has_block: &mut [bool],
                       heading: Option<u8>| {
        if let Some(level) = heading {
            finish(blocks, current);
            *current = Some(Block::new(BlockKind::Heading(level), vec![]));
            return;
        }
        if let (Some(&ordered), Some(has)) = (lists.last(), item_has_block.last_mut()) {
            if *has {
                // A later paragraph of the same item continues it after a line break.
                if current.is_none() {
                    if let Some(last) = blocks.pop() {
                        *current = Some(last);
                    }
                }
                if let Some(b) = current.as_mut() {
                    b.runs.push(Run::plain("\n"));
                }
                return;
            }
            *has = true;
            finish(blocks, current);
            let depth = (lists.len() - 1).min(u8::MAX as usize) as u8;
            *current = Some(Block::new(BlockKind::ListItem { ordered, depth }, vec![]));
            return;
        }
        finish(blocks, current);
        *current = Some(Block::new(BlockKind::Paragraph, vec![]));
    };

    for event in Parser::new_ext(markdown, Options::empty()) {
        if image_depth > 0 {
            match event {
                Event::Start(Tag::Image { .. }) => image_depth += 1,
                Event::End(TagEnd::Image) => image_depth -= 1,
                _ => {}
            }
            continue;
        }
        let push_text = |text: &str,
                         current: &mut Option<Block>,
                         blocks: &mut Vec<Block>,
                         item_has_block: &mut Vec<bool>| {
            if current.is_none() {
                start_block(current, blocks, &lists, item_has_block, None);
            }
            let run = Run {
                text: text.to_string(),
                bold: bold > 0,
                italic: italic > 0,
                link: links.last().cloned(),
            };
            if let Some(b) = current.as_mut() {
                match b.runs.last_mut() {
                    Some(last) if last.same_style(&run) => last.text.push_str(&run.text),
                    _ => b.runs.push(run),
                }
            }
        };
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                };
                start_block(
                    &mut current,
                    &mut blocks,
                    &lists,
                    &mut item_has_block,
                    Some(level),
                );
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::CodeBlock(_)) => {
                start_block(&mut current, &mut blocks, &lists, &mut item_has_block, None);
            }
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::Paragraph) => {
                finish(&mut blocks, &mut current);
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(b) = current.as_mut() {
                    if let Some(last) = b.runs.last_mut() {
                        while last.text.ends_with('\n') {
                            last.text.pop();
                        }
                    }
                }
                finish(&mut blocks, &mut current);
            }
            Event::Start(Tag::List(first)) => {
                finish(&mut blocks, &mut current);
                lists.push(first.is_some());
            }
            Event::End(TagEnd::List(_)) => {
                finish(&mut blocks, &mut current);
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                finish(&mut blocks, &mut current);
                item_has_block.push(false);
            }
            Event::End(TagEnd::Item) => {
                finish(&mut blocks, &mut current);
                item_has_block.pop();
            }
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                links.pop();
            }
            Event::Start(Tag::Image { .. }) => {
                facts.images += 1;
                image_depth = 1;
            }
            // The empty comment is the renderer's boundary between two emphasized runs, not
            // text; the same characters typed (and so escaped) are text and stay.
            Event::InlineHtml(t) | Event::Html(t) if t.trim() == "<!-- -->" => {}
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                push_text(&t, &mut current, &mut blocks, &mut item_has_block)
            }
            Event::SoftBreak => push_text(" ", &mut current, &mut blocks, &mut item_has_block),
            Event::HardBreak => push_text("\n", &mut current, &mut blocks, &mut item_has_block),
            Event::Start(Tag::BlockQuote(_)) | Event::End(TagEnd::BlockQuote(_)) => {
                finish(&mut blocks, &mut current);
            }
            Event::Rule => finish(&mut blocks, &mut current),
            _ => {}
        }
    }
    finish(&mut blocks, &mut current);
    (blocks, facts)
}

/// Bring any Markdown into canonical form.
pub fn normalize(markdown: &str) -> String {
    render(&parse(markdown).0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(text: &str) -> Block {
        Block::new(BlockKind::Paragraph, vec![Run::plain(text)])
    }

    #[test]
    fn renders_the_canonical_subset() {
        let blocks = vec![
            Block::new(BlockKind::Heading(1), vec![Run::plain("Maria Delgado")]),
            p("maria@example.com | (555) 123-4567"),
            Block::new(BlockKind::Heading(2), vec![Run::plain("Experience")]),
            Block::new(
                BlockKind::Paragraph,
                vec![
                    Run {
                        text: "Shift Lead".into(),
                        bold: true,
                        ..Run::default()
                    },
                    Run::plain(", Target — 2019 to Present"),
                ],
            ),
            Block::new(
                BlockKind::ListItem {
                    ordered: false,
                    depth: 0,
                },
                vec![Run::plain("Trained 12 new cashiers")],
            ),
            Block::new(
                BlockKind::ListItem {
                    ordered: false,
                    depth: 1,
                },
                vec![Run::plain("Wrote the checklist")],
            ),
        ];
        let text = render(&blocks);
        assert_eq!(
            text,
            "# Maria Delgado\n\nmaria@example.com | (555) 123-4567\n\n## Experience\n\n**Shift Lead**, Target — 2019 to Present\n\n- Trained 12 new cashiers\n  - Wrote the checklist\n"
        );
        assert_eq!(parse(&text).0.len(), 6, "every block comes back");
    }

    #[test]
    fn escapes_what_would_become_markup() {
        let text = render(&[
            p("2019. Not a list"),
            p("# not a heading * or _ emphasis [x]"),
        ]);
        assert_eq!(
            text,
            "2019\\. Not a list\n\n\\# not a heading \\* or \\_ emphasis \\[x\\]\n"
        );
        let (blocks, _) = parse(&text);
        assert_eq!(
            blocks[0].plain_text(),
            "2019. Not a list",
            "escapes read back as text"
        );
        assert_eq!(
            blocks[1].kind,
            BlockKind::Paragraph,
            "a typed # stays a paragraph"
        );
    }

    #[test]
    fn emphasis_keeps_punctuation_outside_its_markers() {
        let runs = vec![
            Run {
                text: "Note: ".into(),
                bold: true,
                ..Run::default()
            },
            Run::plain("text"),
        ];
        let text = render(&[Block::new(BlockKind::Paragraph, runs)]);
        assert_eq!(text, "**Note**: text\n");
    }

    #[test]
    fn bare_addresses_stay_plain_and_other_links_keep_their_target() {
        let runs = vec![
            Run {
                text: "maria@example.com".into(),
                link: Some("mailto:maria@example.com".into()),
                ..Run::default()
            },
            Run::plain(" · "),
            Run {
                text: "Portfolio".into(),
                link: Some("https://maria.example/work".into()),
                ..Run::default()
            },
        ];
        let text = render(&[Block::new(BlockKind::Paragraph, runs)]);
        assert_eq!(
            text,
            "maria@example.com · [Portfolio](https://maria.example/work)\n"
        );
    }

    #[test]
    fn hard_breaks_and_list_continuations() {
        let item = Block::new(
            BlockKind::ListItem {
                ordered: true,
                depth: 0,
            },
            vec![Run::plain("First line\nsecond line")],
        );
        let text = render(&[item.clone(), item]);
        assert_eq!(
            text,
            "1. First line\\\n   second line\n2. First line\\\n   second line\n"
        );
        let (blocks, _) = parse(&text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[1].plain_text(), "First line\nsecond line");
    }

    #[test]
    fn normalizing_user_markdown() {
        let md = "Maria\n=====\n\n* one\n* two\n\n+ three\n\n__bold__ and _it_\nsoft   break\n\n![photo](me.png)\n";
        let (_, facts) = parse(md);
        assert_eq!(facts.images, 1, "images are counted for the photo rule");
        assert_eq!(
            normalize(md),
            "# Maria\n\n- one\n- two\n- three\n\n**bold** and *it* soft break\n"
        );
    }

    fn arb_run() -> impl Strategy<Value = Run> {
        (
            "[A-Za-z0-9 ,.:;!?#*_\\[\\]()&<>'\"/\\\\-]{1,12}",
            any::<bool>(),
            any::<bool>(),
            prop::option::weighted(0.15, "https://[a-z]{1,8}\\.example/[a-z]{0,5}"),
        )
            .prop_map(|(text, bold, italic, link)| Run {
                text,
                bold,
                italic,
                link,
            })
    }

    fn arb_block() -> impl Strategy<Value = Block> {
        let kind = prop_oneof![
            (1u8..4).prop_map(BlockKind::Heading),
            Just(BlockKind::Paragraph),
            (any::<bool>(), 0u8..3)
                .prop_map(|(ordered, depth)| BlockKind::ListItem { ordered, depth }),
        ];
        (kind, prop::collection::vec(arb_run(), 1..5)).prop_map(|(kind, runs)| Block { kind, runs })
    }

    #[test]
    fn fuzz_finds_stay_fixed_points() {
        // Found by the import_markdown fuzz target.
        let heading = normalize("# Walter Brook\u{b}-vocare\n");
        assert_eq!(heading, "# Walter Brook -vocare\n");
        assert_eq!(normalize(&heading), heading);
        let address = normalize("*a<b@example.com>c*\n");
        assert_eq!(normalize(&address), address);
        let tabbed = normalize("# Wook\t\u{b}## ary\n");
        assert_eq!(normalize(&tabbed), tabbed);
        let once = normalize("a <!-- x --> b <!-- --> c\n");
        assert_eq!(
            once, "a \\<!-- x --\\> b c\n",
            "an empty comment is a boundary mark"
        );
        assert_eq!(normalize(&once), once);
        let typed = "a \\<!-- --\\> b\n";
        assert_eq!(normalize(typed), typed, "typed, it is text");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// The heart of the round trip: whatever import builds, rendering then parsing then
        /// rendering again gives the same text, so a re-imported export cannot drift.
        #[test]
        fn render_is_a_fixed_point(blocks in prop::collection::vec(arb_block(), 0..8)) {
            let once = render(&blocks);
            let twice = render(&parse(&once).0);
            prop_assert_eq!(&once, &twice, "canonical text must survive a parse");
        }

        #[test]
        fn plain_text_survives_escaping(text in "[ -~]{1,40}") {
            let once = render(&[p(&text)]);
            let (blocks, _) = parse(&once);
            let want: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let got: String = blocks.iter().map(|b| b.plain_text()).collect::<Vec<_>>().join(" ");
            prop_assert_eq!(got.split_whitespace().collect::<Vec<_>>().join(" "), want);
        }
    }
}
