use super::removal_span;
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::SectionKind;
use regex::Regex;
use std::sync::LazyLock;

static HIGH_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bhigh school\b|\bGED\b|\bH\.?S\.? diploma\b").expect("valid")
});

static DEGREE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:bachelor|master|associate(?:'s)? (?:degree|of)|doctor(?:ate)?|b\.?a\.?|b\.?s\.?n?|m\.?s\.?|m\.?b\.?a|a\.?a\.?s?|ph\.?d)\b\.?(?: (?:degree|of|in)\b)?")
        .expect("valid")
});

pub const RULE: Rule = Rule {
    id: "education.high-school-with-degree",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A high school or GED listed beside a college degree.",
        why: "A college degree already says you finished high school. The line takes space your other strengths could use.",
        example: "Associate of Applied Science, Sinclair College, 2020\nDayton High School, 2016",
        better: "Associate of Applied Science, Sinclair College, 2020",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for section in &outline.sections {
        if section.kind != Some(SectionKind::Education) {
            continue;
        }
        let blocks = section.blocks.clone();
        let has_degree = outline.blocks[blocks.clone()]
            .iter()
            .any(|b| DEGREE.is_match(&b.plain) && !HIGH_SCHOOL.is_match(&b.plain));
        if !has_degree {
            continue;
        }
        for i in blocks {
            let block = &outline.blocks[i];
            let Some(m) = HIGH_SCHOOL.find(&block.plain) else {
                continue;
            };
            sink.emit(
                block.source_range(m.range()),
                "Your degree already shows you finished high school, so this line can go.",
                vec![
                    Suggestion::edit("Remove the high school line", removal_span(input.text(), &outline.blocks, i), "", Applicability::Review),
                    Suggestion::advice("Keep it only if the employer asked for it, or it's a local school they'll know."),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_high_school_beside_a_degree() {
        let text = "# A B\n\n## Education\n\nAssociate of Applied Science, Sinclair College, 2020\n\nDayton High School, 2016\n";
        let f = resume("education.high-school-with-degree", text);
        assert_eq!(flagged(text, &f), vec!["High School"]);
        assert!(!apply_first_edit(text, &f[0]).contains("Dayton High"));
    }

    #[test]
    fn passes_high_school_alone() {
        let text = "# A B\n\n## Education\n\nDayton High School, diploma, 2016\n\nForklift certificate, 2018\n";
        assert!(resume("education.high-school-with-degree", text).is_empty());
    }
}
