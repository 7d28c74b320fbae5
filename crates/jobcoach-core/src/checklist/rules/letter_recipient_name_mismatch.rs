use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "letter.recipient-name-mismatch",
    applies: Applies::CoverLetter,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A salutation addressed to someone other than the recorded contact (\"Dear Mr. Smith\" when the letter is for Ms. Lopez).",
        why: "Getting the reader's name wrong is the first thing they notice, and it suggests the letter was written for someone else.",
        example: "(letter for Ana Lopez) Dear Mr. Smith,",
        better: "Dear Ms. Lopez,",
    },
    check,
};

const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "mx", "prof", "professor"];

fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic() && c != '-' && c != '\'')
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !TITLES.contains(&w.as_str()) && w != "dear")
        .collect()
}

fn check(input: &Input, sink: &mut Sink) {
    let Some(recipient) = input
        .context
        .recipient_name
        .as_deref()
        .filter(|r| !r.trim().is_empty())
    else {
        return;
    };
    let outline = input.outline;
    let Some(s) = outline.letter.salutation else {
        return;
    };
    let block = &outline.blocks[s];
    let line = block.plain.lines().next().unwrap_or("");
    let lower = line.to_lowercase();
    if !lower.starts_with("dear ") {
        return;
    }
    let greeted = name_words(line.trim_end_matches([',', ':']));
    // Generic greetings are letter.generic-salutation's finding.
    if greeted.is_empty()
        || [
            "hiring",
            "sir",
            "madam",
            "team",
            "recruiter",
            "recruiting",
            "manager",
        ]
        .iter()
        .any(|g| greeted.iter().any(|w| w == g))
    {
        return;
    }
    let wanted = name_words(recipient);
    if greeted.iter().any(|w| wanted.contains(w)) {
        return;
    }
    let last = recipient.split_whitespace().last().unwrap_or(recipient);
    let span = block.source_range(0..line.trim_end().len());
    sink.emit(
        span.clone(),
        format!("This letter is for {recipient}, but it greets someone else. Check the name before you send it."),
        vec![
            Suggestion::edit(format!("Use \"Dear {recipient},\""), span.clone(), format!("Dear {recipient},"), Applicability::Review),
            Suggestion::advice(format!("Or \"Dear Mr./Ms. {last},\", whichever they use.")),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::checklist::Context;

    fn ctx() -> Context {
        Context {
            recipient_name: Some("Ana Lopez".into()),
            ..Context::default()
        }
    }

    #[test]
    fn flags_the_wrong_name() {
        let text = "Dear Mr. Smith,\n\nI am applying.\n\nSincerely,\\\nMaria Delgado\n";
        let f = letter_with("letter.recipient-name-mismatch", text, &ctx());
        assert_eq!(flagged(text, &f), vec!["Dear Mr. Smith,"]);
        assert!(apply_first_edit(text, &f[0]).starts_with("Dear Ana Lopez,"));
    }

    #[test]
    fn passes_the_right_name_or_a_generic_greeting() {
        for s in ["Dear Ms. Lopez,", "Dear Ana Lopez:", "Dear Hiring Manager,"] {
            let text = format!("{s}\n\nI am applying.\n\nSincerely,\\\nMaria Delgado\n");
            assert!(
                letter_with("letter.recipient-name-mismatch", &text, &ctx()).is_empty(),
                "{s}"
            );
        }
    }
}
