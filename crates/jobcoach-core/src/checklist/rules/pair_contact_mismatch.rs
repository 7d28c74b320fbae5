use crate::checklist::{Applies, ContactDetails, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "pair.contact-mismatch",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A name, email or phone number that differs between a person's resume and cover letter.",
        why: "An employer who calls the number on the letter and reaches someone else, or sees two emails, may not try again.",
        example: "Resume: (555) 123-4567; letter: (555) 987-6543",
        better: "The same current name, email and phone on every document.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let others = &input.context.other_documents;
    if others.is_empty() {
        return;
    }
    let mine = ContactDetails::of(input.outline);
    let span = super::document_span(input.outline);
    let mut lines: Vec<String> = Vec::new();
    let mut titles: Vec<String> = Vec::new();
    for other in others {
        let theirs = &other.contact;
        let mut differs = Vec::new();
        if let (Some(a), Some(b)) = (&mine.name, &theirs.name) {
            if !a.eq_ignore_ascii_case(b) {
                differs.push(format!("name (\"{a}\" here, \"{b}\" there)"));
            }
        }
        if !mine.emails.is_empty()
            && !theirs.emails.is_empty()
            && !mine.emails.iter().any(|e| theirs.emails.contains(e))
        {
            differs.push(format!(
                "email ({} here, {} there)",
                mine.emails[0], theirs.emails[0]
            ));
        }
        if !mine.phones.is_empty()
            && !theirs.phones.is_empty()
            && !mine.phones.iter().any(|p| theirs.phones.contains(p))
        {
            differs.push("phone number".to_string());
        }
        if differs.is_empty() {
            continue;
        }
        lines.push(format!(
            "Your {} differs from \"{}\".",
            differs.join(", "),
            other.title
        ));
        titles.push(format!("\"{}\"", other.title));
    }
    if lines.is_empty() {
        return;
    }
    // One finding for the document (one fingerprint), naming each document that differs.
    sink.emit(
        span,
        format!(
            "{} Use the same details on every document so employers reach you.",
            lines.join(" ")
        ),
        vec![
            Suggestion::advice("Pick the email and phone you check most and use them everywhere."),
            Suggestion::advice(format!("Then update {} to match.", titles.join(" and "))),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::checklist::{ContactDetails, Context, OtherDocument};

    fn ctx() -> Context {
        Context {
            other_documents: vec![OtherDocument {
                title: "Resume".into(),
                contact: ContactDetails {
                    name: Some("Maria Delgado".into()),
                    emails: vec!["maria.delgado@gmail.com".into()],
                    phones: vec!["5551234567".into()],
                },
            }],
            ..Context::default()
        }
    }

    #[test]
    fn flags_a_different_phone() {
        let text = "Maria Delgado\\\nmaria.delgado@gmail.com | (555) 987-6543\n\nDear Ms. Lopez,\n\nI am applying.\n\nSincerely,\\\nMaria Delgado\n";
        let f = letter_with("pair.contact-mismatch", text, &ctx());
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("phone number"), "{}", f[0].message);
    }

    #[test]
    fn passes_matching_details_in_any_format() {
        let text = "Maria Delgado\\\nMaria.Delgado@gmail.com | 555.123.4567\n\nDear Ms. Lopez,\n\nI am applying.\n\nSincerely,\\\nMaria Delgado\n";
        assert!(letter_with("pair.contact-mismatch", text, &ctx()).is_empty());
    }
}
