use super::find_phrase;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "letter.role-not-named",
    applies: Applies::CoverLetter,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A cover letter whose first paragraph doesn't name the job applied for (the document's target role).",
        why: "Employers hire for several jobs at once. Naming the role right away gets your letter to the right person.",
        example: "I am writing to apply for the open position.",
        better: "I am writing to apply for the Warehouse Associate position.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let Some(role) = input
        .context
        .target_role
        .as_deref()
        .filter(|r| !r.trim().is_empty())
    else {
        return;
    };
    let outline = input.outline;
    let Some(&first) = outline
        .letter
        .body
        .iter()
        .find(|&&b| outline.blocks[b].plain.split_whitespace().count() > 5)
    else {
        return;
    };
    let block = &outline.blocks[first];
    // "Pharmacy Technician" is named by "pharmacy technician" or "Pharmacy Technician II".
    let key = role
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == 'I');
    if !find_phrase(&block.plain, key.trim()).is_empty()
        || !find_phrase(&block.plain, role.trim()).is_empty()
    {
        return;
    }
    sink.emit(
        block.span.clone(),
        format!("Name the job in your first paragraph (\"{role}\"), so your letter reaches the right person."),
        vec![
            Suggestion::advice(format!("Start with: \"I am writing to apply for the {role} position.\"")),
            Suggestion::advice("If you found it through someone, name them too: it's a strong opening."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::checklist::Context;

    fn ctx() -> Context {
        Context {
            target_role: Some("Warehouse Associate".into()),
            ..Context::default()
        }
    }

    #[test]
    fn flags_a_first_paragraph_without_the_role() {
        let text = "Dear Hiring Manager,\n\nI am writing to apply for the open position at your warehouse.\n\nI bring five years of forklift work as a Warehouse Associate.\n\nSincerely,\\\nMaria Delgado\n";
        assert_eq!(letter_with("letter.role-not-named", text, &ctx()).len(), 1);
    }

    #[test]
    fn passes_when_named_first() {
        let text = "Dear Hiring Manager,\n\nI am writing to apply for the warehouse associate position at Acme.\n\nSincerely,\\\nMaria Delgado\n";
        assert!(letter_with("letter.role-not-named", text, &ctx()).is_empty());
    }
}
