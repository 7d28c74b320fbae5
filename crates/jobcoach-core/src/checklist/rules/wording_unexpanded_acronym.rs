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
    let in_role_header = |i: usize| outline.roles.iter().any(|r| r.header.contains(&i));
    for (i, block) in outline.blocks.iter().enumerate() {
        let in_education = outline
            .section_of(i)
            .is_some_and(|s| s.kind == Some(crate::outline::SectionKind::Education));
        if block.is_heading() || outline.contact.contains(&i) || in_role_header(i) || in_education {
            continue;
        }
        // "GCSS-Army" is the acronym "GCSS" and a word.
        let parts = words(&block.plain).into_iter().flat_map(|(range, word)| {
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
            if text.contains(&format!("({core})"))
                || text.contains(&format!("{core} ("))
                || spelled_before(&block.plain, range.start, core)
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

/// Whether the words just before an acronym start with its letters: "Preventive
/// Maintenance Checks and Services PMCS" or "Certified Nursing Assistant, CNA".
fn spelled_before(plain: &str, at: usize, acronym: &str) -> bool {
    let initials: String = words(&plain[..at])
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
