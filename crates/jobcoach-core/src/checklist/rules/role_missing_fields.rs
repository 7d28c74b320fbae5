use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::SectionKind;

pub const RULE: Rule = Rule {
    id: "role.missing-fields",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A job in the experience section without a job title, an employer, or dates.",
        why: "Employers scan each job for those three things first. A missing one reads as something hidden.",
        example: "Walmart\n- Restocked shelves",
        better: "Stock Associate, Walmart, Dayton, OH | 2019 – 2021\n- Restocked shelves",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for role in &outline.roles {
        if outline.sections[role.section].kind != Some(SectionKind::Experience) {
            continue;
        }
        let mut missing = Vec::new();
        if role.title.is_none() {
            missing.push("job title");
        }
        if role.employer.is_none() {
            missing.push("employer");
        }
        // Dates written so they can't be read are dates.unreadable's finding.
        let unreadable = outline.blocks[role.header.clone()]
            .iter()
            .any(|b| super::dates_unreadable::UNREADABLE.is_match(&b.plain));
        if role.dates.is_none() && !unreadable {
            missing.push("dates");
        }
        if missing.is_empty() || role.header.is_empty() {
            continue;
        }
        let list = match missing.as_slice() {
            [one] => one.to_string(),
            [a, b] => format!("{a} and {b}"),
            _ => "job title, employer and dates".to_string(),
        };
        let first = &outline.blocks[role.header.start];
        sink.emit(
            first.span.clone(),
            format!("Add the {list} for this job. Employers look for title, employer and dates on every job."),
            vec![
                Suggestion::advice("Write it as: Job Title, Employer, City, ST | Month Year – Month Year."),
                Suggestion::advice("Not sure of exact dates? Years alone (2019 – 2021) are fine."),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn names_what_is_missing() {
        let text = "# A B\n\n## Experience\n\nWalmart\n\n- Restocked shelves\n";
        let f = resume("role.missing-fields", text);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("dates"), "{}", f[0].message);
    }

    #[test]
    fn passes_a_complete_job() {
        let text = "# A B\n\n## Experience\n\nStock Associate, Walmart, 2019 – 2021\n\n- Restocked shelves\n\n**Cashier** | Target | Jan 2017 – Dec 2018\n\n- Ran the register\n";
        assert!(resume("role.missing-fields", text).is_empty());
    }
}
