//! Plain text for pasting into an online application form. Such forms often mangle curly
//! quotes, dashes and bullets into "â€™" and worse, so punctuation and symbols become
//! their ASCII look-alikes. Letters with accents stay: a person's name is theirs ("José"),
//! and forms take them. Contact details come first, headings stand out in capitals, lists
//! keep their markers, and long lines wrap under their own indentation.

use crate::canonical::{self, Block, BlockKind};
use crate::outline::{section_kind, SectionKind};

/// Wide enough for a sentence, narrow enough for the smallest form box people paste into.
pub const PLAIN_TEXT_WIDTH: usize = 78;

pub fn to_plain_text(text: &str) -> String {
    let (blocks, _) = canonical::parse(text);
    let blocks = contact_first(blocks);
    let mut out = String::new();
    let mut previous: Option<BlockKind> = None;
    for (n, block) in blocks.iter().enumerate() {
        let body = ascii_safe(&inline_text(block));
        let body = body.trim_end();
        if body.trim().is_empty() {
            continue;
        }
        // A blank line between blocks, except between items of one list.
        let both_items = matches!(
            (previous, block.kind),
            (Some(BlockKind::ListItem { .. }), BlockKind::ListItem { .. })
        );
        if previous.is_some() && !both_items {
            out.push('\n');
        }
        match block.kind {
            // The name at the top stays as written; section headings stand out.
            BlockKind::Heading(_) if n == 0 => push_wrapped(&mut out, body, "", ""),
            BlockKind::Heading(1 | 2) => push_wrapped(&mut out, &body.to_uppercase(), "", ""),
            BlockKind::Heading(_) | BlockKind::Paragraph => push_wrapped(&mut out, body, "", ""),
            BlockKind::ListItem { ordered, depth } => {
                let indent = "  ".repeat(depth as usize);
                let marker = if ordered {
                    format!("{indent}{}. ", list_number(&blocks, n))
                } else {
                    format!("{indent}- ")
                };
                let hang = " ".repeat(marker.chars().count());
                push_wrapped(&mut out, body, &marker, &hang);
            }
        }
        previous = Some(block.kind);
    }
    out
}

/// A contact section placed at the end ("## Contact") moves up under the name, where a
/// recruiter reading pasted text looks for it.
fn contact_first(mut blocks: Vec<Block>) -> Vec<Block> {
    let heading = blocks.iter().position(|b| {
        matches!(b.kind, BlockKind::Heading(_))
            && section_kind(&b.plain_text()) == Some(SectionKind::Contact)
    });
    let Some(h) = heading.filter(|&h| h > 1) else {
        return blocks;
    };
    let BlockKind::Heading(level) = blocks[h].kind else {
        return blocks;
    };
    let end = blocks[h + 1..]
        .iter()
        .position(|b| matches!(b.kind, BlockKind::Heading(l) if l <= level))
        .map_or(blocks.len(), |p| h + 1 + p);
    let moved: Vec<Block> = blocks.drain(h..end).skip(1).collect();
    let at = usize::from(!blocks.is_empty());
    blocks.splice(at..at, moved);
    blocks
}

/// The number an ordered item shows: its place among the items of its list at its depth.
fn list_number(blocks: &[Block], n: usize) -> usize {
    let BlockKind::ListItem { depth, .. } = blocks[n].kind else {
        return 1;
    };
    let mut count = 1;
    for b in blocks[..n].iter().rev() {
        match b.kind {
            BlockKind::ListItem { depth: d, .. } if d == depth => count += 1,
            BlockKind::ListItem { depth: d, .. } if d > depth => {}
            _ => break,
        }
    }
    count
}

/// A block's words with links spelled out and tabs as a separator forms keep.
fn inline_text(block: &Block) -> String {
    let mut out = String::new();
    for run in &block.runs {
        let text = run.text.replace('\t', " | ");
        match &run.link {
            Some(url) => {
                let shown = url.strip_prefix("mailto:").unwrap_or(url);
                if text.trim() == shown || text.trim() == url {
                    out.push_str(shown);
                } else {
                    out.push_str(&format!("{text} ({shown})"));
                }
            }
            None => out.push_str(&text),
        }
    }
    out
}

