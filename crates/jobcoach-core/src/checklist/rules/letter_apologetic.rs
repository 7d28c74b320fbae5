use super::find_phrase;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "letter.apologetic",
    applies: Applies::CoverLetter,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "Sentences that apologise for what you lack: \"Although I lack\", \"I know I don't have\", \"Unfortunately, I\".",
        why: "A letter is for what you bring. Pointing out a gap puts it first in the reader's mind.",
        example: "Although I lack warehouse experience, I am a quick learner.",
        better: "Three years of stocking shelves at Target taught me to move fast and safely.",
    },
    check,
};

const PHRASES: &[&str] = &[
    "although i lack",
    "although i do not have",
    "although i don't have",
    "i know i don't have",
    "i know i do not have",
    "unfortunately, i",
    "unfortunately i",
    "i may not have",
    "i realize i don't have",
    "i realize i do not have",
    "despite my lack",
    "despite lacking",
    "i apologize",
    "sorry for",
    "i don't have much experience",
    "i do not have much experience",
    "even though i have no",
    "while i lack",
];

fn check(input: &Input, sink: &mut Sink) {
    for block in &input.outline.blocks {
        for phrase in PHRASES {
            for range in find_phrase(&block.plain, phrase) {
                sink.emit(
                    block.source_range(range),
                    "There's no need to apologise. Lead with what you do bring instead.",
                    vec![
                        Suggestion::advice("Replace the sentence with a skill that transfers and a short example of it."),
                        Suggestion::advice("If the gap matters, show you're closing it: \"I'm completing my forklift certification this month.\""),
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
    fn flags_apologies() {
        let text = "Dear Ms. Lopez,\n\nAlthough I lack warehouse experience, I learn fast. Unfortunately, I have no license.\n\nSincerely,\\\nMaria Delgado\n";
        assert_eq!(
            flagged(text, &letter("letter.apologetic", text)),
            vec!["Although I lack", "Unfortunately, I"]
        );
    }

    #[test]
    fn passes_confident_letters() {
        let text = "Dear Ms. Lopez,\n\nI bring three years of fast, safe stocking work.\n\nSincerely,\\\nMaria Delgado\n";
        assert!(letter("letter.apologetic", text).is_empty());
    }
}
