use super::is_work_section;
use crate::canonical::BlockKind;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "bullet.paragraph-block",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "Work experience written as a paragraph of more than 50 words instead of bullets.",
        why: "A block of text hides your accomplishments. Employers spend seconds on a resume, and bullets are what they read.",
        example: "At Target I worked the register, trained new cashiers, handled returns and helped set up seasonal displays, and I was also the person who opened the store most mornings …",
        better: "- Ran the register for 200+ guests a shift\n- Trained 6 new cashiers\n- Opened the store 4 mornings a week",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for (si, section) in outline.sections.iter().enumerate() {
        if !is_work_section(outline, si) || section.kind.is_none() {
            continue;
        }
        for block in &outline.blocks[section.blocks.clone()] {
            let n = block.plain.split_whitespace().count();
            if block.kind != BlockKind::Paragraph || n <= 50 {
                continue;
            }
            sink.emit(
                block.span.clone(),
                format!("This is a {n}-word paragraph. Break it into 3–5 short bullets so employers can skim it."),
                vec![
                    Suggestion::advice("Make one bullet for each thing you did; start each with a verb."),
                    Suggestion::advice("Keep a one-line description of the job if it helps, then the bullets."),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_long_paragraphs_in_experience() {
        let para = "I worked the register and trained staff ".repeat(8);
        let text = format!("# A B\n\n## Experience\n\nCashier, Target, 2019 – 2021\n\n{para}\n");
        assert_eq!(resume("bullet.paragraph-block", &text).len(), 1);
        let summary = format!("# A B\n\n## Summary\n\n{para}\n");
        assert!(resume("bullet.paragraph-block", &summary).is_empty());
    }
}
