use super::{month_of, start_month};
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::dates::{DateEnd, DateMention, PartialDate};
use crate::outline::SectionKind;

pub const RULE: Rule = Rule {
    id: "dates.overlap",
    applies: Applies::Resume,
    severity: Severity::Tip,
    doc: RuleDoc {
        what: "Two jobs in the experience section whose dates overlap by more than a month.",
        why: "Holding two jobs at once shows drive, but a reader may think it's a mistake. Saying \"part-time\" makes it clear.",
        example: "Cashier, Target, 2019 – Present; Server, Denny's, 2020 – 2022",
        better: "Server (part-time), Denny's, 2020 – 2022",
    },
    check,
};

/// The months a role surely covers: a bare year starts in December and ends in January,
/// so "2017 – 2020" and "2020 – Present" do not overlap (the change happened in 2020).
fn certain_months(d: &DateMention, today: jiff::civil::Date) -> (i32, i32) {
    let late_start = |p: &PartialDate| start_month(p) + if p.month.is_none() { 11 } else { 0 };
    let start = late_start(&d.start);
    let end = match &d.end {
        Some((DateEnd::Date(e), _)) => start_month(e),
        Some((DateEnd::Ongoing(_), _)) => month_of(today),
        None => start_month(&d.start),
    };
    (start, end.max(start))
}

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let roles: Vec<_> = outline
        .roles
        .iter()
        .filter(|r| outline.sections[r.section].kind == Some(SectionKind::Experience))
        .filter_map(|r| {
            r.dates
                .as_ref()
                .map(|d| (r, d, certain_months(d, input.today)))
        })
        .collect();
    for (i, (role, d, (s, e))) in roles.iter().enumerate() {
        let clash = roles[..i].iter().any(|(_, _, (s2, e2))| {
            let overlap = e.min(e2) - s.max(s2);
            overlap >= 2
        });
        let header: String = outline.blocks[role.header.clone()]
            .iter()
            .map(|b| b.plain.to_lowercase())
            .collect();
        if clash
            && !header.contains("part-time")
            && !header.contains("part time")
            && !header.contains("seasonal")
        {
            sink.emit(
                d.span.clone(),
                "These dates overlap with another job. If you worked both at once, say so, so no one thinks it's a mistake.",
                vec![
                    Suggestion::advice("Add \"(part-time)\" or \"(seasonal)\" after the job title."),
                    Suggestion::advice("Or check the dates: one may have ended earlier than written."),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_overlapping_jobs() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Ran the register\n\nServer, Denny's, 2020 – 2022\n\n- Served\n";
        let f = resume("dates.overlap", text);
        assert_eq!(flagged(text, &f), vec!["2020 – 2022"]);
    }

    #[test]
    fn passes_a_shared_year() {
        let text = "# A B\n\n## Experience\n\nOperator, Amazon, 2020 - Present\n\n- Loaded\n\nAssociate, Sysco, 2017 - 2020\n\n- Picked\n";
        assert!(resume("dates.overlap", text).is_empty());
    }

    #[test]
    fn passes_marked_part_time_and_shared_months() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, Mar 2019 – Present\n\n- Ran the register\n\nServer (part-time), Denny's, 2020 – 2022\n\n- Served\n\nClerk, Kroger, Jan 2017 – Mar 2019\n\n- Stocked\n";
        assert!(resume("dates.overlap", text).is_empty());
    }
}
