use super::{first_word, role_bullets};
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use std::collections::HashMap;

pub const RULE: Rule = Rule {
    id: "wording.repeated-verb",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "The same opening verb more than twice in one job, or more than three times in the resume.",
        why: "Varied verbs show the range of what you did; the same one again and again reads as the same task.",
        example: "- Managed inventory\n- Managed schedules\n- Managed returns",
        better: "- Managed inventory\n- Scheduled 12 staff\n- Handled returns",
    },
    check,
};

/// Alternatives for the verbs resumes repeat most, in the past tense.
const ALTERNATIVES: &[(&str, &[&str])] = &[
    ("manage", &["Oversaw", "Ran", "Directed", "Coordinated"]),
    ("help", &["Supported", "Guided", "Aided", "Served"]),
    ("assist", &["Supported", "Aided", "Served", "Backed up"]),
    ("work", &["Partnered", "Operated", "Served", "Handled"]),
    ("handle", &["Processed", "Managed", "Resolved", "Ran"]),
    ("create", &["Built", "Designed", "Developed", "Launched"]),
    ("develop", &["Built", "Designed", "Created", "Grew"]),
    ("provide", &["Delivered", "Supplied", "Gave", "Offered"]),
    ("lead", &["Directed", "Headed", "Guided", "Ran"]),
    ("use", &["Applied", "Operated", "Ran", "Worked in"]),
    ("make", &["Built", "Produced", "Prepared", "Created"]),
    ("perform", &["Completed", "Carried out", "Ran", "Conducted"]),
    ("maintain", &["Kept", "Upheld", "Serviced", "Preserved"]),
    (
        "ensure",
        &["Confirmed", "Verified", "Guaranteed", "Checked"],
    ),
    ("train", &["Coached", "Taught", "Mentored", "Onboarded"]),
    ("process", &["Handled", "Completed", "Entered", "Reviewed"]),
];

fn check(input: &Input, sink: &mut Sink) {
    let lexicon = input.lexicon;
    let mut per_doc: HashMap<String, usize> = HashMap::new();
    let mut per_role: HashMap<(usize, String), usize> = HashMap::new();
    let mut reported: Vec<String> = Vec::new();
    for (role, block) in role_bullets(input.outline) {
        let Some((range, word)) = first_word(&block.plain) else {
            continue;
        };
        let Some((base, _)) = lexicon.verb(word) else {
            continue;
        };
        let base = base.to_string();
        let in_doc = per_doc.entry(base.clone()).or_default();
        *in_doc += 1;
        let in_role = per_role.entry((role, base.clone())).or_default();
        *in_role += 1;
        // Flag the third use in a job and the fourth in the document, once each.
        let (role_n, doc_n) = (*in_role, *in_doc);
        if (role_n != 3 && doc_n != 4) || reported.contains(&base) {
            continue;
        }
        reported.push(base.clone());
        let span = block.source_range(range);
        let alternatives: Vec<&str> = ALTERNATIVES
            .iter()
            .find(|(b, _)| *b == base)
            .map(|(_, a)| a.to_vec())
            .unwrap_or_else(|| vec!["Led", "Delivered", "Improved", "Completed"]);
        let mut suggestions: Vec<Suggestion> = alternatives
            .iter()
            .take(3)
            .map(|alt| {
                let alt = if word.chars().all(char::is_uppercase) {
                    alt.to_uppercase()
                } else {
                    alt.to_string()
                };
                Suggestion::edit(
                    format!("Use \"{alt}\""),
                    span.clone(),
                    alt,
                    Applicability::Review,
                )
            })
            .collect();
        suggestions.push(Suggestion::advice(
            "Pick a verb that fits what you actually did in this bullet.",
        ));
        let where_ = if role_n == 3 {
            "in this job"
        } else {
            "in your resume"
        };
        sink.emit(
            span,
            format!("\"{word}\" starts {} bullets {where_}. A different verb here shows more of what you can do.", if role_n == 3 { role_n } else { doc_n }),
            suggestions,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_the_third_use_in_a_job() {
        let text = "# A B\n\n## Experience\n\nLead, Target, 2019 – 2021\n\n- Managed inventory\n- Managed schedules\n- Managed returns\n";
        let f = resume("wording.repeated-verb", text);
        assert_eq!(f.len(), 1);
        assert!(apply_first_edit(text, &f[0]).contains("- Oversaw returns"));
    }

    #[test]
    fn passes_varied_verbs() {
        let text = "# A B\n\n## Experience\n\nLead, Target, 2019 – 2021\n\n- Managed inventory\n- Scheduled 12 staff\n- Managed returns\n";
        assert!(resume("wording.repeated-verb", text).is_empty());
    }
}
