//! Plain text: decoding bytes of unknown encoding, and giving plain lines Markdown structure.

use crate::canonical::{self, Block, BlockKind, Run};
use crate::document::{Document, SourceFacts, SourceFormat};

/// Decode bytes: UTF-8 (with or without BOM) and UTF-16 (with a BOM, or without one when
/// every other byte is zero) are read as they are; anything else is read as Windows-1252,
/// the usual encoding of older Windows files, with a notice so a person can check accented
/// letters.
pub fn decode(bytes: &[u8]) -> (String, Vec<String>) {
    let mut notices = Vec::new();
    let text = if let Some(encoding) = utf16_without_bom(bytes) {
        encoding.decode_without_bom_handling(bytes).0.into_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(&[0xFF, 0xFE]) {
        encoding_rs::UTF_16LE
            .decode_with_bom_removal(bytes)
            .0
            .into_owned()
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        encoding_rs::UTF_16BE
            .decode_with_bom_removal(bytes)
            .0
            .into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => {
                notices.push(
                    "This file was not saved as UTF-8, so jobcoach read it as Windows text. \
                     Please check that accented letters and quotes look right."
                        .to_string(),
                );
                encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned()
            }
        }
    };
    (text.replace("\r\n", "\n").replace('\r', "\n"), notices)
}

/// UTF-16 saved without a byte order mark (some Windows tools do): text in Latin letters
/// then has a zero in every other byte, which no 8-bit text has, so the zeros tell it from
/// binary data and say which byte order it is.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if bytes.len() < 4
        || bytes.len() & 1 != 0
        || bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
    {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let pairs = sample.len() / 2;
    let (even, odd) = (zeros_at(0), zeros_at(1));
    // Nine in ten characters in the Latin range, and (almost) no zero in the other byte.
    let mostly = |n: usize| n * 10 >= pairs * 9;
    let hardly = |n: usize| n * 100 <= pairs;
    if mostly(odd) && hardly(even) {
        Some(encoding_rs::UTF_16LE)
    } else if mostly(even) && hardly(odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Whether bytes offered as text are not text: a zero byte (no 8-bit text has one, and
/// UTF-16 was decoded as such), or more than one character in twenty a control character
/// or an undecodable byte, as in a program, a picture or an archive renamed .txt. Tabs,
/// line and page breaks are text.
pub fn is_binary(bytes: &[u8], decoded: &str) -> bool {
    let utf16 = bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || utf16_without_bom(bytes).is_some();
    if !utf16 && bytes.contains(&0) {
        return true;
    }
    let mut chars = 0usize;
    let mut odd = 0usize;
    for c in decoded.chars() {
        chars += 1;
        let control = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{b}' | '\u{c}');
        if control || c == '\0' || c == char::REPLACEMENT_CHARACTER {
            odd += 1;
        }
    }
    odd * 20 > chars
}

/// Characters people type at the start of a line to make a bullet.
pub const TYPED_BULLETS: &[char] = &[
    '•', '·', '▪', '■', '◦', '●', '○', '►', '➢', '✓', '–', '—', '*', '-', '+', 'o', '§', '\u{F0B7}',
];

/// If a line starts with a typed bullet, the glyph and the text after it.
pub fn strip_typed_bullet(line: &str) -> Option<(char, &str)> {
    let trimmed = line.trim_start();
    let mut chars = trimmed.chars();
    let glyph = chars.next()?;
    if !TYPED_BULLETS.contains(&glyph) {
        return None;
    }
    let rest = chars.as_str();
    // "o" and "-" only count when followed by white space ("o" is also a word).
    if !rest.starts_with([' ', '\t', '\u{a0}']) {
        return None;
    }
    let text = rest.trim_start();
    if text.is_empty() {
        return None;
    }
    Some((glyph, text))
}

/// A short line in capitals ("WORK EXPERIENCE") or a known section name alone on a line
/// followed by a blank line or content reads as a heading.
fn looks_like_heading(line: &str) -> bool {
    let t = line.trim().trim_end_matches(':');
    if t.is_empty() || t.len() > 40 || t.split_whitespace().count() > 5 {
        return false;
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase());
    all_caps || crate::outline::section_kind(t).is_some()
}

/// Give plain text its structure: the first line is the title (a name or a heading), typed
/// bullets become list items, short capitalised lines become headings, every other line
/// keeps its own paragraph (plain-text resumes use one line per fact).
pub fn import_text(text: &str) -> Document {
    let mut blocks = Vec::new();
    let mut glyphs: Vec<String> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if let Some((glyph, rest)) = strip_typed_bullet(line) {
            let depth = u8::from(line.len() - line.trim_start().len() >= 2);
            let g = glyph.to_string();
            if !glyphs.contains(&g) {
                glyphs.push(g);
            }
            blocks.push(Block::new(
                BlockKind::ListItem {
                    ordered: false,
                    depth,
                },
                vec![Run::plain(rest)],
            ));
        } else if blocks.is_empty() && trimmed.split_whitespace().count() <= 5 {
            blocks.push(Block::new(BlockKind::Heading(1), vec![Run::plain(trimmed)]));
        } else if looks_like_heading(trimmed) {
            let title = trimmed.trim_end_matches(':');
            blocks.push(Block::new(BlockKind::Heading(2), vec![Run::plain(title)]));
        } else {
            blocks.push(Block::new(BlockKind::Paragraph, vec![Run::plain(trimmed)]));
        }
    }
    let text = canonical::render(&blocks);
    let facts = SourceFacts {
        format: SourceFormat::Text,
        typed_bullet_glyphs: glyphs,
        page_estimate: super::estimate_pages(&text, blocks.len()),
        ..SourceFacts::default()
    };
    Document::from_text(text, facts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_every_encoding_people_send() {
        let want = "José – café";
        assert_eq!(decode(want.as_bytes()).0, want, "plain UTF-8");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(want.as_bytes());
        assert_eq!(decode(&bom).0, want, "UTF-8 with a BOM loses the BOM");
        let mut le = vec![0xFF, 0xFE];
        le.extend(want.encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le).0, want, "UTF-16 little-endian with BOM");
        let mut be = vec![0xFE, 0xFF];
        be.extend(want.encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(decode(&be).0, want, "UTF-16 big-endian with BOM");
        let cp1252 = [
            b'J', b'o', b's', 0xE9, b' ', 0x96, b' ', b'c', b'a', b'f', 0xE9,
        ];
        let (text, notices) = decode(&cp1252);
        assert_eq!(text, want, "Windows-1252 bytes are read as Windows text");
        assert_eq!(notices.len(), 1, "and the person is told to check accents");
    }

    #[test]
    fn plain_resume_gets_structure() {
        let doc = import_text(
            "Maria Delgado\r\nmaria@example.com\n\nEXPERIENCE\n• Trained 12 cashiers\n• Ran the register\nEducation:\nGED, 2015\n",
        );
        assert_eq!(
            doc.text,
            "# Maria Delgado\n\nmaria@example.com\n\n## EXPERIENCE\n\n- Trained 12 cashiers\n- Ran the register\n\n## Education\n\nGED, 2015\n"
        );
        assert_eq!(doc.facts.typed_bullet_glyphs, vec!["•".to_string()]);
    }
}
