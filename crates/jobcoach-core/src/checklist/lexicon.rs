//! The checklist's vocabulary: the en_US dictionary (vendored Hunspell files from SCOWL, see
//! `dictionaries/en_US.COPYRIGHT`) and the word lists in `data/`. Loaded once per process by
//! whoever builds the `Checklist`; rules only read it.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::{HashMap, HashSet};

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
    /// Words that make an email address look unprofessional, lower case.
    pub unprofessional_email: Vec<String>,
    /// Acronyms readers know, as written (case matters: "IT", not "it").
    pub acronyms: HashSet<String>,
    /// Every form of the action verbs ("manage", "managed", "manages") with its base form
    /// and tense.
    verbs: HashMap<String, (String, Tense)>,
    /// The past form of each action verb's base ("train" -> "trained", "lead" -> "led").
    pasts: HashMap<String, String>,
}

/// The tense an opening verb is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
}

/// Regular forms of a verb: "manage" -> ("managed", "manages"), "apply" -> ("applied",
/// "applies"), "ship" -> ("shipped", "ships").
fn regular_forms(base: &str) -> (Vec<String>, String) {
    let b = base.as_bytes();
    let last = b[b.len() - 1] as char;
    let before = if b.len() > 1 {
        b[b.len() - 2] as char
    } else {
        ' '
    };
    let vowel = |c: char| "aeiou".contains(c);
    let mut past = Vec::new();
    let third;
    if last == 'e' {
        past.push(format!("{base}d"));
        third = format!("{base}s");
    } else if last == 'y' && !vowel(before) {
        let stem = &base[..base.len() - 1];
        past.push(format!("{stem}ied"));
        third = format!("{stem}ies");
    } else {
        past.push(format!("{base}ed"));
        // Short verbs ending consonant-vowel-consonant double it: "ship" -> "shipped".
        if !vowel(last) && vowel(before) && !"wxy".contains(last) {
            past.push(format!("{base}{last}ed"));
        }
        third = if base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh") {
            format!("{base}es")
        } else {
            format!("{base}s")
        };
    }
    (past, third)
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
        let unprofessional_email = entries(include_str!("data/unprofessional-email.txt"))
            .map(str::to_lowercase)
            .collect();
        let acronyms = entries(include_str!("data/acronyms.txt"))
            .flat_map(str::split_whitespace)
            .map(str::to_string)
            .collect();
        let mut verbs = HashMap::new();
        let mut pasts = HashMap::new();
        for line in entries(include_str!("data/action-verbs.txt")) {
            let mut parts = line.split_whitespace();
            let Some(base) = parts.next() else { continue };
            let (mut past, third) = regular_forms(base);
            if let Some(irregular) = parts.next() {
                past = vec![irregular.to_string()];
            }
            // Of the spellings a rule can't tell apart ("shiped", "shipped"), the
            // dictionary's is the one offered.
            let written = past
                .iter()
                .find(|p| dictionary.check(p))
                .unwrap_or(&past[0])
                .clone();
            pasts.insert(base.to_string(), written);
            for p in past {
                verbs.entry(p).or_insert((base.to_string(), Tense::Past));
            }
            verbs.insert(third, (base.to_string(), Tense::Present));
            // The base form is present tense ("Manage the front desk"), unless it is also
            // the past ("set", "cut"), which a bullet in a finished role reads as past.
            verbs
                .entry(base.to_string())
                .or_insert((base.to_string(), Tense::Present));
        }
        Lexicon {
            unprofessional_email,
            acronyms,
            verbs,
            pasts,
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

    /// The past form of an action verb's base form.
    pub fn past_of(&self, base: &str) -> Option<&str> {
        self.pasts.get(base).map(String::as_str)
    }

    /// The base form and tense of an action verb, case-insensitively.
    pub fn verb(&self, word: &str) -> Option<(&str, Tense)> {
        self.verbs
            .get(&word.to_lowercase())
            .map(|(base, tense)| (base.as_str(), *tense))
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
