//! Parsing any CommonMark text into blocks: the canonical subset comes back exactly, and what
//! lies outside it is kept as text (or counted, for images). It knows nothing of how the
//! text was written; rendering is `render`'s job.

use super::{Block, BlockKind, Run};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

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
