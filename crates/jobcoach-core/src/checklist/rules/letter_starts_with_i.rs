use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "letter.starts-with-i",
    applies: Applies::CoverLetter,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A cover letter where more than 3 in 10 sentences start with \"I\".",
        why: "A string of \"I did… I am… I have…\" sounds like a list about you. Starting some sentences with the employer or the result keeps the reader with you.",
        example: "I am applying for the job. I have five years of experience. I am a hard worker.",
        better: "Your posting asks for forklift experience, and that's where I've spent the last five years.",
    },
    check,
};

fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let s = &text[start..=i];
            if s.split_whitespace().count() >= 3 {
                out.push((start + (s.len() - s.trim_start().len()), s.trim()));
            }
            start = i + 1;
        }
    }
    out
}

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let mut total = 0;
    let mut with_i = Vec::new();
    for &b in &outline.letter.body {
        let block = &outline.blocks[b];
        for (at, s) in sentences(&block.plain) {
            total += 1;
            if s.starts_with("I ") || s.starts_with("I'") || s.starts_with("I’") {
                with_i.push(block.source_range(at..at + 1));
            }
        }
    }
    if total < 4 || with_i.len() * 10 <= total * 3 {
        return;
    }
    sink.emit(
        with_i[0].clone(),
        format!("{} of your {total} sentences start with \"I\". Starting a few with the employer or the result will read more smoothly.", with_i.len()),
        vec![
            Suggestion::advice("Turn one around: \"I have five years of forklift experience\" → \"Five years on a forklift taught me…\""),
            Suggestion::advice(format!(
                "Start one with the employer: \"Your posting asks for…\" or \"{}'s focus on…\"",
                input.context.target_employer.as_deref().unwrap_or("Your team")
            )),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_too_many_i_sentences() {
        let text = "Dear Ms. Lopez,\n\nI am applying for the job. I have five years of experience. I am a hard worker. Your team is great.\n\nSincerely,\\\nMaria Delgado\n";
        assert_eq!(letter("letter.starts-with-i", text).len(), 1);
    }

    #[test]
    fn passes_varied_openings() {
        let text = "Dear Ms. Lopez,\n\nI am applying for the cashier job. Five years at Target taught me speed. Your store is my neighbourhood store. Customers there know me by name.\n\nSincerely,\\\nMaria Delgado\n";
        assert!(letter("letter.starts-with-i", text).is_empty());
    }
}