/// Typographic punctuation and symbols as ASCII; letters (with their accents) untouched.
fn ascii_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '‘' | '’' | '‚' | '′' | '`' => out.push('\''),
            '“' | '”' | '„' | '″' | '«' | '»' => out.push('"'),
            '–' | '—' | '‒' | '―' | '‐' | '‑' | '−' => out.push('-'),
            '•' | '▪' | '◦' | '●' | '○' | '■' | '□' | '➢' | '►' | '▸' | '❖' | '◆' | '·' => {
                out.push('-')
            }
            '…' => out.push_str("..."),
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2002}' | '\u{2003}' | '\u{2009}' => {
                out.push(' ')
            }
            // Soft hyphens and zero-width characters are invisible in Word and garbage in a
            // form.
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' => {}
            '©' => out.push_str("(c)"),
            '®' => out.push_str("(R)"),
            '™' => out.push_str("(TM)"),
            '×' => out.push('x'),
            '½' => out.push_str("1/2"),
            '¼' => out.push_str("1/4"),
            '¾' => out.push_str("3/4"),
            c if c.is_alphanumeric() || c.is_ascii() || c == '\n' => out.push(c),
            // Emoji and other pictures of things say nothing in a text box.
            _ => {}
        }
    }
    out
}

/// Wrap `text` at `PLAIN_TEXT_WIDTH`, the first line after `first`, the rest after `rest`.
/// Hard line breaks in the text are kept. A word longer than the width (a web address) is
/// never split.
fn push_wrapped(out: &mut String, text: &str, first: &str, rest: &str) {
    let mut prefix = first;
    for line in text.split('\n') {
        let mut current = String::from(prefix);
        let mut empty = true;
        for word in line.split_whitespace() {
            let fits = current.chars().count() + usize::from(!empty) + word.chars().count()
                <= PLAIN_TEXT_WIDTH;
            if !empty && !fits {
                out.push_str(current.trim_end());
                out.push('\n');
                current = String::from(rest);
                empty = true;
            }
            if !empty {
                current.push(' ');
            }
            current.push_str(word);
            empty = false;
        }
        out.push_str(current.trim_end());
        out.push('\n');
        prefix = rest;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_becomes_ascii_and_names_keep_their_accents() {
        let text = "# José Núñez\n\njose@example.com | (555) 123-4567\n\n## Experience\n\n**Shift Lead**, Target\tJan 2019 – Present\n\n- Trained “new” cashiers… on the store’s 24‑hour desk ✓\n- Cut wait times — by 20%\n";
        let plain = to_plain_text(text);
        assert_eq!(
            plain,
            "José Núñez\n\njose@example.com | (555) 123-4567\n\nEXPERIENCE\n\nShift Lead, Target | Jan 2019 - Present\n\n- Trained \"new\" cashiers... on the store's 24-hour desk\n- Cut wait times - by 20%\n"
        );
        assert!(plain.chars().all(|c| c.is_ascii() || c.is_alphabetic()));
    }

    #[test]
    fn long_lines_wrap_under_their_marker_and_links_are_spelled_out() {
        let text = "# Ana Ruiz\n\n[Portfolio](https://ana.example/work) | [ana@example.com](mailto:ana@example.com)\n\n## Experience\n\n- Answered questions from patients and families at a busy front desk serving four doctors and two nurse practitioners every weekday\n  1. Scheduled visits\n  2. Verified insurance\n";
        let plain = to_plain_text(text);
        assert!(plain.contains("Portfolio (https://ana.example/work) | ana@example.com"));
        for line in plain.lines() {
            assert!(
                line.chars().count() <= PLAIN_TEXT_WIDTH,
                "{line:?} is too long"
            );
        }
        assert!(plain.contains("\n- Answered questions"));
        assert!(
            plain.contains("\n  four doctors and two nurse practitioners every weekday\n"),
            "the rest of an item hangs under its text:\n{plain}"
        );
        assert!(plain.contains("\n  1. Scheduled visits\n  2. Verified insurance\n"));
    }

    #[test]
    fn a_contact_section_at_the_end_moves_to_the_top() {
        let text = "# Ana Ruiz\n\n## Experience\n\nCashier, Aldi\n\n## Contact\n\nana@example.com\n\n(555) 123-4567\n";
        assert_eq!(
            to_plain_text(text),
            "Ana Ruiz\n\nana@example.com\n\n(555) 123-4567\n\nEXPERIENCE\n\nCashier, Aldi\n"
        );
    }
}
