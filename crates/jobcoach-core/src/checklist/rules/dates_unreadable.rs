use super::is_work_section;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use regex::Regex;
use std::sync::LazyLock;

/// Date-like text the date reader cannot place: two-digit years ("Jan '19", "6/19"),
/// full dates with days ("03/15/2020"), and months over 12 ("13/2020").
pub(crate) static UNREADABLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*'\d{2}\b|'\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}/\d{2}\b|\b(?:0?0|1[3-9]|[2-9]\d)/(?:19|20)\d\d\b")
        .expect("valid")
});

pub const RULE: Rule = Rule {
    id: "dates.unreadable",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "Job dates written in a way a job site can't read: two-digit years (\"Jan '19\", \"6/19\"), full dates with days, or a month over 12.",
        why: "Job sites work out how long you held each job from the dates. If they can't read them, your experience may count as zero.",
        example: "Cashier, Target, 6/19 – 3/21",
        better: "Cashier, Target, Jun 2019 – Mar 2021",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let dated = crate::text::Cover::new(outline.dates.iter().map(|d| d.span.clone()));
    for role in &outline.roles {
        if !is_work_section(outline, role.section) {
            continue;
        }
        for block in &outline.blocks[role.header.clone()] {
            for m in UNREADABLE.find_iter(&block.plain) {
                let span = block.source_range(m.range());
                if dated.covers(&span) && !m.as_str().contains('\'') {
                    continue;
                }
                sink.emit(
                    span,
                    format!("Job sites may not read \"{}\" as a date. Write the month and the full year.", m.as_str()),
                    vec![
                        Suggestion::advice("Use a month name and four-digit year, like \"Jun 2019 – Mar 2021\"."),
                        Suggestion::advice("Or years alone, like \"2019 – 2021\", if you're unsure of the months."),
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
    fn flags_short_years_and_full_dates() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 6/19 – 3/21\n\n- Ran the register\n\nClerk, Kroger, Jan '16 – Dec '18\n\n- Stocked\n\nAide, Home Care, 03/15/2014 – 2015\n\n- Cared\n";
        let f = resume("dates.unreadable", text);
        assert_eq!(
            flagged(text, &f),
            vec!["6/19", "3/21", "Jan '16", "Dec '18", "03/15/2014"]
        );
    }

    #[test]
    fn passes_readable_dates_and_numbers_in_bullets() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 06/2019 – Present\n\n- Served 24/7 customers, 3/4 of them regulars\n";
        assert!(resume("dates.unreadable", text).is_empty());
    }
}
