use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "layout.table",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A Word file that lays part of the page out in a table.",
        why: "Applicant tracking systems often read tables out of order or skip them, so an employer may never see that part.",
        example: "Skills set out in a two-column table.",
        better: "Skills as a plain list, or one line with commas between them.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    for span in &input.doc.facts.tables {
        sink.emit(
            span.clone(),
            "In your Word file, this part is set out in a table. Job sites often read tables out of order or skip them.",
            vec![
                Suggestion::advice("Export with jobcoach: its layout keeps this text without a table."),
                Suggestion::advice("In Word, click in the table and choose Table Layout → Convert to Text."),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::document::SourceFacts;

    #[test]
    fn flags_each_table_in_the_source_file() {
        let facts = SourceFacts {
            tables: std::iter::once(16..43).collect(),
            ..SourceFacts::default()
        };
        let f = with_facts(
            "layout.table",
            "# Maria Delgado\n\nForklift\n\nCash handling\n",
            facts,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].span, 16..43, "the finding points at the table's text");
        assert!(resume("layout.table", "# A B\n\nNo tables in Markdown\n").is_empty());
    }
}
