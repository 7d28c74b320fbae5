use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "letter.generic-salutation",
    applies: Applies::CoverLetter,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A letter that opens \"To Whom It May Concern\", \"Dear Sir or Madam\" or \"Dear Sir\".",
        why: "These openings read as old-fashioned form letters; a name, or at least the team, shows you took the time.",
        example: "To Whom It May Concern:",
        better: "Dear Ms. Lopez, (or: Dear Hiring Manager,)",
    },
    check,
};

const GENERIC: &[&str] = &[
    "to whom it may concern",
    "dear sir or madam",
    "dear sir/madam",
    "dear madam or sir",
    "dear sirs",
    "dear sir",
    "dear madam",
];

fn check(input: &Input, sink: &mut Sink) {
    let Some(i) = input.outline.letter.salutation else {
        return;
    };
    let block = &input.outline.blocks[i];
    let line = block.plain.lines().next().unwrap_or("");
    let lower = line.to_lowercase();
    let Some(phrase) = GENERIC.iter().find(|g| lower.starts_with(*g)) else {
        return;
    };
    // Replace the greeting and its punctuation, keeping anything after it on the line.
    let end = phrase.len()
        + lower[phrase.len()..]
            .chars()
            .take_while(|c| matches!(c, ',' | ':' | ' '))
            .count();
    let span = block.source_range(0..end.min(line.len()));
    let mut suggestions = Vec::new();
    if let Some(name) = &input.context.recipient_name {
        suggestions.push(Suggestion::edit(
            format!("Use \"Dear {name},\""),
            span.clone(),
            format!("Dear {name},"),
            Applicability::Review,
        ));
    }
    suggestions.push(Suggestion::edit(
        "Use \"Dear Hiring Manager,\"",
        span.clone(),
        "Dear Hiring Manager,",
        Applicability::Review,
    ));
    if let Some(employer) = &input.context.target_employer {
        suggestions.push(Suggestion::edit(
            format!("Use \"Dear {employer} Hiring Team,\""),
            span.clone(),
            format!("Dear {employer} Hiring Team,"),
            Applicability::Review,
        ));
    }
    suggestions.push(Suggestion::advice(
        "Look for the hiring manager's name in the job posting or on LinkedIn, or call the front desk and ask.",
    ));
    sink.emit(
        span,
        format!("\"{}\" sounds like a form letter. A name, or at least the team, shows you took the time.", line.trim_end_matches([',', ':'])),
        suggestions,
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::checklist::Context;
    use crate::document::DocumentKind;

    #[test]
    fn flags_generic_openings_and_offers_names() {
        let text = "Maria Delgado\n\nTo Whom It May Concern:\n\nI am applying for the cashier job.\n\nSincerely,\\\nMaria Delgado\n";
        let context = Context {
            target_employer: Some("Target".into()),
            recipient_name: Some("Ms. Lopez".into()),
            ..Context::default()
        };
        let f = run(
            "letter.generic-salutation",
            text,
            Some(DocumentKind::CoverLetter),
            &context,
        );
        assert_eq!(f.len(), 1);
        let labels: Vec<_> = f[0].suggestions.iter().map(|s| s.label.as_str()).collect();
        assert!(
            labels.iter().any(|l| l.contains("Ms. Lopez")),
            "the recorded contact is offered first: {labels:?}"
        );
        assert!(
            labels.iter().any(|l| l.contains("Target Hiring Team")),
            "and the team: {labels:?}"
        );
        let fixed = apply_first_edit(text, &f[0]);
        assert!(
            fixed.contains("\n\nDear Ms. Lopez,\n\nI am"),
            "the greeting is replaced whole: {fixed}"
        );
    }

    #[test]
    fn a_named_greeting_passes() {
        assert!(letter(
            "letter.generic-salutation",
            "Dear Ms. Lopez,\n\nI am applying.\n\nSincerely,\\\nMaria\n"
        )
        .is_empty());
        assert!(letter(
            "letter.generic-salutation",
            "Dear Hiring Manager,\n\nI am applying.\n"
        )
        .is_empty());
    }
}
