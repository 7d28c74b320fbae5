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

/// Line starts and sampled character counts of one text, built in one pass, so that many
/// positions can be turned into lines and columns without rescanning the text from its
/// start for each (which made a long one-line document quadratic). `line_col` on one
/// position is still the simplest call; use this when there are many.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset where each line starts: 0, then one past every '\n'.
    starts: Vec<usize>,
    /// Characters before byte `k * CHAR_STRIDE`, so a column is counted over at most one
    /// stride of bytes however long the line is.
    chars_before: Vec<usize>,
}

/// Bytes between character-count samples: small enough that counting within one is cheap,
/// large enough that the samples cost a fraction of the text's size.
const CHAR_STRIDE: usize = 1024;

/// Characters in bytes that may start or end inside a character: every byte that is not a
/// UTF-8 continuation byte starts one.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut chars_before = Vec::with_capacity(bytes.len() / CHAR_STRIDE + 1);
        let mut total = 0;
        chars_before.push(0);
        for chunk in bytes.chunks(CHAR_STRIDE) {
            total += chars_in(chunk);
            chars_before.push(total);
        }
        LineIndex {
            text,
            starts,
            chars_before,
        }
    }

    /// The 0-based line a byte offset is on.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// Characters before a byte offset.
    fn chars_to(&self, offset: usize) -> usize {
        let k = offset / CHAR_STRIDE;
        self.chars_before[k] + chars_in(&self.text.as_bytes()[k * CHAR_STRIDE..offset])
    }

    /// The same as `line_col(text, offset)`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.line_of(offset);
        let column = self.chars_to(offset) - self.chars_to(self.starts[line]) + 1;
        (line + 1, column)
    }

    /// Where the line holding `offset` starts: one past the last '\n' before `offset`, or 0.
    pub fn line_start(&self, offset: usize) -> usize {
        self.starts[self.line_of(offset.min(self.text.len()))]
    }

    /// Where the line holding `offset` ends: the first '\n' at or after `offset`, or the
    /// end of the text.
    pub fn line_end(&self, offset: usize) -> usize {
        let line = self.line_of(offset.min(self.text.len()));
        self.starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1)
    }
}

/// Ranges that others are tested against: whether one of them contains a given range.
/// Sorted by start with the running maximum of their ends, so each test is a binary search:
/// a scan of every range for every word was quadratic in a long paragraph.
pub(crate) struct Cover {
    starts: Vec<usize>,
    max_ends: Vec<usize>,
}

impl Cover {
    pub(crate) fn new(ranges: impl IntoIterator<Item = std::ops::Range<usize>>) -> Self {
        let mut ranges: Vec<std::ops::Range<usize>> = ranges.into_iter().collect();
        ranges.sort_by_key(|r| r.start);
        let mut max_end = 0;
        let max_ends = ranges
            .iter()
            .map(|r| {
                max_end = max_end.max(r.end);
                max_end
            })
            .collect();
        Cover {
            starts: ranges.into_iter().map(|r| r.start).collect(),
            max_ends,
        }
    }

    /// Whether some range starts at or before `range` and ends at or after it: of those
    /// that start in time, the one that ends last decides.
    pub(crate) fn covers(&self, range: &std::ops::Range<usize>) -> bool {
        let started = self.starts.partition_point(|&s| s <= range.start);
        started > 0 && self.max_ends[started - 1] >= range.end
    }
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
    // Fold only as far as the excerpt needs (one character past `max` tells whether it is
    // cut): a finding may span a whole paragraph, and a paragraph may be megabytes long.
    let folded: String = folded_prefix(text, max.saturating_add(1));
    if folded.chars().count() <= max {
        folded
    } else {
        let mut s: String = folded.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// The first `limit` characters of `text` with white space folded (words joined by one
/// space), reading no further into `text` than they need.
fn folded_prefix(text: &str, limit: usize) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars >= limit {
            break;
        }
        if chars > 0 {
            out.push(' ');
            chars += 1;
        }
        for c in word.chars() {
            if chars >= limit {
                break;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
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
    fn the_index_gives_what_line_col_gives() {
        // Long lines cross several character-count samples; accents and an emoji make
        // bytes and characters differ inside and across them.
        let line = "é – 🎯 café ".repeat(300);
        let text = format!("{line}\n\nshort\n{line}\n");
        let index = LineIndex::new(&text);
        for offset in (0..=text.len() + 3).step_by(7).chain([text.len()]) {
            assert_eq!(
                index.line_col(offset),
                line_col(&text, offset),
                "at {offset}"
            );
            let at = floor_char_boundary(&text, offset);
            assert_eq!(
                index.line_start(offset),
                text[..at].rfind('\n').map_or(0, |i| i + 1)
            );
        }
        let short = text.find("short").unwrap();
        assert_eq!(index.line_end(short), short + 5);
        assert_eq!(index.line_end(text.len()), text.len());
    }

    #[test]
    fn a_cover_answers_as_a_scan_of_its_ranges() {
        let ranges = [5..9, 0..3, 6..20, 2..4, 30..30, 12..13];
        let cover = Cover::new(ranges.iter().cloned());
        for start in 0..35 {
            for end in start..35 {
                let q = start..end;
                let scan = ranges.iter().any(|r| r.start <= q.start && q.end <= r.end);
                assert_eq!(cover.covers(&q), scan, "{q:?}");
            }
        }
        assert!(!Cover::new([]).covers(&(0..0)));
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
