use super::PHONE;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "contact.phone-missing",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "No phone number in the contact details at the top (or under a letter's signature).",
        why: "Many employers call to set up an interview, especially for hourly and trade jobs.",
        example: "Maria Delgado\nmaria.delgado@gmail.com",
        better: "Maria Delgado\nmaria.delgado@gmail.com | (555) 123-4567",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let places = outline.contact_places();
    if places.iter().any(|p| PHONE.is_match(p)) {
        return;
    }
    let span = super::document_span(outline);
    if input
        .doc
        .facts
        .header_footer_text
        .iter()
        .any(|t| PHONE.is_match(t))
    {
        return; // contact.in-page-header says so, once.
    }
    let message = "There is no phone number at the top. Many employers call to set up interviews, so add one under your name.";
    sink.emit(
        span,
        message,
        vec![
            Suggestion::advice("Add the phone number you answer most, like (555) 123-4567, next to your email."),
            Suggestion::advice("Make sure the voicemail greeting on that number says your name and sounds professional."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_missing_phone() {
        assert_eq!(
            resume(
                "contact.phone-missing",
                "# Maria Delgado\n\nmaria@example.com\n\n## Skills\n\n- Forklift\n"
            )
            .len(),
            1
        );
    }

    #[test]
    fn accepts_common_phone_forms() {
        for phone in [
            "(555) 123-4567",
            "555-123-4567",
            "555.123.4567",
            "+1 555 123 4567",
            "+44 20 7946 0958",
        ] {
            let text = format!(
                "# Maria Delgado\n\nmaria@example.com | {phone}\n\n## Skills\n\n- Forklift\n"
            );
            assert!(
                resume("contact.phone-missing", &text).is_empty(),
                "{phone} is a phone number"
            );
        }
    }
}
