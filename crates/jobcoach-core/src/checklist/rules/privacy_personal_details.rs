use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use regex::Regex;
use std::sync::LazyLock;

/// Labelled personal details ("Date of birth:", "Marital status:") and the phrases people
/// use for them. A bare word like "weight" is not enough: "lift 50 lb weight" is a skill.
static PERSONAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:date of birth|birth ?date|d\.?o\.?b\.?|age|marital status|nationality|citizenship|religion|gender|sex|height|weight|health|number of children|children|dependents)\s*:|\b(?:born (?:on|in) \w+(?: \d{1,2},?)? (?:19|20)\d\d)|\b\d{2} years old\b|\b(?:happily )?married(?: with (?:\w+ )?(?:children|kids))?\b|\bsingle mother\b|\b(?:mother|father|mom|dad|parent) of (?:one|two|three|four|five|six|\d)\b|\bsingle father\b|\bin (?:good|excellent) health\b")
        .expect("valid")
});

pub const RULE: Rule = Rule {
    id: "privacy.personal-details",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "Age or date of birth, marital status, children, height or weight, religion, nationality or health.",
        why: "US employers are not supposed to weigh these, and many will set aside a resume that shows them rather than risk a complaint. They also invite bias.",
        example: "Date of birth: 04/12/1985 | Married, two children",
        better: "Leave them off. Your skills and experience are what count.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    for block in &input.outline.blocks {
        for m in PERSONAL.find_iter(&block.plain) {
            sink.emit(
                block.source_range(m.range()),
                "You don't need to share this. Employers in the US shouldn't consider it, and some set such resumes aside.",
                vec![
                    Suggestion::advice("Remove this detail; your experience speaks for you."),
                    Suggestion::advice("If it explains a gap (caring for family, say), one short line in a cover letter is enough."),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_labelled_details() {
        let text = "# Maria Delgado\n\nDate of birth: 04/12/1985\n\n## Personal\n\nMarried with two children. Mother of three.\n";
        let f = resume("privacy.personal-details", text);
        assert_eq!(
            flagged(text, &f),
            vec![
                "Date of birth:",
                "Married with two children",
                "Mother of three"
            ]
        );
    }

    #[test]
    fn passes_weights_and_ages_in_work() {
        let text = "# A B\n\n## Experience\n\n- Lifted up to 50 lb weight limits safely\n- Tutored children aged 6 to 10\n- Served a health system of 3 clinics\n";
        assert!(resume("privacy.personal-details", text).is_empty());
    }
}
