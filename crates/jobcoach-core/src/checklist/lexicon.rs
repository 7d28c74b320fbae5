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

    /// Up to `n` spelling suggestions.
    pub fn suggest(&self, word: &str, n: usize) -> Vec<String> {
        let mut out = Vec::new();
        self.dictionary.suggest(word, &mut out);
        out.truncate(n);
        out
    }
}
