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

    /// Up to `n` spelling suggestions: dictionary words one edit away, in the order typos
    /// happen (swapped letters, a doubled or missing letter, then a wrong letter), then
    /// alphabetically, so the same word always gets the same suggestions.
    ///
    /// spellbook's own `suggest` is smarter but takes 15-30 ms a word, far over the
    /// checklist's 2 ms budget for a whole resume; a word with no one-edit neighbour is
    /// more often a name or a trade term than a typo, and gets advice instead.
    pub fn suggest(&self, word: &str, n: usize) -> Vec<String> {
        let lower = word.to_lowercase();
        let chars: Vec<char> = lower.chars().collect();
        if chars.len() < 3 || chars.len() > 30 {
            return Vec::new();
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let mut candidates: Vec<(u8, String)> = Vec::new();
        let mut push = |kind: u8, c: Vec<char>| candidates.push((kind, c.into_iter().collect()));
        for i in 0..chars.len().saturating_sub(1) {
            let mut c = chars.clone();
            c.swap(i, i + 1);
            push(0, c);
        }
        for i in 0..chars.len() {
            let mut c = chars.clone();
            c.remove(i);
            push(1, c);
        }
        for i in 0..=chars.len() {
            for letter in 'a'..='z' {
                let mut c = chars.clone();
                c.insert(i, letter);
                push(2, c);
            }
        }
        for i in 0..chars.len() {
            for letter in 'a'..='z' {
                if letter != chars[i] {
                    let mut c = chars.clone();
                    c[i] = letter;
                    push(3, c);
                }
            }
        }
        let mut found: Vec<(u8, String)> = candidates
            .into_iter()
            .filter(|(_, c)| c != &lower)
            .map(|(k, c)| (k, if capitalised { capitalise(&c) } else { c }))
            .filter(|(_, c)| self.dictionary.check(c))
            .collect();
        found.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, c) in found {
            if !out.contains(&c) {
                out.push(c);
            }
            if out.len() == n {
                break;
            }
        }
        out
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
