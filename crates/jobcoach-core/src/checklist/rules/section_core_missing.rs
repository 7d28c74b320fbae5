use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::SectionKind;

pub const RULE: Rule = Rule {
    id: "section.core-missing",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A resume without a heading for Experience, Education or Skills (or a common name for one, such as \"Work History\" or \"Training\").",
        why: "Employers and job sites look for these three sections by name. Without the heading, what's there may be missed or filed wrong.",
        example: "A resume with jobs listed under \"My Journey\" and no Education heading.",
        better: "## Work Experience … ## Education … ## Skills",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    // A resume with no headings at all is mostly text the importer could not structure;
    // one finding says so instead of three.
    let has = |kinds: &[SectionKind]| {
        outline
            .sections
            .iter()
            .any(|s| s.kind.is_some_and(|k| kinds.contains(&k)))
    };
    let mut missing = Vec::new();
    // Volunteer work and projects are experience too, for a first job.
    if !has(&[
        SectionKind::Experience,
        SectionKind::Volunteer,
        SectionKind::Projects,
    ]) {
        missing.push(("Experience", "Work Experience"));
    }
    if !has(&[SectionKind::Education, SectionKind::Certifications]) {
        missing.push(("Education", "Education"));
    }
    if !has(&[SectionKind::Skills]) {
        missing.push(("Skills", "Skills"));
    }
    if missing.is_empty() {
        return;
    }
    // One finding for the document, so it has one fingerprint to waive or carry over.
    let span = super::document_span(outline);
    let names: Vec<String> = missing
        .iter()
        .map(|(what, _)| what.to_lowercase())
        .collect();
    let list = match names.as_slice() {
        [one] => format!("your {one}"),
        [a, b] => format!("your {a} and {b}"),
        _ => format!("your {}, {} and {}", names[0], names[1], names[2]),
    };
    let mut suggestions: Vec<Suggestion> = missing
        .iter()
        .map(|(_, heading)| {
            Suggestion::advice(format!(
                "Add a heading called \"{heading}\", and list yours under it."
            ))
        })
        .collect();
    suggestions.push(Suggestion::advice(
        "Already there under another name? Rename the heading to the common one.",
    ));
    sink.emit(
        span,
        format!(
            "Add {} for {list}. Employers and job sites look for {} by name.",
            if missing.len() == 1 {
                "a heading"
            } else {
                "headings"
            },
            if missing.len() == 1 { "it" } else { "them" }
        ),
        suggestions,
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn names_each_missing_section() {
        let text = "# A B\n\n## My Journey\n\n- Stocked shelves\n\n## Skills\n\n- Forklift\n";
        let f = resume("section.core-missing", text);
        assert_eq!(f.len(), 1, "one finding for the document");
        assert!(
            f[0].message.contains("your experience and education"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn passes_synonyms() {
        let text = "# A B\n\n## Work History\n\n- Stocked shelves\n\n## Training\n\nGED\n\n## Core Competencies\n\n- Forklift\n";
        assert!(resume("section.core-missing", text).is_empty());
    }
}
