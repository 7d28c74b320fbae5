use super::EMAIL;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "contact.email-missing",
    applies: Applies::Both,
    severity: Severity::Blocker,
    doc: RuleDoc {
        what: "No email address in the contact details at the top (or, in a letter, under the signature).",
        why: "Most employers answer by email. Without one at the top, a good application can go unanswered.",
        example: "Maria Delgado\n(555) 123-4567",
        better: "Maria Delgado\nmaria.delgado@gmail.com | (555) 123-4567",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let places = outline.contact_places();
    if places.iter().any(|p| EMAIL.is_match(p)) {
        return;
    }
    let span = super::document_span(outline);
    let in_header = input
        .doc
        .facts
        .header_footer_text
        .iter()
        .any(|t| EMAIL.is_match(t));
    if in_header {
        return; // contact.in-page-header says so, once.
    }
    let elsewhere = EMAIL.is_match(input.text());
    let message = if elsewhere {
        "Your email address is further down the page. Put it at the top, under your name, where employers look for it."
    } else {
        "There is no email address at the top. Add one under your name so employers can reach you."
    };
    sink.emit(
        span,
        message,
        vec![
            Suggestion::advice("Add your email on the line under your name, next to your phone number."),
            Suggestion::advice("No email you'd like an employer to see? Make a free one with your name in it, like firstname.lastname@gmail.com."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_a_resume_without_email() {
        let f = resume(
            "contact.email-missing",
            "# Maria Delgado\n\n(555) 123-4567\n\n## Experience\n\n- Trained staff\n",
        );
        assert_eq!(f.len(), 1, "no email anywhere is one finding");
        assert_eq!(f[0].severity, crate::checklist::Severity::Blocker);
    }

    #[test]
    fn email_far_down_is_still_flagged_with_a_hint() {
        let f = resume(
            "contact.email-missing",
            "# Maria Delgado\n\n(555) 123-4567\n\n## Experience\n\n- Trained staff\n\n## Contact\n\nmaria@example.com\n",
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("further down"),
            "the message says where it is: {}",
            f[0].message
        );
    }

    #[test]
    fn passes_with_email_at_the_top_or_under_a_letters_signature() {
        assert!(resume(
            "contact.email-missing",
            "# Maria Delgado\n\nmaria.delgado@example.com\n\n## Skills\n\n- Forklift\n"
        )
        .is_empty());
        let letter_text = "Dear Ms. Lopez,\n\nI am applying for the cashier role.\n\nSincerely,\\\nMaria Delgado\\\nmaria@example.com\n";
        assert!(
            letter("contact.email-missing", letter_text).is_empty(),
            "a letter may carry it under the signature"
        );
    }
}
