use super::find_phrase;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::SectionKind;

pub const RULE: Rule = Rule {
    id: "section.objective",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "An \"Objective\" section, or a line like \"seeking a challenging position\".",
        why: "An objective says what you want; employers read the top of a resume to learn what you offer. A short summary of your strengths uses the space better.",
        example: "Objective: Seeking a challenging position where I can grow.",
        better: "Summary: Warehouse associate with 5 years of forklift work and a clean safety record.",
    },
    check,
};

const PHRASES: &[&str] = &[
    "seeking a challenging position",
    "seeking a challenging role",
    "seeking a position",
    "seeking a position where",
    "looking for a position",
    "looking for an opportunity",
    "seeking an opportunity",
    "seeking employment",
    "seeking new opportunities",
    "seeking opportunities",
    "seeking a new opportunity",
    "looking for new opportunities",
    "to obtain a position",
    "to obtain a challenging",
];

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let advice = || {
        vec![
            Suggestion::advice("Rename the section \"Summary\" and write two lines about what you bring: your trade, your years, one strength with proof."),
            Suggestion::advice("Or remove it, and say what job you want in your cover letter."),
        ]
    };
    let mut flagged_section = false;
    for section in &outline.sections {
        if section.kind == Some(SectionKind::Objective) {
            if let Some(h) = section.heading {
                flagged_section = true;
                sink.emit(
                    outline.blocks[h].span.clone(),
                    "An objective tells employers what you want. A short summary of what you offer will catch their eye faster.",
                    advice(),
                );
            }
        }
    }
    if flagged_section {
        return;
    }
    for block in &outline.blocks {
        for phrase in PHRASES {
            if let Some(range) = find_phrase(&block.plain, phrase).into_iter().next() {
                sink.emit(
                    block.source_range(range),
                    "Every applicant is seeking a position. Say instead what you offer the employer.",
                    advice(),
                );
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_the_heading_or_the_phrase() {
        let text = "# A B\n\n## Objective\n\nSeeking a challenging position.\n";
        assert_eq!(
            flagged(text, &resume("section.objective", text)),
            vec!["Objective"]
        );
        let text = "# A B\n\nSeeking a challenging position in retail.\n\n## Skills\n\n- Cash\n";
        assert_eq!(
            flagged(text, &resume("section.objective", text)),
            vec!["Seeking a challenging position"]
        );
    }

    #[test]
    fn passes_a_summary() {
        let text = "# A B\n\n## Summary\n\nCashier with 5 years of experience.\n";
        assert!(resume("section.objective", text).is_empty());
    }
}
