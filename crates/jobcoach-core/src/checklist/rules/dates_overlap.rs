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
    let months: Vec<(i32, i32)> = roles.iter().map(|r| r.2).collect();
    for ((role, d, _), clash) in roles.iter().zip(clashes(&months)) {
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

/// For each role's (start, end) months, whether an earlier role overlaps it by two months or
/// more: `min(e, e2) - max(s, s2) >= 2`, which is each end at least two months after each
/// start. So the question is whether, of the earlier roles of two months or more that start
/// by `e - 2`, the one that ends last ends by `s + 2` or later: a running maximum over the
/// starts (a Fenwick tree) answers it in log time, where comparing every pair was quadratic
/// in the number of roles.
fn clashes(months: &[(i32, i32)]) -> Vec<bool> {
    let mut starts: Vec<i32> = months.iter().map(|m| m.0).collect();
    starts.sort_unstable();
    starts.dedup();
    // 1-based: tree[i] holds the latest end among the roles inserted in its block of starts.
    let mut tree = vec![i32::MIN; starts.len() + 1];
    months
        .iter()
        .map(|&(s, e)| {
            let long = e - s >= 2;
            let mut latest = i32::MIN;
            let mut i = starts.partition_point(|&k| k <= e - 2);
            while i > 0 {
                latest = latest.max(tree[i]);
                i &= i - 1;
            }
            if long {
                let mut i = starts.partition_point(|&k| k < s) + 1;
                while i < tree.len() {
                    tree[i] = tree[i].max(e);
                    i += i & i.wrapping_neg();
                }
            }
            long && latest >= s + 2
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn clashes_are_those_of_every_pair() {
        // Pseudo-random roles (a fixed linear congruential sequence), many of them
        // touching, nested and a month apart.
        let mut seed: u32 = 7;
        let mut next = |n: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            ((seed >> 8) % n) as i32
        };
        let months: Vec<(i32, i32)> = (0..300)
            .map(|_| {
                let s = 24_000 + next(120);
                (s, s + next(30))
            })
            .collect();
        let pairs: Vec<bool> = (0..months.len())
            .map(|i| {
                let (s, e) = months[i];
                months[..i]
                    .iter()
                    .any(|&(s2, e2)| e.min(e2) - s.max(s2) >= 2)
            })
            .collect();
        assert_eq!(super::clashes(&months), pairs);
        assert!(pairs.iter().any(|&c| c) && !pairs.iter().all(|&c| c));
    }

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
