use super::words;
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "wording.repeated-word",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "The same word twice in a row, like \"the the\".",
        why: "It is the typo spell check misses and employers notice.",
        example: "Trained the the new hires.",
        better: "Trained the new hires.",
    },
    check,
};

/// Doubles that are correct English.
const ALLOWED: &[&str] = &["had", "that", "is", "do", "bye", "no", "very", "so"];

fn check(input: &Input, sink: &mut Sink) {
    for block in &input.outline.blocks {
        let ws = words(&block.plain);
        for pair in ws.windows(2) {
            let ((a_range, a), (b_range, b)) = (&pair[0], &pair[1]);
            let between = &block.plain[a_range.end..b_range.start];
            if !a.eq_ignore_ascii_case(b)
                || !between.chars().all(|c| c == ' ')
                || a.chars().any(|c| c.is_ascii_digit())
                || ALLOWED.contains(&a.to_lowercase().as_str())
                // "Circus Circus", "Walla Walla": a doubled capitalised word is a name.
                || b.chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            let span = block.source_range(a_range.start..b_range.end);
            sink.emit(
                span.clone(),
                format!("\"{a}\" appears twice in a row. It's an easy slip to fix."),
                vec![Suggestion::edit(
                    format!("Keep one \"{a}\""),
                    span,
                    a.to_string(),
                    Applicability::Safe,
                )],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_and_fixes_doubles() {
        let text = "# A B\n\n## Experience\n\n- Trained the the new hires\n";
        let f = resume("wording.repeated-word", text);
        assert_eq!(flagged(text, &f), vec!["the the"]);
        assert!(apply_first_edit(text, &f[0]).contains("- Trained the new hires"));
    }

    #[test]
    fn correct_doubles_and_numbers_pass() {
        let text = "# A B\n\nWhat she had had was enough. Lines 10 10 matched. Bye bye.\n";
        assert!(resume("wording.repeated-word", text).is_empty());
    }
}
