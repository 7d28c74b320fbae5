//! The checklist's vocabulary: the en_US dictionary (vendored Hunspell files from SCOWL, see
//! `dictionaries/en_US.COPYRIGHT`) and the word lists in `data/`. Loaded once per process by
//! whoever builds the `Checklist`; rules only read it.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashSet;

const AFF: &str = include_str!("../../dictionaries/en_US.aff");
const DIC: &str = include_str!("../../dictionaries/en_US.dic");

pub struct Lexicon {
    dictionary: spellbook::Dictionary,
    /// Extra words, lower-cased.
    extra_words: HashSet<String>,
    pub buzzwords: Vec<String>,
    pub buzzword_matcher: AhoCorasick,
    /// (phrase, strong verbs), longest phrase first.
    pub weak_openers: Vec<(String, Vec<String>)>,
    pub placeholders: Vec<String>,
    pub placeholder_matcher: AhoCorasick,
}

/// Lines of a word list without comments and blanks.
fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

fn matcher(phrases: &[String]) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(phrases)
        .expect("word lists build a matcher")
}

impl Lexicon {
    pub fn load() -> Self {
        let dictionary =
            spellbook::Dictionary::new(AFF, DIC).expect("the vendored en_US dictionary parses");
        let extra_words = entries(include_str!("data/extra-words.txt"))
            .map(str::to_lowercase)
            .collect();
        let buzzwords: Vec<String> = entries(include_str!("data/buzzwords.txt"))
            .map(str::to_string)
            .collect();
        let mut weak_openers: Vec<(String, Vec<String>)> =
            entries(include_str!("data/weak-openers.txt"))
                .filter_map(|l| {
                    let (phrase, verbs) = l.split_once("=>")?;
                    Some((
                        phrase.trim().to_string(),
                        verbs.split(',').map(|v| v.trim().to_string()).collect(),
                    ))
                })
                .collect();
        weak_openers.sort_by_key(|w| std::cmp::Reverse(w.0.len()));
        let placeholders: Vec<String> = entries(include_str!("data/placeholders.txt"))
            .map(str::to_string)
            .collect();
        Lexicon {
            dictionary,
            extra_words,
            buzzword_matcher: matcher(&buzzwords),
            buzzwords,
            weak_openers,
            placeholder_matcher: matcher(&placeholders),
            placeholders,
        }
    }

    /// Whether a word is spelled right: the dictionary (which knows capitalised forms), the
    /// extra list, or the office's own words.
    pub fn knows(&self, word: &str, office_words: &[String]) -> bool {
        let lower = word.to_lowercase();
        self.dictionary.check(word)
            || self.extra_words.contains(&lower)
            || office_words.iter().any(|w| w.eq_ignore_ascii_case(word))
            || (word.contains('’') && self.dictionary.check(&word.replace('’', "'")))
    }

    /// Up to `n` spelling suggestions, closest first. spellbook's own order depends on hash
    /// iteration, so the same word could get different suggestions run to run; ranking by
    /// edit distance, then alphabetically, makes them stable.
    pub fn suggest(&self, word: &str, n: usize) -> Vec<String> {
        let mut out = Vec::new();
        self.dictionary.suggest(word, &mut out);
        out.sort_by_cached_key(|s| (edit_distance(&word.to_lowercase(), &s.to_lowercase()), s.clone()));
        out.dedup();
        out.truncate(n);
        out
    }
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
/// neighbours ("recieve" is one swap from "receive").
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for j in 0..=b.len() {
        d[0][j] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("recieved", "received"), 1);
        assert_eq!(edit_distance("servise", "service"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
