use super::words;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use std::collections::HashSet;

pub const RULE: Rule = Rule {
    id: "wording.unexpanded-acronym",
    applies: Applies::Both,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "An all-capital abbreviation that is never spelled out and isn't widely known (common ones like CPR, OSHA, CDL and state codes are fine).",
        why: "Military, agency and company shorthand is clear to insiders only. A hiring manager who doesn't know it skips past your experience.",
        example: "- Led 12-person PMCS team for the BN motor pool",
        better: "- Led a 12-person preventive maintenance (PMCS) team for the battalion motor pool",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let text = input.text();
    let known = &input.lexicon.acronyms;
    let office: HashSet<&str> = input
        .profile
        .extra_acronyms
        .iter()
        .map(String::as_str)
        .collect();
    let mut seen: HashSet<String> = HashSet::new();
    // Names are not jargon: the employers and titles of jobs ("NHC HealthCare", "OTR
    // Driver") and the schools in the education section.
    let mut in_role_header = vec![false; outline.blocks.len()];
    for role in &outline.roles {
        for i in role.header.clone() {
            in_role_header[i] = true;
        }
    }
    // Read on the first acronym that needs it: what the text spells out, once, instead of
    // a search of the whole text for each acronym.
    let mut spelled_out: Option<SpelledOut> = None;
    for (i, block) in outline.blocks.iter().enumerate() {
        let in_education = outline
            .section_of(i)
            .is_some_and(|s| s.kind == Some(crate::outline::SectionKind::Education));
        if block.is_heading() || outline.contact.contains(&i) || in_role_header[i] || in_education {
            continue;
        }
        let block_words = words(&block.plain);
        // "GCSS-Army" is the acronym "GCSS" and a word.
        let parts = block_words.iter().flat_map(|&(ref range, word)| {
            let mut offset = range.start;
            word.split('-')
                .map(move |part| {
                    let r = offset..offset + part.len();
                    offset += part.len() + 1;
                    (r, part)
                })
                .collect::<Vec<_>>()
        });
        for (range, word) in parts {
            let letters = word.chars().filter(|c| c.is_ascii_uppercase()).count();
            let core = word.trim_end_matches('s');
            if !(2..=6).contains(&core.len())
                || letters < 2
                || !core
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                || core.chars().next().is_some_and(|c| c.is_ascii_digit())
                || known.contains(core)
                || known.contains(word)
                || office.contains(core)
                || seen.contains(core)
            {
                continue;
            }
            seen.insert(core.to_string());
            // Spelled out anywhere: "(PMCS)" after its words, or "PMCS (…)".
            let spelled_out = spelled_out.get_or_insert_with(|| SpelledOut::read(text));
            if spelled_out.bracketed.contains(core)
                || spelled_out.before_bracket.contains(core)
                || spelled_before(&block.plain, &block_words, range.start, core)
            {
                continue;
            }
            sink.emit(
                block.source_range(range),
                format!("Not every employer will know \"{core}\". Spell it out the first time you use it."),
                vec![
                    Suggestion::advice(format!("Write the full name once, then the short form in brackets: \"Full Name ({core})\".")),
                    Suggestion::advice("Or describe it in everyday words an employer outside your field would know."),
                ],
            );
        }
    }
}

/// What a text could spell an acronym out with: each `(X)` and each `X (` where X is as long
/// as an acronym can be. An acronym holds no brackets or spaces, so `text.contains("(X)")`
/// is the same as X being the text between a "(" and the ")" that first follows it, and
/// `text.contains("X (")` the same as X ending right before one of the " (".
struct SpelledOut<'a> {
    bracketed: HashSet<&'a str>,
    before_bracket: HashSet<&'a str>,
}

/// The longest acronym the rule reads, in bytes (they are ASCII).
const ACRONYM_BYTES: usize = 6;

impl<'a> SpelledOut<'a> {
    fn read(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut bracketed = HashSet::new();
        let mut before_bracket = HashSet::new();
        for (at, &b) in bytes.iter().enumerate() {
            if b == b'(' {
                let inside = &bytes[at + 1..(at + 2 + ACRONYM_BYTES).min(bytes.len())];
                if let Some(close) = inside.iter().position(|&c| c == b')') {
                    if let Some(x) = text.get(at + 1..at + 1 + close) {
                        bracketed.insert(x);
                    }
                }
            }
            if b == b' ' && bytes.get(at + 1) == Some(&b'(') {
                for len in 1..=ACRONYM_BYTES.min(at) {
                    if let Some(x) = text.get(at - len..at) {
                        before_bracket.insert(x);
                    }
                }
            }
        }
        SpelledOut {
            bracketed,
            before_bracket,
        }
    }
}

/// Whether the words just before an acronym start with its letters: "Preventive
/// Maintenance Checks and Services PMCS" or "Certified Nursing Assistant, CNA".
/// `block_words` are the words of all of `plain`; only the few before `at` are read again.
fn spelled_before(
    plain: &str,
    block_words: &[(std::ops::Range<usize>, &str)],
    at: usize,
    acronym: &str,
) -> bool {
    // The words of `plain[..at]` from a word's start on are the words of `plain[from..at]`
    // (a word starts the same way whatever follows), and only the last few are read, so
    // start a few whole words back rather than at the start of a long paragraph.
    let started = block_words.partition_point(|(r, _)| r.start < at);
    let from = match started.checked_sub(acronym.len() + 3) {
        _ if started == 0 => at,
        Some(n) => block_words[n].0.start,
        None => block_words[0].0.start,
    };
    let initials: String = words(&plain[from..at])
        .iter()
        .rev()
        .take(acronym.len() + 2)
        .map(|(_, w)| w.chars().next().unwrap_or(' ').to_ascii_uppercase())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    initials.ends_with(acronym)
        || initials
            .replace(['A', 'O'], "")
            .ends_with(&acronym.replace(['A', 'O'], ""))
            && acronym.len() >= 3
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_jargon_once() {
        let text = "# A B\n\n## Experience\n\n- Led the PMCS team for the BN motor pool\n- Ran PMCS checks daily in GCSS-Army\n";
        let f = resume("wording.unexpanded-acronym", text);
        assert_eq!(flagged(text, &f), vec!["PMCS", "BN", "GCSS"]);
    }

    #[test]
    fn passes_known_and_spelled_out_acronyms() {
        let text = "# A B\n\nDayton, OH\n\n## Experience\n\n- Kept CPR and OSHA 10 current\n- Drove a Class A CDL route\n- Ran Preventive Maintenance Checks and Services (PMCS)\n- Earned my Certified Nursing Assistant (CNA) license\n- Used SAP daily\n";
        assert!(resume("wording.unexpanded-acronym", text).is_empty());
    }
}
