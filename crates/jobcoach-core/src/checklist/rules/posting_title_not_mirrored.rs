use super::find_phrase;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "posting.title-not-mirrored",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "The job title from the attached posting appears nowhere in the resume.",
        why: "Recruiters search for the title they're hiring. Putting it in your summary (when it fits) makes you easy to find.",
        example: "Posting: \"Patient Care Technician\"; resume summary: \"Caring healthcare worker\".",
        better: "Summary: Patient Care Technician with 3 years on a busy med-surg floor.",
    },
    check,
};

/// The posting's title: a "Job title:" or "Position:" line, else its first line.
pub(crate) fn posting_title(posting: &str) -> Option<String> {
    let lines: Vec<&str> = posting
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for l in &lines {
        let lower = l.to_lowercase();
        for label in ["job title:", "title:", "position:", "role:"] {
            if let Some(rest) = lower.strip_prefix(label) {
                let at = l.len() - rest.len();
                return Some(l[at..].trim().to_string());
            }
        }
    }
    let first = lines.first()?.trim_start_matches('#').trim();
    (first.split_whitespace().count() <= 6).then(|| first.to_string())
}

fn check(input: &Input, sink: &mut Sink) {
    let Some(title) = input
        .context
        .posting_text
        .as_deref()
        .and_then(posting_title)
    else {
        return;
    };
    let all = input
        .outline
        .blocks
        .iter()
        .map(|b| b.plain.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    if !find_phrase(&all, &title).is_empty() {
        return;
    }
    let span = super::document_span(input.outline);
    sink.emit(
        span,
        format!("The posting is for a \"{title}\", but your resume never says those words. Recruiters search for them."),
        vec![
            Suggestion::advice(format!("Start your summary with \"{title} with …\" if it honestly describes you.")),
            Suggestion::advice("Or use it in a headline under your name."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::posting_title;
    use crate::checklist::testing::*;
    use crate::checklist::{Context, DocumentKind};

    #[test]
    fn reads_the_title() {
        assert_eq!(
            posting_title("Job Title: Patient Care Technician\nAbout us").as_deref(),
            Some("Patient Care Technician")
        );
        assert_eq!(
            posting_title("\nWarehouse Associate\n\nWe need…").as_deref(),
            Some("Warehouse Associate")
        );
    }

    #[test]
    fn flags_a_resume_without_the_title() {
        let ctx = Context {
            posting_text: Some("Patient Care Technician\n\nJoin us.".into()),
            ..Context::default()
        };
        let f = run(
            "posting.title-not-mirrored",
            "# A B\n\nCaring healthcare worker\n",
            Some(DocumentKind::Resume),
            &ctx,
        );
        assert_eq!(f.len(), 1);
        let ok = run(
            "posting.title-not-mirrored",
            "# A B\n\nPatient care technician with 3 years\n",
            Some(DocumentKind::Resume),
            &ctx,
        );
        assert!(ok.is_empty());
    }
}
