use super::{month_of, start_month};
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::dates::DateEnd;
use crate::outline::SectionKind;

pub const RULE: Rule = Rule {
    id: "education.expected-unlabeled",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A graduation date in the future without \"Expected\" before it.",
        why: "A future date alone can look like a mistake, or like a claim to a degree you don't hold yet.",
        example: "Associate of Science in Nursing, Sinclair College, May 2027",
        better: "Associate of Science in Nursing, Sinclair College, Expected May 2027",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let now = month_of(input.today);
    for section in &outline.sections {
        if section.kind != Some(SectionKind::Education) {
            continue;
        }
        for block in &outline.blocks[section.blocks.clone()] {
            let lower = block.plain.to_lowercase();
            if [
                "expected",
                "anticipated",
                "in progress",
                "candidate",
                "pending",
            ]
            .iter()
            .any(|w| lower.contains(w))
            {
                continue;
            }
            for d in outline.dates_within(&block.span) {
                let (date, span) = match &d.end {
                    Some((DateEnd::Date(end), span)) => (end, span.clone()),
                    Some((DateEnd::Ongoing(_), _)) => continue,
                    None => (&d.start, d.start_span.clone()),
                };
                if start_month(date) <= now {
                    continue;
                }
                sink.emit(
                    span.clone(),
                    "This date is still ahead. Add \"Expected\" so employers know you're on your way.",
                    vec![
                        Suggestion::edit("Add \"Expected\"", span.start..span.start, "Expected ", Applicability::Safe),
                        Suggestion::advice("Or write \"In progress\" after the school's name."),
                    ],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_a_future_graduation() {
        let text = "# A B\n\n## Education\n\nAssociate of Science in Nursing, Sinclair College, May 2027\n";
        let f = resume("education.expected-unlabeled", text);
        assert_eq!(flagged(text, &f), vec!["May 2027"]);
        assert!(apply_first_edit(text, &f[0]).contains("Expected May 2027"));
    }

    #[test]
    fn passes_labelled_or_past_dates() {
        let text =
            "# A B\n\n## Education\n\nASN, Sinclair College, Expected May 2027\n\nGED, 2015\n";
        assert!(resume("education.expected-unlabeled", text).is_empty());
    }
}
