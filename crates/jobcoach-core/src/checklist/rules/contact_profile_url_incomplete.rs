use super::find_phrase;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "contact.profile-url-incomplete",
    applies: Applies::Both,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "\"LinkedIn\", \"portfolio\" or \"GitHub\" named in the contact details without an address an employer can type in.",
        why: "An employer who wants to look can't find your profile from the word alone.",
        example: "maria@example.com | LinkedIn",
        better: "maria@example.com | linkedin.com/in/mariadelgado",
    },
    check,
};

const PROFILES: &[(&str, &str, &str)] = &[
    ("linkedin", "linkedin.com/", "linkedin.com/in/yourname"),
    ("github", "github.com/", "github.com/yourname"),
    ("portfolio", ".", "yourname.com or a link to your work"),
    ("website", ".", "yourname.com"),
];

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    // The canonical text, not the plain one: a link's address lives in its markup.
    let contact = match (
        outline.blocks[outline.contact.clone()].first(),
        outline.blocks[outline.contact.clone()].last(),
    ) {
        (Some(first), Some(last)) => {
            let text = input.text();
            // To the end of the last line: a link's "(address)" follows its label's span.
            let end = text[last.span.end..]
                .find('\n')
                .map_or(text.len(), |n| last.span.end + n);
            text[first.span.start..end].to_lowercase()
        }
        _ => return,
    };
    for block in &outline.blocks[outline.contact.clone()] {
        for (word, needs, example) in PROFILES {
            let has_address = if *needs == "." {
                contact.split_whitespace().any(|w| {
                    !w.contains('@')
                        && w.contains('.')
                        && w.trim_end_matches('.').contains('.')
                        && w.chars().any(char::is_alphabetic)
                        && (w.contains('/')
                            || w.contains(".com")
                            || w.contains(".org")
                            || w.contains(".net")
                            || w.contains(".io"))
                })
            } else {
                contact.contains(needs)
            };
            if has_address {
                continue;
            }
            for range in find_phrase(&block.plain, word) {
                sink.emit(
                    block.source_range(range),
                    "Employers can't open a profile from its name alone. Add the web address.",
                    vec![
                        Suggestion::advice(format!("Write the address out, like {example}.")),
                        Suggestion::advice("Or remove the word if you'd rather not share it yet."),
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
    fn flags_a_bare_linkedin() {
        let text = "# Maria Delgado\n\nmaria@example.com | LinkedIn\n";
        let f = resume("contact.profile-url-incomplete", text);
        assert_eq!(flagged(text, &f), vec!["LinkedIn"]);
    }

    #[test]
    fn passes_with_an_address() {
        for line in [
            "maria@example.com | LinkedIn: linkedin.com/in/mariadelgado",
            "maria@example.com | [LinkedIn](https://www.linkedin.com/in/md)",
            "Portfolio: mariadelgado.com",
        ] {
            let text = format!("# Maria Delgado\n\n{line}\n");
            assert!(
                resume("contact.profile-url-incomplete", &text).is_empty(),
                "{line}"
            );
        }
    }
}
