use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "layout.columns",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A Word file laid out in two or more columns.",
        why: "Job sites read across the page, so two columns get mixed line by line and come out as nonsense.",
        example: "Skills in a narrow left column, jobs in a wide right one.",
        better: "One column, top to bottom.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    if !input.doc.facts.columns_per_section.iter().any(|&c| c > 1) {
        return;
    }
    let span = super::document_span(input.outline);
    sink.emit(
        span,
        "Your Word file uses columns. Job sites read straight across the page and can mix the two columns together.",
        vec![
            Suggestion::advice("In Word: Layout → Columns → One."),
            Suggestion::advice("Export with jobcoach: its templates are one column."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::document::SourceFacts;

    #[test]
    fn flags_a_multi_column_file() {
        let facts = SourceFacts {
            columns_per_section: vec![1, 2],
            ..SourceFacts::default()
        };
        assert_eq!(
            with_facts("layout.columns", "# A B\n\nForklift\n", facts).len(),
            1
        );
        assert!(resume("layout.columns", "# A B\n").is_empty());
        let one = SourceFacts {
            columns_per_section: vec![1, 1],
            ..SourceFacts::default()
        };
        assert!(with_facts("layout.columns", "# A B\n\nForklift\n", one).is_empty());
    }
}
