use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::looks_like_name;

pub const RULE: Rule = Rule {
    id: "letter.no-closing",
    applies: Applies::CoverLetter,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A cover letter without a closing (\"Sincerely,\") followed by your name.",
        why: "A letter that just stops feels unfinished. A closing and your name end it politely and remind them who wrote it.",
        example: "… I look forward to hearing from you.",
        better: "… I look forward to hearing from you.\n\nSincerely,\nMaria Delgado",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let Some(last) = outline.blocks.last() else {
        return;
    };
    let name = outline
        .name
        .clone()
        .or_else(|| input.context.client_name.clone());
    let (message, missing_name) = match outline.letter.closing {
        None => (
            "End your letter with a closing like \"Sincerely,\" and your name.",
            false,
        ),
        Some(c) => {
            let block = &outline.blocks[c];
            let signed = block
                .plain
                .lines()
                .skip(1)
                .any(|l| looks_like_name(l.trim()))
                || outline.blocks.get(c + 1).is_some_and(|b| {
                    b.plain
                        .lines()
                        .next()
                        .is_some_and(|l| looks_like_name(l.trim()))
                });
            if signed {
                return;
            }
            ("Sign your letter: put your name under the closing.", true)
        }
    };
    let end = last.span.end;
    let mut suggestions = Vec::new();
    if let Some(n) = &name {
        let insert = if missing_name {
            format!("\\\n{n}")
        } else {
            format!("\n\nSincerely,\\\n{n}")
        };
        let at = if missing_name {
            outline.blocks[outline.letter.closing.unwrap_or(0)].span.end
        } else {
            end
        };
        suggestions.push(Suggestion::edit(
            if missing_name {
                format!("Add \"{n}\" under the closing")
            } else {
                format!("Add \"Sincerely,\" and \"{n}\"")
            },
            at..at,
            insert,
            Applicability::Safe,
        ));
    }
    suggestions.push(Suggestion::advice(
        "\"Sincerely,\" or \"Thank you,\" on one line, your full name on the next.",
    ));
    sink.emit(last.span.clone(), message, suggestions);
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::checklist::Context;

    #[test]
    fn flags_a_letter_that_just_stops_and_adds_a_closing() {
        let text = "Dear Ms. Lopez,\n\nI look forward to hearing from you.\n";
        let ctx = Context {
            client_name: Some("Maria Delgado".into()),
            ..Context::default()
        };
        let f = letter_with("letter.no-closing", text, &ctx);
        assert_eq!(f.len(), 1);
        assert!(apply_first_edit(text, &f[0]).ends_with("you.\n\nSincerely,\\\nMaria Delgado\n"));
    }

    #[test]
    fn passes_a_signed_letter() {
        let text = "Dear Ms. Lopez,\n\nI look forward to hearing from you.\n\nSincerely,\\\nMaria Delgado\n";
        assert!(letter("letter.no-closing", text).is_empty());
        let text = "Dear Ms. Lopez,\n\nThanks.\n\nBest regards,\n\nMaria Delgado\n";
        assert!(letter("letter.no-closing", text).is_empty());
    }
}
