use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::dates::DateEnd;

pub const RULE: Rule = Rule {
    id: "dates.present-variant",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A job you still have, ended with \"Now\", \"Current\", \"Till date\" or \"Ongoing\" instead of \"Present\".",
        why: "\"Present\" is what employers and job sites expect; the others can be read as a typo or not at all.",
        example: "Cashier, Target, 2019 – Current",
        better: "Cashier, Target, 2019 – Present",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    for d in &input.outline.dates {
        let Some((DateEnd::Ongoing(word), span)) = &d.end else {
            continue;
        };
        if word.eq_ignore_ascii_case("present") {
            continue;
        }
        let replacement = if word.chars().all(|c| !c.is_lowercase()) {
            "PRESENT"
        } else {
            "Present"
        };
        sink.emit(
            span.clone(),
            format!("Write \"{replacement}\" instead of \"{word}\". It's the word employers and job sites expect."),
            vec![Suggestion::edit(
                format!("Change to \"{replacement}\""),
                span.clone(),
                replacement,
                Applicability::Safe,
            )],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn changes_variants_to_present() {
        let text =
            "# A B\n\n## Experience\n\nCashier, Target, 2019 – Current\n\n- Ran the register\n";
        let f = resume("dates.present-variant", text);
        assert_eq!(flagged(text, &f), vec!["Current"]);
        assert!(apply_first_edit(text, &f[0]).contains("2019 – Present"));
    }

    #[test]
    fn passes_present() {
        let text =
            "# A B\n\n## Experience\n\nCashier, Target, 2019 – PRESENT\n\n- Ran the register\n";
        assert!(resume("dates.present-variant", text).is_empty());
    }
}
