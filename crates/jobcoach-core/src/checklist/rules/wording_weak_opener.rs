use super::{match_case, words};
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "wording.weak-opener",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "Bullets that open with a duty instead of an action: \"Responsible for\", \"Duties included\", \"Worked on\", \"Helped with\", \"Assisted with\", \"Tasked with\", \"In charge of\".",
        why: "A strong verb says what you did; \"responsible for\" only says what you were supposed to do.",
        example: "- Responsible for training new cashiers",
        better: "- Trained 12 new cashiers in their first month",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let lexicon = input.lexicon;
    let extra: Vec<(String, Vec<String>)> = input
        .profile
        .extra_weak_openers
        .iter()
        .map(|p| {
            (
                p.to_lowercase(),
                vec![
                    "Led".to_string(),
                    "Managed".to_string(),
                    "Completed".to_string(),
                ],
            )
        })
        .collect();
    for block in input.outline.blocks.iter().filter(|b| b.is_list_item()) {
        let lower = block.plain.to_lowercase();
        let Some((phrase, verbs)) =
            lexicon
                .weak_openers
                .iter()
                .chain(extra.iter())
                .find(|(p, _)| {
                    lower.starts_with(p.as_str())
                        && !lower[p.len()..].starts_with(char::is_alphanumeric)
                })
        else {
            continue;
        };
        let original = &block.plain[..phrase.len()];
        let span = block.source_range(0..phrase.len());
        let mut suggestions = Vec::new();
        // "Responsible for training ..." -> "Trained ...": the -ing word becomes the verb.
        let rest_words = words(&block.plain[phrase.len()..]);
        if let Some((range, next)) = rest_words.first() {
            if let Some(past) = past_tense_of_gerund(next, |w| lexicon.knows(w, &[])) {
                let end = phrase.len() + range.end;
                suggestions.push(Suggestion::edit(
                    format!("Start with \"{}\"", match_case(original, &past)),
                    block.source_range(0..end),
                    match_case(original, &past),
                    Applicability::Review,
                ));
            }
        }
        for verb in verbs {
            suggestions.push(Suggestion::edit(
                format!("Start with \"{verb}\""),
                span.clone(),
                match_case(original, verb),
                Applicability::Review,
            ));
        }
        sink.emit(
            span,
            format!(
                "\"{original}\" describes a duty. Start with a strong verb that says what you did."
            ),
            suggestions,
        );
    }
}

/// "training" -> "trained", "managing" -> "managed", "running" -> "ran". Only forms the
/// dictionary knows are offered.
fn past_tense_of_gerund(word: &str, known: impl Fn(&str) -> bool) -> Option<String> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("running", "ran"),
        ("making", "made"),
        ("leading", "led"),
        ("building", "built"),
        ("teaching", "taught"),
        ("selling", "sold"),
        ("writing", "wrote"),
        ("keeping", "kept"),
        ("buying", "bought"),
        ("driving", "drove"),
        ("giving", "gave"),
        ("taking", "took"),
        ("bringing", "brought"),
        ("holding", "held"),
        ("meeting", "met"),
        ("setting", "set"),
        ("sending", "sent"),
        ("spending", "spent"),
        ("finding", "found"),
        ("overseeing", "oversaw"),
    ];
    let lower = word.to_lowercase();
    if let Some((_, past)) = IRREGULAR.iter().find(|(g, _)| *g == lower) {
        return Some(past.to_string());
    }
    let stem = lower.strip_suffix("ing")?;
    if stem.len() < 2 {
        return None;
    }
    let bytes = stem.as_bytes();
    let doubled = bytes.len() >= 2 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2];
    let mut candidates = vec![
        format!("{stem}ed"),
        format!("{stem}ed").replacen("yed", "ied", 0),
    ];
    candidates.push(format!("{stem}d"));
    if doubled {
        candidates.insert(0, format!("{}ed", &stem[..stem.len() - 1]));
        candidates.push(format!("{stem}ed"));
    }
    if stem.ends_with('e') {
        candidates.insert(0, format!("{stem}d"));
    }
    // "managing" -> "manag" + "ed"; "creating" -> "creat" + "ed"; "shipping" -> "shipped".
    candidates.into_iter().find(|c| known(c) && c != &lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::testing::*;

    #[test]
    fn flags_duties_and_offers_verbs() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Responsible for training new cashiers\n- Helped with inventory counts\n";
        let f = resume("wording.weak-opener", text);
        assert_eq!(flagged(text, &f), vec!["Responsible for", "Helped with"]);
        assert_eq!(
            f[0].suggestions[0].label, "Start with \"Trained\"",
            "the -ing word becomes the verb"
        );
        assert!(apply_first_edit(text, &f[0]).contains("- Trained new cashiers"));
        assert!(
            f[1].suggestions.len() >= 3,
            "several strong verbs to choose from"
        );
    }

    #[test]
    fn strong_verbs_pass() {
        for bullet in [
            "Led a team of six",
            "Built the schedule",
            "Trained 12 cashiers",
            "Helpdesk tickets closed: 40 a week",
        ] {
            let text = format!("# A B\n\n## Experience\n\n- {bullet}\n");
            assert!(
                resume("wording.weak-opener", &text).is_empty(),
                "{bullet} is not a weak opener"
            );
        }
    }

    #[test]
    fn gerunds_become_past_tense() {
        let c = checklist();
        let known = |w: &str| c.lexicon.knows(w, &[]);
        assert_eq!(
            past_tense_of_gerund("managing", known).as_deref(),
            Some("managed")
        );
        assert_eq!(
            past_tense_of_gerund("shipping", known).as_deref(),
            Some("shipped")
        );
        assert_eq!(
            past_tense_of_gerund("running", known).as_deref(),
            Some("ran")
        );
        assert_eq!(past_tense_of_gerund("inventory", known), None);
    }
}
