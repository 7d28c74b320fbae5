use super::{end_month, is_work_section, month_of};
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::dates::DateEnd;

pub const RULE: Rule = Rule {
    id: "dates.old-experience",
    applies: Applies::Resume,
    severity: Severity::Tip,
    doc: RuleDoc {
        what: "A job that ended more than 15 years ago.",
        why: "Employers mostly care about the last 10–15 years. Older jobs take space, and can invite age bias.",
        example: "Bank Teller, First National, 1998 – 2004",
        better: "Leave it off, or list it under \"Earlier Experience\" without dates if it matters for this job.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let limit = month_of(input.today) - 15 * 12;
    for role in &outline.roles {
        if !is_work_section(outline, role.section) {
            continue;
        }
        let Some(d) = &role.dates else { continue };
        let end = match &d.end {
            Some((DateEnd::Date(end), _)) => end_month(end),
            Some((DateEnd::Ongoing(_), _)) => continue,
            None => end_month(&d.start),
        };
        if end < limit {
            sink.emit(
                d.span.clone(),
                "This job ended over 15 years ago. Employers focus on recent work, so you could shorten or drop it.",
                vec![
                    Suggestion::advice("Drop it if the job you're after doesn't need it."),
                    Suggestion::advice("Or keep one line under \"Earlier Experience\" without dates."),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_jobs_over_fifteen_years_old() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Ran it\n\nTeller, First National, 1998 – 2004\n\n- Counted\n";
        let f = resume("dates.old-experience", text);
        assert_eq!(flagged(text, &f), vec!["1998 – 2004"]);
    }

    #[test]
    fn passes_recent_jobs() {
        let text = "# A B\n\n## Experience\n\nTeller, First National, 2005 – 2019\n\n- Counted\n";
        assert!(resume("dates.old-experience", text).is_empty());
    }
}
