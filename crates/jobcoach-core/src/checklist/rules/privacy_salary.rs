use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use regex::Regex;
use std::sync::LazyLock;

/// Pay a person earned or wants: "Salary: $45,000", "$18/hr", "desired pay".
static SALARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:current|previous|expected|desired|salary|pay|wage) (?:salary|pay|wage|rate|history|expectations?|requirements?)|salary\s*:|starting (?:salary|pay|wage)|pay rate\s*:)|\$\s?\d[\d,.]*k?\s*(?:/\s*|per |an |a )(?:hour|hr|year|yr|annum|week)\b")
        .expect("valid")
});

pub const RULE: Rule = Rule {
    id: "privacy.salary",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "Pay you earned or want, on a resume: \"Salary: $45,000\", \"$18/hr\", \"desired salary\".",
        why: "Pay on a resume can price you out or pin you low before you've had a chance to talk. Save it for the interview or the application form.",
        example: "Cashier, Target — $14/hr",
        better: "Cashier, Target",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    for block in &input.outline.blocks {
        for m in SALARY.find_iter(&block.plain) {
            sink.emit(
                block.source_range(m.range()),
                "Leave pay off your resume. It's easier to talk about it once they want to hire you.",
                vec![
                    Suggestion::advice("Delete the pay figure."),
                    Suggestion::advice("If an application asks for pay, answer there, or write \"negotiable\"."),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_pay_history() {
        let text =
            "# A B\n\n## Experience\n\nCashier, Target — $14/hr\n\nDesired salary: $40,000\n";
        let f = resume("privacy.salary", text);
        assert_eq!(flagged(text, &f), vec!["$14/hr", "Desired salary"]);
    }

    #[test]
    fn passes_budgets_and_sales() {
        let text = "# A B\n\n## Experience\n\n- Managed a $2M budget\n- Sold $40,000 a month\n- Processed payroll for 80 staff\n";
        assert!(resume("privacy.salary", text).is_empty());
    }
}
