use super::{end_month, is_work_section, month_of, start_month};
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::dates::DateEnd;

pub const RULE: Rule = Rule {
    id: "dates.reversed-or-future",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A job whose end date comes before its start, or whose dates are in the future.",
        why: "Dates that can't be right make an employer doubt the rest. It's usually a typo, and quick to fix.",
        example: "Cashier, Target, 2021 – 2019",
        better: "Cashier, Target, 2019 – 2021",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let now = month_of(input.today);
    for role in &outline.roles {
        let Some(d) = &role.dates else { continue };
        if !is_work_section(outline, role.section) {
            continue;
        }
        let header_text: String = outline.blocks[role.header.clone()]
            .iter()
            .map(|b| b.plain.to_lowercase())
            .collect();
        if header_text.contains("expected") || header_text.contains("starting") {
            continue;
        }
        let start = start_month(&d.start);
        let message = match &d.end {
            Some((DateEnd::Date(end), _)) if end_month(end) < start => {
                "This job ends before it starts. Check the order of the two dates."
            }
            Some((DateEnd::Date(end), _)) if start_month(end) > now => {
                "This end date hasn't happened yet. If you still work here, write \"Present\"."
            }
            _ if start > now => "This start date is in the future. Check the year.",
            _ => continue,
        };
        sink.emit(
            d.span.clone(),
            message,
            vec![
                Suggestion::advice(
                    "Check the dates against your records (a pay stub or tax form helps).",
                ),
                Suggestion::advice("Write them as start – end, like \"Jun 2019 – Mar 2021\"."),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_reversed_and_future_dates() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2021 – 2019\n\n- Ran the register\n\nClerk, Kroger, 2024 – Dec 2027\n\n- Stocked\n";
        let f = resume("dates.reversed-or-future", text);
        assert_eq!(flagged(text, &f), vec!["2021 – 2019", "2024 – Dec 2027"]);
    }

    #[test]
    fn passes_sound_dates() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, Mar 2021 – Present\n\n- Ran the register\n\nClerk, Kroger, 2019 – 2021\n\n- Stocked\n";
        assert!(resume("dates.reversed-or-future", text).is_empty());
    }
}
