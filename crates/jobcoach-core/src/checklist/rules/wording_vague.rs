use super::words;
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "wording.vague",
    applies: Applies::Both,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "Filler words that weaken a sentence: very, really, various, several, successfully, effectively.",
        why: "These words ask the reader to take your word for it. A number or a plain fact does the job better.",
        example: "- Successfully handled various customer issues",
        better: "- Resolved 30 customer complaints a week",
    },
    check,
};

/// (word, what to do instead, whether removing it alone reads well)
const VAGUE: &[(&str, &str, bool)] = &[
    (
        "very",
        "Remove it, or use a stronger word (\"very busy\" → \"high-volume\").",
        true,
    ),
    (
        "really",
        "Remove it; the sentence is stronger without it.",
        true,
    ),
    (
        "successfully",
        "Remove it: what you list, you did successfully. Show the result instead.",
        true,
    ),
    (
        "effectively",
        "Remove it, and add the result that shows it.",
        true,
    ),
    (
        "various",
        "Name them, or give a number (\"3 departments\").",
        false,
    ),
    ("several", "Give the number (\"4 projects\").", false),
];

fn check(input: &Input, sink: &mut Sink) {
    for block in &input.outline.blocks {
        if block.is_heading() {
            continue;
        }
        for (range, word) in words(&block.plain) {
            let lower = word.to_lowercase();
            let Some((_, advice, removable)) = VAGUE.iter().find(|(w, _, _)| *w == lower) else {
                continue;
            };
            let span = block.source_range(range.clone());
            let mut suggestions = Vec::new();
            if *removable {
                // Take the following space with it; keep a capital at the start of a line.
                let after = &block.plain[range.end..];
                let next_word_start = range.end + (after.len() - after.trim_start().len());
                let capital =
                    range.start == 0 && word.chars().next().is_some_and(char::is_uppercase);
                if capital {
                    if let Some((next_range, next)) = words(&block.plain)
                        .into_iter()
                        .find(|(r, _)| r.start == next_word_start)
                    {
                        let replacement = super::match_case(word, next);
                        suggestions.push(Suggestion::edit(
                            format!("Remove \"{word}\""),
                            block.source_range(range.start..next_range.end),
                            replacement,
                            Applicability::Review,
                        ));
                    }
                } else {
                    suggestions.push(Suggestion::edit(
                        format!("Remove \"{word}\""),
                        block.source_range(range.start..next_word_start),
                        "",
                        Applicability::Review,
                    ));
                }
            }
            suggestions.push(Suggestion::advice(*advice));
            sink.emit(
                span,
                format!("\"{word}\" doesn't tell the reader much. A specific word or a number says more."),
                suggestions,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_filler_and_removes_it_cleanly() {
        let text = "# A B\n\n## Experience\n\n- Successfully handled various customer issues\n- Kept a very busy counter moving\n";
        let f = resume("wording.vague", text);
        assert_eq!(flagged(text, &f), vec!["Successfully", "various", "very"]);
        assert!(apply_first_edit(text, &f[0]).contains("- Handled various customer issues"));
        assert!(apply_first_edit(text, &f[2]).contains("- Kept a busy counter"));
    }

    #[test]
    fn passes_plain_facts() {
        let text = "# A B\n\n## Experience\n\n- Resolved 30 complaints a week\n";
        assert!(resume("wording.vague", text).is_empty());
    }
}
