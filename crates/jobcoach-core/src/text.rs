//! Positions in the canonical text. Spans are byte ranges; people read lines and columns, and
//! the editor counts UTF-16 code units. Every conversion lives here, in one place.

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

/// The byte offset of a UTF-16 offset (as the editor counts), clamped to the text.
pub fn byte_from_utf16(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// The UTF-16 offset of a byte offset.
pub fn utf16_from_byte(text: &str, byte: usize) -> usize {
    let byte = floor_char_boundary(text, byte.min(text.len()));
    text[..byte].chars().map(char::len_utf16).sum()
}

/// The nearest char boundary at or before `i`.
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A short excerpt for lists and fingerprints: whitespace folded, at most `max` chars.
pub fn excerpt(text: &str, max: usize) -> String {
    let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= max {
        folded
    } else {
        let mut s: String = folded.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "Résumé\nJosé – café";
        let at = text.find("café").unwrap();
        assert_eq!(line_col(text, at), (2, 8), "é and – are one column each");
        assert_eq!(line_col(text, 0), (1, 1), "positions are 1-based");
    }

    #[test]
    fn utf16_round_trips_through_non_ascii() {
        let text = "é – 🎯 done";
        for (byte, _) in text.char_indices() {
            let u = utf16_from_byte(text, byte);
            assert_eq!(
                byte_from_utf16(text, u),
                byte,
                "every char boundary survives the trip"
            );
        }
        let done = text.find("done").unwrap();
        assert_eq!(
            utf16_from_byte(text, done),
            7,
            "the emoji counts as two UTF-16 units, é and – as one"
        );
    }

    #[test]
    fn excerpt_folds_and_shortens() {
        assert_eq!(excerpt("a  b\n c", 10), "a b c");
        assert_eq!(excerpt("abcdefghijkl", 5), "abcd…");
    }
}
