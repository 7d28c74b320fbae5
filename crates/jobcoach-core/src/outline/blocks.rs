//! The blocks of the canonical text, read as CommonMark: each block's plain text (no
//! markup, breaks as `'\n'`) with a source map back to byte offsets in the canonical text,
//! so a span found in the plain text points at the right place in the document. It knows
//! nothing of sections, roles or letters.
//!
//! `canonical::parse` walks the same CommonMark events with the same list and item
//! bookkeeping (review §3 I); the plan is one reader that keeps source ranges, with this
//! built on it.

use crate::canonical::BlockKind;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// One block of the canonical text with its plain text and a map back to the source.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBlock {
    pub kind: BlockKind,
    /// Byte range of the block's text in the canonical text (without the list marker).
    pub span: Range<usize>,
    /// The text without markup; hard and soft breaks are `'\n'`.
    pub plain: String,
    /// (offset in `plain`, offset in the canonical text, bytes in plain, bytes in source,
    /// whether a backslash escape sits just before it in the source)
    segments: Vec<(usize, usize, usize, usize, bool)>,
}

impl TextBlock {
    /// The canonical-text offset of an offset in `plain`.
    pub fn source_offset(&self, plain_offset: usize) -> usize {
        let i = self
            .segments
            .partition_point(|s| s.0 <= plain_offset)
            .saturating_sub(1);
        match self.segments.get(i) {
            None => self.span.start,
            Some(&(p, src, plen, slen, escaped)) => {
                let within = plain_offset - p;
                if within == 0 && escaped {
                    // A span that starts at "\[" includes the backslash.
                    src - 1
                } else if within >= plen {
                    src + slen
                } else if plen == slen {
                    src + within
                } else {
                    src
                }
            }
        }
    }

    /// The canonical-text range of a range in `plain`.
    pub fn source_range(&self, plain: Range<usize>) -> Range<usize> {
        let start = self.source_offset(plain.start);
        let end = self.source_offset(plain.end).max(start);
        start..end
    }

    /// The plain text's lines with their offsets in `plain`.
    pub fn lines(&self) -> impl Iterator<Item = (usize, &str)> {
        let mut offset = 0;
        self.plain.split('\n').map(move |line| {
            let at = offset;
            offset += line.len() + 1;
            (at, line)
        })
    }

    pub fn is_list_item(&self) -> bool {
        matches!(self.kind, BlockKind::ListItem { .. })
    }

    pub fn is_heading(&self) -> bool {
        matches!(self.kind, BlockKind::Heading(_))
    }
}

/// Split the canonical text into blocks with spans, reading it as CommonMark.
pub fn text_blocks(text: &str) -> Vec<TextBlock> {
    let mut blocks: Vec<TextBlock> = Vec::new();
    let mut current: Option<TextBlock> = None;
    let mut lists: Vec<bool> = Vec::new();
    let mut item_started: Vec<bool> = Vec::new();
    let mut image_depth = 0;

    fn finish(blocks: &mut Vec<TextBlock>, current: &mut Option<TextBlock>) {
        if let Some(mut b) = current.take() {
            if let (Some(first), Some(last)) = (b.segments.first(), b.segments.last()) {
                b.span = first.1..last.1 + last.3;
            }
            if !b.plain.trim().is_empty() {
                blocks.push(b);
            }
        }
    }
    let new_block = |kind: BlockKind, at: usize| TextBlock {
        kind,
        span: at..at,
        plain: String::new(),
        segments: Vec::new(),
    };

    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        if image_depth > 0 {
            match event {
                Event::Start(Tag::Image { .. }) => image_depth += 1,
                Event::End(TagEnd::Image) => image_depth -= 1,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                finish(&mut blocks, &mut current);
                current = Some(new_block(BlockKind::Heading(level as u8), range.start));
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::CodeBlock(_)) => {
                if let (Some(&ordered), Some(started)) = (lists.last(), item_started.last_mut()) {
                    if !*started {
                        *started = true;
                        finish(&mut blocks, &mut current);
                        let depth = (lists.len() - 1) as u8;
                        current = Some(new_block(
                            BlockKind::ListItem { ordered, depth },
                            range.start,
                        ));
                    }
                    // A later paragraph of the same item continues its block.
                    continue;
                }
                finish(&mut blocks, &mut current);
                current = Some(new_block(BlockKind::Paragraph, range.start));
            }
            Event::End(TagEnd::Heading(_)) | Event::End(TagEnd::CodeBlock) => {
                finish(&mut blocks, &mut current)
            }
            Event::End(TagEnd::Paragraph) => {
                if item_started.is_empty() {
                    finish(&mut blocks, &mut current);
                } else if let Some(b) = current.as_mut() {
                    push_segment(b, "\n", range.end..range.end);
                }
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
                item_started.push(false);
            }
            Event::End(TagEnd::Item) => {
                finish(&mut blocks, &mut current);
                item_started.pop();
            }
            Event::Start(Tag::Image { .. }) => image_depth = 1,
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                if current.is_none() {
                    if let (Some(&ordered), Some(started)) = (lists.last(), item_started.last_mut())
                    {
                        *started = true;
                        let depth = (lists.len() - 1) as u8;
                        current = Some(new_block(
                            BlockKind::ListItem { ordered, depth },
                            range.start,
                        ));
                    } else {
                        current = Some(new_block(BlockKind::Paragraph, range.start));
                    }
                }
                if let Some(b) = current.as_mut() {
                    if t.as_ref() != "<!-- -->" {
                        let escaped = range.start > 0 && text.as_bytes()[range.start - 1] == b'\\';
                        push_segment(b, &t, range);
                        if let Some(last) = b.segments.last_mut() {
                            last.4 = escaped;
                        }
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(b) = current.as_mut() {
                    push_segment(b, "\n", range);
                }
            }
            _ => {}
        }
    }
    finish(&mut blocks, &mut current);
    for b in &mut blocks {
        // Trailing breaks from a list item's last paragraph.
        while b.plain.ends_with('\n') {
            b.plain.pop();
            b.segments.pop();
        }
        if let Some(last) = b.segments.last() {
            b.span.end = last.1 + last.3;
        }
    }
    blocks
}

fn push_segment(block: &mut TextBlock, text: &str, range: Range<usize>) {
    block.segments.push((
        block.plain.len(),
        range.start,
        text.len(),
        range.len(),
        false,
    ));
    block.plain.push_str(text);
}

/// The offset in `plain` of a canonical-text offset inside the block.
pub(super) fn plain_offset_of(block: &TextBlock, source: usize) -> usize {
    // Inverse of `source_offset`, by search: blocks are short.
    let mut best = 0;
    for (i, _) in block
        .plain
        .char_indices()
        .chain(std::iter::once((block.plain.len(), ' ')))
    {
        if block.source_offset(i) <= source {
            best = i;
        } else {
            break;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outline::tests::RESUME;

    #[test]
    fn spans_map_plain_text_back_through_escapes() {
        let blocks = text_blocks(RESUME);
        let b = blocks.iter().find(|b| b.plain.contains("$5,000")).unwrap();
        let at = b.plain.find("daily").unwrap();
        let src = b.source_range(at..at + 5);
        assert_eq!(
            &RESUME[src], "daily",
            "an escaped $ before the word does not shift the span"
        );
        let item = blocks
            .iter()
            .find(|b| b.plain.starts_with("Trained"))
            .unwrap();
        assert_eq!(
            &RESUME[item.span.clone()],
            "Trained 12 new cashiers",
            "a list item's span skips its marker"
        );
    }
}
