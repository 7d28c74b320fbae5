use super::removal_span;
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::is_resume_title;

pub const RULE: Rule = Rule {
    id: "header.resume-title",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A first line that says \"Resume\", \"Résumé\" or \"Curriculum Vitae\".",
        why: "Employers know what a resume is. The top line is the best spot on the page; your name belongs there.",
        example: "RESUME\nMaria Delgado",
        better: "Maria Delgado",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let blocks = &input.outline.blocks;
    let Some(first) = blocks.first() else { return };
    let line = first.plain.lines().next().unwrap_or("");
    if !is_resume_title(line) {
        return;
    }
    let mut suggestions = Vec::new();
    if !first.plain.contains('\n') {
        suggestions.push(Suggestion::edit(
            "Remove this line",
            removal_span(input.text(), blocks, 0),
            "",
            Applicability::Safe,
        ));
    }
    suggestions.push(Suggestion::advice("Start the page with your name instead."));
    sink.emit(
        first.source_range(0..line.len()),
        format!(
            "You don't need \"{}\" at the top. Let your name be the first thing an employer reads.",
            line.trim()
        ),
        suggestions,
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_and_removes_the_title() {
        let text = "RESUME\n\n# Maria Delgado\n\nmaria@example.com\n";
        let f = resume("header.resume-title", text);
        assert_eq!(flagged(text, &f), vec!["RESUME"]);
        assert!(apply_first_edit(text, &f[0]).starts_with("# Maria Delgado"));
    }

    #[test]
    fn passes_a_name_and_a_resume_word_later() {
        let text = "# Maria Delgado\n\nMy resume is short.\n";
        assert!(resume("header.resume-title", text).is_empty());
    }
}
