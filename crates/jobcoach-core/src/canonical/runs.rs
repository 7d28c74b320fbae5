//! A block's runs as they are before rendering: one run per style, white space folded,
//! breaks trimmed, and an address linked to itself made plain text. Pure functions over
//! runs; no Markdown syntax is written here.

use super::Run;

/// Merge runs of equal style, fold white space, trim the block's ends, and drop breaks at
/// the ends or doubled. On `one_line` (a heading) every kind of break is a space.
pub(super) fn normalize_runs(runs: &[Run], one_line: bool) -> Vec<Run> {
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

pub(super) fn unlink_bare_addresses(runs: &[Run]) -> Vec<Run> {
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
pub(super) fn is_bare_link(label: &str, url: &str) -> bool {
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
