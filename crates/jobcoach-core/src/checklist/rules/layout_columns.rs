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
    let sections = &input.doc.facts.multi_column_sections;
    if sections.is_empty() {
        return;
    }
    let span = input
        .outline
        .blocks
        .first()
        .map_or(0..0, |b| b.span.clone());
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
    use crate::checklist::*;
    use crate::document::{Document, SourceFacts};

    #[test]
    fn flags_a_multi_column_file() {
        let facts = SourceFacts {
            multi_column_sections: vec![0],
            ..SourceFacts::default()
        };
        let doc = Document::from_text("# A B\n\nForklift\n".into(), facts);
        let c = testing::checklist();
        let outline = c.outline(&doc, None);
        let n = c
            .check(
                &doc,
                &outline,
                &Context::default(),
                &Profile::default(),
                testing::today(),
            )
            .iter()
            .filter(|f| f.rule == "layout.columns")
            .count();
        assert_eq!(n, 1);
        assert!(testing::resume("layout.columns", "# A B\n").is_empty());
    }
}
