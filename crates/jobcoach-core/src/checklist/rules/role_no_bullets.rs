use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "role.no-bullets",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A job (title, employer, dates) with nothing under it: no bullets and no description.",
        why: "The employer learns you were there, but not what you did or how well. Two or three bullets turn a date into a reason to call.",
        example: "Stock Associate, Walmart, 2019 – 2021",
        better: "Stock Associate, Walmart, 2019 – 2021\n- Restocked 300+ items a shift with zero pricing errors",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for role in &outline.roles {
        if !role.bullets.is_empty() || role.dates.is_none() {
            continue;
        }
        let section = &outline.sections[role.section];
        // A description paragraph right after the header counts as content.
        let next = role.header.end;
        let described = next < section.blocks.end
            && outline.blocks[next..section.blocks.end]
                .iter()
                .take_while(|b| !b.is_heading())
                .next()
                .is_some_and(|b| b.plain.split_whitespace().count() > 12)
            || outline.blocks[role.header.clone()]
                .iter()
                .any(|b| b.plain.split_whitespace().count() > 12);
        if described {
            continue;
        }
        let first = &outline.blocks[role.header.start];
        let what = role.title.as_deref().unwrap_or("this job");
        sink.emit(
            first.span.clone(),
            format!("Tell employers what you did as {}. Two or three bullets are enough.", with_article(what)),
            vec![
                Suggestion::advice("Add 2–3 bullets: what you did, for whom, and one result with a number."),
                Suggestion::advice("Stuck? Think of a busy day there: what did you handle, and what went better because of you?"),
            ],
        );
    }
}

fn with_article(title: &str) -> String {
    if title == "this job" {
        return "this job".to_string();
    }
    let vowel = title
        .chars()
        .next()
        .is_some_and(|c| "AEIOUaeiou".contains(c));
    format!("{} {title}", if vowel { "an" } else { "a" })
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_a_bare_job() {
        let text = "# A B\n\n## Experience\n\nStock Associate, Walmart, 2019 – 2021\n\nCashier, Target, 2017 – 2019\n\n- Trained 4 new cashiers\n";
        let f = resume("role.no-bullets", text);
        assert_eq!(
            flagged(text, &f),
            vec!["Stock Associate, Walmart, 2019 – 2021"]
        );
        assert!(
            f[0].message.contains("a Stock Associate"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn passes_a_described_job() {
        let text = "# A B\n\n## Experience\n\nStock Associate, Walmart, 2019 – 2021\n\nRestocked the grocery aisles each night and kept the back room organized for the morning crew.\n";
        assert!(resume("role.no-bullets", text).is_empty());
    }
}
