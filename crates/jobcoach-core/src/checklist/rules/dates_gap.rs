use super::{is_work_section, months_phrase, role_months};
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "dates.gap",
    applies: Applies::Resume,
    severity: Severity::Tip,
    doc: RuleDoc {
        what: "More than six months between one job's end and the next one's start (counting volunteer work).",
        why: "Gaps are common and nothing to hide, but employers may ask. It helps to have a short, honest answer ready, or to show what filled the time.",
        example: "Clerk, 2015 – Mar 2017; Cashier, Jun 2019 – Present",
        better: "Add \"Caregiver for a family member, 2017 – 2019\", or prepare one sentence for the interview.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let mut spans: Vec<(i32, i32, std::ops::Range<usize>)> = outline
        .roles
        .iter()
        .filter(|r| is_work_section(outline, r.section))
        .filter_map(|r| r.dates.as_ref())
        .map(|d| {
            let (s, e) = role_months(d, input.today);
            (s, e, d.span.clone())
        })
        .collect();
    spans.sort_by_key(|s| s.0);
    let mut covered_to: Option<i32> = None;
    for (start, end, span) in spans {
        if let Some(to) = covered_to {
            let gap = start - to - 1;
            if gap > 6 {
                sink.emit(
                    span.clone(),
                    format!("There are about {} between this job and the one before. That's common; have a short answer ready in case an employer asks.", months_phrase(gap)),
                    vec![
                        Suggestion::advice("If you studied, volunteered, cared for family or freelanced then, you can list it."),
                        Suggestion::advice("Practise one honest sentence about the time, then turn to why you're ready now."),
                    ],
                );
            }
        }
        covered_to = Some(covered_to.map_or(end, |c| c.max(end)));
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_a_long_gap() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, Jun 2019 – Present\n\n- Ran the register\n\nClerk, Kroger, Jan 2015 – Mar 2017\n\n- Stocked\n";
        let f = resume("dates.gap", text);
        assert_eq!(flagged(text, &f), vec!["Jun 2019 – Present"]);
        assert!(
            f[0].message.contains("2 years and 2 months"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn passes_back_to_back_jobs() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Ran the register\n\nClerk, Kroger, 2015 – 2018\n\n- Stocked\n";
        assert!(resume("dates.gap", text).is_empty());
    }
}
