use super::find_phrase;
use super::letter_company_not_named::employer_key;
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "letter.wrong-company",
    applies: Applies::CoverLetter,
    severity: Severity::Blocker,
    doc: RuleDoc {
        what: "A cover letter that names an employer one of the person's other letters was written for.",
        why: "Reusing a letter is smart; sending Walmart a letter that says \"I'd love to work at Target\" ends the application on the spot.",
        example: "(a letter for Kroger) … I would be proud to join the Target team.",
        better: "… I would be proud to join the Kroger team.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let context = input.context;
    let target = context.target_employer.as_deref().map(employer_key);
    for other in &context.other_letter_employers {
        let key = employer_key(other);
        if key.is_empty() || target.as_deref() == Some(key.as_str()) {
            continue;
        }
        // "Target" inside "target employer" or "on target" is a word, not the company:
        // only capitalised mentions count.
        for block in &input.outline.blocks {
            for range in find_phrase(&block.plain, &key) {
                if !block.plain[range.clone()].starts_with(char::is_uppercase) {
                    continue;
                }
                let span = block.source_range(range);
                let mut suggestions = Vec::new();
                if let Some(t) = &context.target_employer {
                    suggestions.push(Suggestion::edit(
                        format!("Change to \"{t}\""),
                        span.clone(),
                        t.clone(),
                        Applicability::Review,
                    ));
                }
                suggestions.push(Suggestion::advice(
                    "Read the whole letter once more for other details from the earlier one.",
                ));
                sink.emit(
                    span,
                    format!("This letter names {other}, from another of your letters. Make sure it only talks about the employer you're sending it to."),
                    suggestions,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::checklist::Context;

    fn ctx() -> Context {
        Context {
            target_employer: Some("Kroger".into()),
            other_letter_employers: vec!["Target Corporation".into()],
            ..Context::default()
        }
    }

    #[test]
    fn flags_the_other_employer_and_offers_the_right_one() {
        let text = "Dear Hiring Manager,\n\nI would be proud to join the Target team.\n\nSincerely,\\\nMaria Delgado\n";
        let f = letter_with("letter.wrong-company", text, &ctx());
        assert_eq!(flagged(text, &f), vec!["Target"]);
        assert!(apply_first_edit(text, &f[0]).contains("join the Kroger team"));
    }

    #[test]
    fn passes_the_common_word() {
        let text = "Dear Hiring Manager,\n\nI hit every target at Kroger's rival.\n\nSincerely,\\\nMaria Delgado\n";
        assert!(letter_with("letter.wrong-company", text, &ctx()).is_empty());
    }
}
