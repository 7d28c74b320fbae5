//! Rendering blocks into canonical text: list markers and numbering, heading lines, emphasis
//! markers placed where CommonMark reads them, and escaping, so that whatever a person typed
//! reads back as the same text. It writes text only; reading it back is `parse`'s job.

use super::runs::{is_bare_link, normalize_runs, unlink_bare_addresses};
use super::{Block, BlockKind, Run};
use std::ops::Range;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
