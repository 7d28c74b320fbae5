use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "section.unusual-heading",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A section heading that isn't one employers and job sites recognise, like \"My Journey\" or \"Superpowers\".",
        why: "Job sites sort a resume by its headings. An unusual one can leave a whole section unread.",
        example: "## Where I've Been",
        better: "## Work Experience",
    },
    check,
};

/// Words that hint which common heading a creative one means.
const HINTS: &[(&[&str], &str)] = &[
    (
        &["journey", "been", "career", "jobs", "work", "path", "story"],
        "Work Experience",
    ),
    (
        &[
            "power", "good at", "talent", "tool", "know", "can do", "bring",
        ],
        "Skills",
    ),
    (&["school", "learn", "stud", "class"], "Education"),
    (&["about", "who i am", "me"], "Summary"),
    (&["help", "give", "communit"], "Volunteer Experience"),
    (&["proud", "win", "brag"], "Achievements"),
];

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for section in &outline.sections {
        let Some(h) = section.heading else { continue };
        if section.kind.is_some() || section.title.is_empty() {
            continue;
        }
        let lower = section.title.to_lowercase();
        let guess = HINTS
            .iter()
            .find(|(words, _)| words.iter().any(|w| lower.contains(w)))
            .map(|(_, heading)| *heading);
        let block = &outline.blocks[h];
        let mut suggestions = Vec::new();
        if let Some(g) = guess {
            suggestions.push(Suggestion::edit(
                format!("Rename it \"{g}\""),
                block.span.clone(),
                g,
                Applicability::Review,
            ));
        }
        suggestions.push(Suggestion::advice(
            "Use a heading employers expect: Summary, Work Experience, Education, Skills, Certifications or Volunteer Experience.",
        ));
        sink.emit(
            block.span.clone(),
            format!("\"{}\" isn't a heading job sites recognise, so they may skip this part. A common heading keeps it read.", section.title),
            suggestions,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_and_renames_creative_headings() {
        let text = "# A B\n\n## My Journey\n\n- Stocked shelves\n\n## Superpowers\n\n- Forklift\n";
        let f = resume("section.unusual-heading", text);
        assert_eq!(flagged(text, &f), vec!["My Journey", "Superpowers"]);
        assert!(apply_first_edit(text, &f[0]).contains("## Work Experience"));
        assert!(apply_first_edit(text, &f[1]).contains("## Skills"));
    }

    #[test]
    fn passes_common_headings_and_the_name() {
        let text = "# Maria Delgado\n\n## Professional Summary\n\nText\n\n## Work Experience\n\n- X\n\n## Education & Training\n\nGED\n\n## Affiliations\n\nUnion\n";
        assert!(resume("section.unusual-heading", text).is_empty());
    }
}
