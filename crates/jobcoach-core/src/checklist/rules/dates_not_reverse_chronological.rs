use super::{is_work_section, role_months};
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "dates.not-reverse-chronological",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "Jobs in a section that are not listed newest first.",
        why: "Employers read the top job as your most recent one. Out of order, your latest experience can be missed.",
        example: "Clerk, 2015 – 2017, then Cashier, 2019 – Present",
        better: "Cashier, 2019 – Present, then Clerk, 2015 – 2017",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for (si, _) in outline.sections.iter().enumerate() {
        if !is_work_section(outline, si) {
            continue;
        }
        let dated: Vec<_> = outline
            .roles
            .iter()
            .filter(|r| r.section == si)
            .filter_map(|r| r.dates.as_ref().map(|d| (r, d)))
            .collect();
        for pair in dated.windows(2) {
            let (_, above) = pair[0];
            let (role, below) = pair[1];
            let (a_start, a_end) = role_months(above, input.today);
            let (b_start, b_end) = role_months(below, input.today);
            // A job that ends before it starts is dates.reversed-or-future's finding; its
            // order can't be judged until the typo is fixed.
            if a_end < a_start || b_end < b_start {
                continue;
            }
            if (b_end, b_start) > (a_end, a_start) {
                let what = role.title.as_deref().unwrap_or("This job");
                sink.emit(
                    below.span.clone(),
                    format!("{what} is more recent than the job above it. List your jobs newest first."),
                    vec![
                        Suggestion::advice("Move this job above the older one."),
                        Suggestion::advice("Newest first is what employers expect, so they see your latest work right away."),
                    ],
                );
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_an_older_job_on_top() {
        let text = "# A B\n\n## Experience\n\nClerk, Kroger, 2015 – 2017\n\n- Stocked\n\nCashier, Target, 2019 – Present\n\n- Ran the register\n";
        let f = resume("dates.not-reverse-chronological", text);
        assert_eq!(flagged(text, &f), vec!["2019 – Present"]);
    }

    #[test]
    fn passes_newest_first() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Ran the register\n\nClerk, Kroger, 2015 – 2019\n\n- Stocked\n";
        assert!(resume("dates.not-reverse-chronological", text).is_empty());
    }
}
