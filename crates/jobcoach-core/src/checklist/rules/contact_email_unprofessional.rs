use super::EMAIL;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "contact.email-unprofessional",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "An email address with words like \"sexy\", \"babygirl\" or \"420\" in it, or one that is mostly numbers and has nothing of the person's name.",
        why: "The email address is one of the first things an employer sees. A playful one can cost an interview before the resume is read.",
        example: "hottie4life@yahoo.com",
        better: "maria.delgado@gmail.com",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let extra: Vec<String> = input
        .profile
        .extra_unprofessional_email
        .iter()
        .map(|w| w.to_lowercase())
        .collect();
    let name_parts: Vec<String> = outline
        .name
        .iter()
        .chain(input.context.client_name.iter())
        .flat_map(|n| n.split_whitespace())
        .map(|w| {
            w.to_lowercase()
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
        })
        .filter(|w| w.len() >= 3)
        .collect();
    for block in &outline.blocks[outline.contact.clone()] {
        for m in EMAIL.find_iter(&block.plain) {
            let local = m.as_str().split('@').next().unwrap_or("").to_lowercase();
            let word = input
                .lexicon
                .unprofessional_email
                .iter()
                .chain(extra.iter())
                .find(|w| local.contains(w.as_str()));
            let digits = local.chars().filter(char::is_ascii_digit).count();
            let letters = local.chars().filter(|c| c.is_alphabetic()).count();
            let has_name = name_parts.iter().any(|p| local.contains(p.as_str()));
            let mostly_digits = digits > letters && !has_name;
            let reason = match (word, mostly_digits) {
                (Some(w), _) => format!("\"{w}\" in your email address may not give the impression you want."),
                (None, true) => "Your email address is mostly numbers, so it's hard to remember and doesn't show your name.".to_string(),
                (None, false) => continue,
            };
            let example = match outline.name.as_deref() {
                Some(name) => {
                    let parts: Vec<String> = name
                        .split_whitespace()
                        .map(|w| {
                            w.to_lowercase()
                                .chars()
                                .filter(|c| c.is_alphabetic())
                                .collect()
                        })
                        .collect();
                    format!("{}@gmail.com", parts.join("."))
                }
                None => "firstname.lastname@gmail.com".to_string(),
            };
            sink.emit(
                block.source_range(m.range()),
                format!("{reason} Employers see it first."),
                vec![
                    Suggestion::advice(format!(
                        "Make a free address with your name, like {example}, just for job hunting."
                    )),
                    Suggestion::advice(
                        "Forward it to the inbox you already check, so you don't miss a reply.",
                    ),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_playful_and_number_addresses() {
        let text = "# Maria Delgado\n\nhottie4life@yahoo.com\n\n## Skills\n\n- Cash\n";
        let f = resume("contact.email-unprofessional", text);
        assert_eq!(flagged(text, &f), vec!["hottie4life@yahoo.com"]);
        assert!(f[0].suggestions[0]
            .label
            .contains("maria.delgado@gmail.com"));
        let text = "# Maria Delgado\n\n83920174@aol.com\n";
        assert_eq!(resume("contact.email-unprofessional", text).len(), 1);
    }

    #[test]
    fn passes_name_addresses_even_with_numbers() {
        for email in [
            "maria.delgado@gmail.com",
            "mdelgado1987@gmail.com",
            "delgado.m2@outlook.com",
        ] {
            let text = format!("# Maria Delgado\n\n{email}\n");
            assert!(
                resume("contact.email-unprofessional", &text).is_empty(),
                "{email}"
            );
        }
    }
}
