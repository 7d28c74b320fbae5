use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "privacy.photo",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A picture in the resume: a photo of the person, or any image in the page.",
        why: "In the US a photo invites bias, and many employers discard resumes with one. Job sites also drop pictures or garble the text around them.",
        example: "A head-and-shoulders photo beside the name.",
        better: "No picture. Let your name and contact details lead.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let images = input.doc.facts.images;
    if images == 0 {
        return;
    }
    let span = super::document_span(input.outline);
    sink.emit(
        span,
        if input.doc.facts.contact_images > 0 {
            "There is a picture beside your name, most likely a photo. In the US, leave photos off: employers may set such resumes aside to avoid bias."
        } else if images == 1 {
            "There is a picture in this resume. In the US, leave photos off: employers may set such resumes aside to avoid bias."
        } else {
            "There are pictures in this resume. In the US, leave photos off: employers may set such resumes aside to avoid bias."
        },
        vec![
            Suggestion::advice("Delete the picture. jobcoach's export leaves images out."),
            Suggestion::advice("Want employers to see your face? Put a professional photo on your LinkedIn profile instead."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_a_markdown_image_and_passes_without() {
        let text = "# Maria Delgado\n\n![me](me.jpg)\n\nmaria@example.com\n";
        assert_eq!(resume("privacy.photo", text).len(), 1);
        assert!(resume("privacy.photo", "# Maria Delgado\n\nmaria@example.com\n").is_empty());
    }
}
