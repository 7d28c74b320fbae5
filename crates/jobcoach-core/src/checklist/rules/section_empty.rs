use super::removal_span;
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "section.empty",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A heading with nothing under it before the next heading.",
        why: "An empty section looks unfinished, and it makes a reader wonder what's missing.",
        example: "## Certifications\n## Skills",
        better: "## Certifications\n- Forklift Operator, OSHA, 2023\n## Skills",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for section in &outline.sections {
        let Some(h) = section.heading else { continue };
        let empty = outline.blocks[section.blocks.clone()]
            .iter()
            .all(|b| b.plain.trim().is_empty());
        if !empty {
            continue;
        }
        // A level-1 heading followed by level-2 headings is a title, not an empty section.
        if let (crate::canonical::BlockKind::Heading(level), Some(next)) = (
            outline.blocks[h].kind,
            outline.blocks.get(section.blocks.end),
        ) {
            if matches!(next.kind, crate::canonical::BlockKind::Heading(n) if n > level) {
                continue;
            }
        }
        let end = section.blocks.end.saturating_sub(1).max(h);
        let span = removal_span(input.text(), &outline.blocks, h);
        let span = if end > h {
            span.start..removal_span(input.text(), &outline.blocks, end).end
        } else {
            span
        };
        sink.emit(
            outline.blocks[h].span.clone(),
            format!(
                "\"{}\" has nothing under it yet. Fill it in, or take the heading out.",
                section.title
            ),
            vec![
                Suggestion::advice(format!("Add what belongs under \"{}\".", section.title)),
                Suggestion::edit("Remove the empty heading", span, "", Applicability::Review),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_and_removes_an_empty_heading() {
        let text = "# A B\n\n## Certifications\n\n## Skills\n\n- Forklift\n";
        let f = resume("section.empty", text);
        assert_eq!(flagged(text, &f), vec!["Certifications"]);
        assert_eq!(
            apply_first_edit(text, &f[0]),
            "# A B\n\n## Skills\n\n- Forklift\n"
        );
    }

    #[test]
    fn passes_filled_sections() {
        let text = "# A B\n\n## Skills\n\n- Forklift\n\n## Education\n\nGED, 2010\n";
        assert!(resume("section.empty", text).is_empty());
    }
}
