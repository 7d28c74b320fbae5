use super::role_bullets;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "impact.unquantified",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "Fewer than 4 in 10 job bullets carry a number: a count, a percent, a dollar amount, a time.",
        why: "Numbers make a claim real: \"served 200 guests a day\" paints a picture \"served guests\" can't. Employers remember them.",
        example: "- Served guests\n- Trained new staff\n- Kept the store clean",
        better: "- Served 200 guests a day\n- Trained 6 new staff in their first month\n- Kept the store clean",
    },
    check,
};

const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozen",
    "dozens",
    "million",
    "double",
    "doubled",
    "half",
    "daily",
    "weekly",
];

fn has_number(plain: &str) -> bool {
    plain.chars().any(|c| c.is_ascii_digit())
        || super::words(plain)
            .iter()
            .any(|(_, w)| NUMBER_WORDS.contains(&w.to_lowercase().as_str()))
}

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let bullets: Vec<_> = role_bullets(outline).map(|(_, b)| b).collect();
    // Too few bullets to judge a share.
    if bullets.len() < 4 {
        return;
    }
    let with = bullets.iter().filter(|b| has_number(&b.plain)).count();
    if with * 10 >= bullets.len() * 4 {
        return;
    }
    let heading = outline
        .roles
        .first()
        .and_then(|r| outline.sections[r.section].heading)
        .map_or(bullets[0].span.clone(), |h| outline.blocks[h].span.clone());
    sink.emit(
        heading,
        format!("{with} of your {} job bullets have a number. Adding a few (how many, how often, how much) makes them stick.", bullets.len()),
        vec![
            Suggestion::advice("For each job, add a number to two bullets: people served, items handled, hours, dollars, or how much something improved."),
            Suggestion::advice("Estimates are fine if they're honest: \"about 40 calls a day\"."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_few_numbers() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – 2021\n\n- Served guests\n- Trained new staff\n- Kept the store clean\n- Counted the drawer\n- Helped 30 guests a day\n";
        let f = resume("impact.unquantified", text);
        assert_eq!(flagged(text, &f), vec!["Experience"]);
        assert!(f[0].message.starts_with("1 of your 5"));
    }

    #[test]
    fn passes_with_enough_numbers() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – 2021\n\n- Served 200 guests a day\n- Trained six new staff\n- Kept the store clean\n- Counted the drawer\n";
        assert!(resume("impact.unquantified", text).is_empty());
    }
}
