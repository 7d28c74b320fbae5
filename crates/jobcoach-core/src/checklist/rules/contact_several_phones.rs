use super::PHONE;
use crate::checklist::{phone_digits, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "contact.several-phones",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "More than one phone number in the contact details.",
        why: "With two numbers an employer has to guess which one to call, and may reach the one you don't answer.",
        example: "Cell: (555) 123-4567 | Home: (555) 987-6543",
        better: "(555) 123-4567",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let mut seen: Vec<String> = Vec::new();
    for block in &outline.blocks[outline.contact.clone()] {
        for m in PHONE.find_iter(&block.plain) {
            let digits = phone_digits(m.as_str());
            if seen.contains(&digits) {
                continue;
            }
            seen.push(digits);
            if seen.len() == 2 {
                sink.emit(
                    block.source_range(m.range()),
                    "There are two phone numbers here. Keep the one you answer most, so employers know which to call.",
                    vec![
                        Suggestion::advice("Keep your cell number and remove the other."),
                        Suggestion::advice("Make sure the voicemail greeting on that number sounds professional."),
                    ],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_the_second_number() {
        let text = "# Maria Delgado\n\nCell: (555) 123-4567 | Home: 555-987-6543\n";
        let f = resume("contact.several-phones", text);
        assert_eq!(flagged(text, &f), vec!["555-987-6543"]);
    }

    #[test]
    fn passes_one_number_written_twice() {
        let text = "# Maria Delgado\n\n(555) 123-4567\n\n555.123.4567\n";
        assert!(resume("contact.several-phones", text).is_empty());
    }
}
