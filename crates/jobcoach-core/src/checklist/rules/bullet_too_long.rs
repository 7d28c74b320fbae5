use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "bullet.too-long",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A bullet of more than 30 words.",
        why: "Employers skim. A bullet that runs over two lines gets skipped, and its best part with it.",
        example: "- Responsible for opening the store each morning, counting the drawers, setting up displays, greeting customers as they arrived and making sure the shelves were fully stocked before the lunch rush",
        better: "- Opened the store daily: counted 4 drawers and stocked shelves before the lunch rush",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    for block in input.outline.blocks.iter().filter(|b| b.is_list_item()) {
        let n = block.plain.split_whitespace().count();
        if n <= 30 {
            continue;
        }
        sink.emit(
            block.span.clone(),
            format!("This bullet has {n} words. Aim for under 25 so employers read all of it."),
            vec![
                Suggestion::advice("Keep the action and the result; cut the rest."),
                Suggestion::advice("Or split it into two bullets, each with its own result."),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_long_bullets_only() {
        let long = "word ".repeat(31);
        let text = format!("# A B\n\n## Experience\n\n- {long}\n- Trained 4 cashiers\n");
        assert_eq!(resume("bullet.too-long", &text).len(), 1);
        let ok = "word ".repeat(30);
        assert!(resume("bullet.too-long", &format!("# A B\n\n- {ok}\n")).is_empty());
    }
}
