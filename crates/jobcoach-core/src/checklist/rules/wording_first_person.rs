use super::{match_case, words};
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::SectionKind;

pub const RULE: Rule = Rule {
    id: "wording.first-person",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "I, me, my, we or our in bullets and in the summary of a resume.",
        why: "Resumes are written without \"I\": it is understood, and leaving it out makes each line start with the action.",
        example: "- I trained new cashiers on my shift.",
        better: "- Trained new cashiers on the evening shift.",
    },
    check,
};

const PRONOUNS: &[&str] = &["i", "me", "my", "mine", "myself", "we", "our", "ours", "us"];
/// "Level I", "Phase I": roman numerals, not pronouns.
const NUMERAL_BEFORE: &[&str] = &[
    "level", "phase", "tier", "grade", "class", "part", "stage", "type", "step",
];

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for (i, block) in outline.blocks.iter().enumerate() {
        let in_summary = outline.section_of(i).is_some_and(|s| {
            matches!(s.kind, Some(SectionKind::Summary | SectionKind::Objective))
                && s.heading != Some(i)
        });
        // A job described in a paragraph instead of bullets counts as bullets.
        let describes_a_job = block.kind == crate::canonical::BlockKind::Paragraph
            && outline.section_of(i).is_some_and(|s| {
                matches!(
                    s.kind,
                    Some(SectionKind::Experience | SectionKind::Volunteer)
                ) && s.heading != Some(i)
            })
            && block.plain.split_whitespace().count() > 8;
        if !(block.is_list_item() || in_summary || describes_a_job) {
            continue;
        }
        let ws = words(&block.plain);
        let found: Vec<usize> = (0..ws.len())
            .filter(|&n| {
                let w = ws[n].1;
                let lower = w.to_lowercase();
                // "I" only as a capital; "us" only in lower case ("US" is the country).
                PRONOUNS.contains(&lower.as_str())
                    && (lower != "i" || w == "I")
                    && (lower != "us" || w == "us")
                    && !(w == "I"
                        && n > 0
                        && NUMERAL_BEFORE.contains(&ws[n - 1].1.to_lowercase().as_str()))
            })
            .collect();
        let Some(&first) = found.first() else {
            continue;
        };
        let (range, word) = ws[first].clone();
        let mut suggestions = Vec::new();
        // "I trained ..." -> "Trained ...": drop the pronoun and keep the capital.
        if first == 0 && word == "I" && ws.len() > 1 {
            let (next_range, next) = ws[1].clone();
            let span = block.source_range(0..next_range.end);
            suggestions.push(Suggestion::edit(
                format!("Start with \"{}\"", match_case("X", next)),
                span,
                match_case("X", next),
                Applicability::Review,
            ));
        }
        suggestions.push(Suggestion::advice("Start the line with the action: \"I trained new staff\" becomes \"Trained new staff\"."));
        if found.len() > 1 || word.to_lowercase() != "i" {
            suggestions.push(Suggestion::advice("Swap \"my\" and \"our\" for \"the\", or name the thing: \"my team\" becomes \"a team of six\"."));
        }
        let count = found.len();
        let message = if count == 1 {
            format!("\"{word}\" isn't needed on a resume. Starting with the action makes this line stronger.")
        } else {
            format!("This line uses \"{word}\" and {} more words like it. Resumes leave these out, so each line starts with the action.", count - 1)
        };
        sink.emit(block.source_range(range), message, suggestions);
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_pronouns_in_bullets_and_summary() {
        let text = "# A B\n\n## Summary\n\nI am a cashier with five years of experience.\n\n## Experience\n\n- I trained new cashiers\n- Led our team of six\n";
        let f = resume("wording.first-person", text);
        assert_eq!(flagged(text, &f), vec!["I", "I", "our"]);
        let fixed = apply_first_edit(text, &f[1]);
        assert!(
            fixed.contains("- Trained new cashiers"),
            "dropping I keeps the capital: {fixed}"
        );
    }

    #[test]
    fn numerals_countries_and_headers_pass() {
        let text = "# A B\n\n## Experience\n\nMy Shift Lead Role, Target, 2019 – Present\n\n- Completed Level I safety training in the US\n";
        assert!(
            resume("wording.first-person", text).is_empty(),
            "role headers, 'Level I' and 'US' are not pronouns"
        );
    }
}
