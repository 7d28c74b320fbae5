use super::{first_word, role_bullets};
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "wording.no-action-verb",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A job bullet that doesn't open with an action verb (\"Customer service for 200 guests\", \"The daily deposits\").",
        why: "A verb first makes each bullet an accomplishment: it says what you did. Employers skim the first word of every line.",
        example: "- Customer service for 200 guests a day",
        better: "- Served 200 guests a day at a busy front counter",
    },
    check,
};

/// Words that are verbs but the list of action verbs doesn't need: short, common ones.
const ALSO_VERBS: &[&str] = &[
    "did", "made", "got", "went", "gave", "put", "met", "won", "sat", "fed", "paid", "saw",
];

fn check(input: &Input, sink: &mut Sink) {
    let lexicon = input.lexicon;
    let weak: Vec<&str> = lexicon
        .weak_openers
        .iter()
        .map(|(p, _)| p.as_str())
        .collect();
    for (_, block) in role_bullets(input.outline) {
        let Some((range, word)) = first_word(&block.plain) else {
            continue;
        };
        // "Insert your accomplishment here" is template text, reported as such.
        let placeholders =
            super::template_placeholder_left::placeholder_ranges(input, &block.plain);
        if placeholders
            .iter()
            .any(|p| p.start <= range.start && range.end <= p.end)
        {
            continue;
        }
        let lower = word.to_lowercase();
        let plain_lower = block.plain.to_lowercase();
        // Weak openers and first person have their own, more useful findings.
        if weak.iter().any(|p| plain_lower.starts_with(p))
            || ["i", "my", "we", "our", "me"].contains(&lower.as_str())
        {
            continue;
        }
        let is_verb = lexicon.verb(word).is_some()
            || ALSO_VERBS.contains(&lower.as_str())
            || (lower.len() > 4 && lower.ends_with("ed") && lexicon.knows(word, &[]))
            || (lower.ends_with("ing") && lower.len() > 5)
            || word.chars().next().is_some_and(|c| c.is_ascii_digit());
        // "Successfully scheduled…": the adverb is wording.vague's finding.
        let adverb_then_verb = lower.ends_with("ly")
            && super::words(&block.plain)
                .get(1)
                .is_some_and(|(_, next)| lexicon.verb(next).is_some());
        if adverb_then_verb {
            continue;
        }
        // A misspelled word is spelling.unknown-word's finding; two findings would crowd it.
        if is_verb || !lexicon.knows(word, &input.profile.extra_words) {
            continue;
        }
        sink.emit(
            block.source_range(range),
            "Start this bullet with an action verb, so it says what you did.",
            vec![
                Suggestion::advice("Begin with a verb like Served, Handled, Built, Kept or Trained, then what you did and a result."),
                Suggestion::advice(format!("For example: \"Handled {}…\"", first_words(&block.plain))),
            ],
        );
    }
}

fn first_words(plain: &str) -> String {
    let mut s: String = plain
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(first) = s.get(..1) {
        if first.chars().all(char::is_uppercase)
            && !s
                .split_whitespace()
                .next()
                .is_some_and(|w| w.len() > 1 && w.chars().all(char::is_uppercase))
        {
            s = first.to_lowercase() + &s[1..];
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_bullets_without_a_verb() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – 2021\n\n- Customer service for 200 guests a day\n- Trained 4 new cashiers\n- Front counter deposits and drawer counts\n";
        let f = resume("wording.no-action-verb", text);
        assert_eq!(flagged(text, &f), vec!["Customer", "Front"]);
    }

    #[test]
    fn passes_verbs_in_any_tense() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Train new cashiers\n- Organized the stock room\n- Ran the register\n- Cross-trained in receiving\n- Greeting 300 guests a shift\n";
        assert!(resume("wording.no-action-verb", text).is_empty());
    }
}
