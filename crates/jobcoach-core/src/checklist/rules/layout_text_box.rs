use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "layout.text-box",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "Text inside a Word text box.",
        why:
            "Job sites often skip text boxes entirely, so what's inside never reaches the employer.",
        example: "Contact details or skills placed in a floating box beside the main text.",
        better: "The same text as ordinary lines on the page.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    for span in &input.doc.facts.text_boxes {
        sink.emit(
            span.clone(),
            "This text is in a text box in your Word file. Job sites often skip text boxes, so the employer may never see it.",
            vec![
                Suggestion::advice("Copy the text out of the box onto the page, then delete the box."),
                Suggestion::advice("Export with jobcoach: its templates keep this text without a box."),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::document::SourceFacts;

    #[test]
    fn flags_each_text_box() {
        let facts = SourceFacts {
            text_boxes: std::iter::once(7..15).collect(),
            ..SourceFacts::default()
        };
        let f = with_facts("layout.text-box", "# A B\n\nForklift\n", facts);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].span, 7..15);
        assert!(resume("layout.text-box", "# A B\n\nForklift\n").is_empty());
    }
}
