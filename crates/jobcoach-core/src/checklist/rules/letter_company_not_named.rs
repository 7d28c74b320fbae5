use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "letter.company-not-named",
    applies: Applies::CoverLetter,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A cover letter that never names the employer it's for (the document's target employer).",
        why: "A letter that could go to any company reads like a form letter. Naming the employer, and why you want to work there, shows real interest.",
        example: "I am excited to apply for this position at your company.",
        better: "I am excited to apply for the Pharmacy Technician role at Kroger.",
    },
    check,
};

/// "Kroger Co." and "the Kroger Company" both name "Kroger".
pub(crate) fn employer_key(name: &str) -> String {
    const SUFFIXES: &[&str] = &[
        "inc",
        "inc.",
        "llc",
        "co",
        "co.",
        "corp",
        "corp.",
        "corporation",
        "company",
        "ltd",
        "ltd.",
        "the",
    ];
    name.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c == ',' || c == '.')
                .to_lowercase()
        })
        .filter(|w| !SUFFIXES.contains(&w.as_str()) && !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn names_employer(text: &str, employer: &str) -> bool {
    let key = employer_key(employer);
    !key.is_empty() && !super::find_phrase(text, &key).is_empty()
}

fn check(input: &Input, sink: &mut Sink) {
    let Some(employer) = input
        .context
        .target_employer
        .as_deref()
        .filter(|e| !e.trim().is_empty())
    else {
        return;
    };
    let outline = input.outline;
    let all: String = outline
        .blocks
        .iter()
        .map(|b| b.plain.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    if names_employer(&all, employer) {
        return;
    }
    let span = outline.letter.body.first().map_or_else(
        || outline.blocks.first().map_or(0..0, |b| b.span.clone()),
        |&b| outline.blocks[b].span.clone(),
    );
    sink.emit(
        span,
        format!("Your letter doesn't mention {employer}. Name them, and say one thing that draws you to them."),
        vec![
            Suggestion::advice(format!("In the first paragraph, write the job title and \"at {employer}\".")),
            Suggestion::advice(format!("Add one sentence on why {employer}: something from their website, a store you know, or what people say about working there.")),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::checklist::Context;

    fn ctx() -> Context {
        Context {
            target_employer: Some("Kroger Co.".into()),
            ..Context::default()
        }
    }

    #[test]
    fn flags_a_letter_without_the_employer() {
        let text = "Dear Hiring Manager,\n\nI am excited to apply for this position at your company.\n\nSincerely,\\\nMaria Delgado\n";
        assert_eq!(
            letter_with("letter.company-not-named", text, &ctx()).len(),
            1
        );
    }

    #[test]
    fn passes_when_named_or_no_target() {
        let text = "Dear Hiring Manager,\n\nI am excited to apply at Kroger.\n\nSincerely,\\\nMaria Delgado\n";
        assert!(letter_with("letter.company-not-named", text, &ctx()).is_empty());
        assert!(letter("letter.company-not-named", "Dear X,\n\nHello.\n").is_empty());
    }
}
