use super::removal_span;
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::SectionKind;
use regex::Regex;
use std::sync::LazyLock;

static PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\breferences\s+(?:are\s+)?(?:(?:available|provided|furnished)\s+)?(?:up)?on\s+request\b|\breferences\s+(?:are\s+)?available\b|\bavailable\s+(?:up)?on\s+request\b")
        .expect("valid")
});

pub const RULE: Rule = Rule {
    id: "section.references-on-request",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "\"References available upon request\" and its variants.",
        why: "Employers assume it, so the line takes space that could show a skill or a result.",
        example: "References available upon request.",
        better: "(Leave the line out, and keep a separate reference list ready to hand over.)",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let text = input.text();
    for (i, block) in outline.blocks.iter().enumerate() {
        let Some(m) = PHRASE.find(&block.plain) else {
            continue;
        };
        let rest: String = block.plain.replace(m.as_str(), "");
        let whole_block = rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty();
        let mut suggestions = Vec::new();
        if whole_block {
            // With a "References" heading holding only this line, remove both.
            let section = outline
                .section_of(i)
                .filter(|s| s.kind == Some(SectionKind::References) && s.blocks.len() == 1);
            let span = match section.and_then(|s| s.heading) {
                Some(h) => {
                    removal_span(text, &outline.blocks, h).start
                        ..removal_span(text, &outline.blocks, i).end
                }
                None => removal_span(text, &outline.blocks, i),
            };
            suggestions.push(Suggestion::edit(
                "Remove this line",
                span,
                "",
                Applicability::Safe,
            ));
        }
        suggestions.push(Suggestion::advice(
            "Keep a separate page with two or three references, and bring it to interviews.",
        ));
        sink.emit(
            block.source_range(m.range()),
            "Employers already expect references, so this line isn't needed. Use the space for a skill or a result instead.",
            suggestions,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_and_removes_the_line_and_its_empty_heading() {
        let text = "# A B\n\n## Skills\n\n- Forklift\n\n## References\n\nReferences available upon request.\n";
        let f = resume("section.references-on-request", text);
        assert_eq!(flagged(text, &f), vec!["References available upon request"]);
        assert_eq!(
            apply_first_edit(text, &f[0]),
            "# A B\n\n## Skills\n\n- Forklift\n\n",
            "heading and line go together"
        );
    }

    #[test]
    fn variants_and_a_real_reference_list() {
        assert_eq!(
            resume(
                "section.references-on-request",
                "# A B\n\nReferences furnished on request\n"
            )
            .len(),
            1
        );
        let real = "# A B\n\n## References\n\nJane Roe, Store Manager, Target, (555) 111-2222\n";
        assert!(
            resume("section.references-on-request", real).is_empty(),
            "an actual reference is not the stock phrase"
        );
    }
}
