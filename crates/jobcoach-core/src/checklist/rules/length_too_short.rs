use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "length.too-short",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A resume of fewer than about 150 words.",
        why: "A very short resume leaves employers guessing. Even a first resume has room for school, volunteer work, and skills.",
        example: "A name, one job title and a phone number.",
        better: "Add a two-line summary, bullets under each job, and a skills list.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let words = input
        .outline
        .blocks
        .iter()
        .map(|b| b.plain.split_whitespace().count())
        .sum::<usize>();
    if words >= 150 {
        return;
    }
    let span = super::document_span(input.outline);
    sink.emit(
        span,
        format!("This resume has about {words} words. There's room to show more of what you can do."),
        vec![
            Suggestion::advice("Add 2–3 bullets under each job: what you did and one result."),
            Suggestion::advice("No long job history? Add school projects, volunteer work, caregiving, or skills like languages and tools."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_short_and_passes_full_resumes() {
        assert_eq!(resume("length.too-short", "# A B\n\nCashier\n").len(), 1);
        let full = format!("# A B\n\n{}\n", "word ".repeat(160));
        assert!(resume("length.too-short", &full).is_empty());
    }
}
