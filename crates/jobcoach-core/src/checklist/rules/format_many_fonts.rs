use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "format.many-fonts",
    applies: Applies::Both,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A Word file with more than two font families, or body text smaller than 10 pt or larger than 12 pt.",
        why: "One or two fonts look calm and deliberate. Tiny text is hard to read; large text looks padded.",
        example: "Headings in Impact, jobs in Calibri, skills in Comic Sans, all at 9 pt.",
        better: "Calibri throughout, body at 11 pt, headings a little larger.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let facts = &input.doc.facts;
    let span = super::document_span(input.outline);
    // One finding for the document (one fingerprint), saying each thing that is off.
    let mut said: Vec<String> = Vec::new();
    let mut suggestions = Vec::new();
    if facts.fonts.len() > 2 {
        said.push(format!(
            "Your file uses {} fonts ({}). One or two look cleaner.",
            facts.fonts.len(),
            facts.fonts.join(", ")
        ));
        suggestions.push(Suggestion::advice("Select all the text and pick one font, such as Calibri or Arial, then bold the headings."));
    }
    // Sizes are ranked by use: the first is the body text's.
    if let Some(&body) = facts.font_sizes_pt.first() {
        if !(10.0..=12.0).contains(&body) {
            said.push(format!(
                "Most of your text is {body} pt; body text reads best between 10 and 12 pt."
            ));
            suggestions.push(Suggestion::advice(if body < 10.0 {
                "Raise the body text to 10.5 or 11 pt; if it no longer fits, cut a line rather than shrink it."
            } else {
                "Set the body text to 11 pt; keep larger sizes for your name and headings."
            }));
        }
    }
    if said.is_empty() {
        return;
    }
    suggestions.push(Suggestion::advice(
        "Export with jobcoach: each template uses one font family at a readable size.",
    ));
    sink.emit(span, said.join(" "), suggestions);
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::with_facts;
    use crate::document::SourceFacts;

    fn run(facts: SourceFacts) -> usize {
        with_facts("format.many-fonts", "# A B\n\nText\n", facts).len()
    }

    #[test]
    fn flags_many_fonts_and_small_text() {
        assert_eq!(
            run(SourceFacts {
                fonts: vec!["Calibri".into(), "Impact".into(), "Comic Sans MS".into()],
                ..SourceFacts::default()
            }),
            1
        );
        assert_eq!(
            run(SourceFacts {
                font_sizes_pt: vec![9.0, 14.0],
                ..SourceFacts::default()
            }),
            1
        );
    }

    #[test]
    fn passes_two_fonts_at_eleven_points() {
        assert_eq!(
            run(SourceFacts {
                fonts: vec!["Calibri".into(), "Cambria".into()],
                font_sizes_pt: vec![11.0, 14.0],
                ..SourceFacts::default()
            }),
            0
        );
    }
}
