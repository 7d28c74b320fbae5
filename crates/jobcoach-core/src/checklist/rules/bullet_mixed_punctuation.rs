use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "bullet.mixed-punctuation",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "Some bullets end with a period and others don't.",
        why: "Either way is fine, but mixing them looks careless, and attention to detail is what employers look for.",
        example: "- Trained 4 cashiers.\n- Counted drawers",
        better: "- Trained 4 cashiers\n- Counted drawers",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    // Job bullets only: skill lists are fragments and rightly have no periods.
    let bullets: Vec<_> = super::role_bullets(outline)
        .map(|(_, b)| b)
        .filter(|b| b.plain.split_whitespace().count() >= 4)
        .collect();
    let with: Vec<_> = bullets
        .iter()
        .filter(|b| b.plain.trim_end().ends_with('.'))
        .collect();
    let without: Vec<_> = bullets
        .iter()
        .filter(|b| !b.plain.trim_end().ends_with(['.', '!', '?', ':', ';']))
        .collect();
    if with.is_empty() || without.is_empty() {
        return;
    }
    // Point at the fewer; the more common style is the one the person chose.
    let periods_win = with.len() > without.len();
    let odd: Vec<_> = if periods_win { without } else { with };
    for block in odd {
        let end = block.source_offset(block.plain.trim_end().len());
        let edit = if periods_win {
            Suggestion::edit("Add a period", end..end, ".", Applicability::Safe)
        } else {
            Suggestion::edit("Remove the period", end - 1..end, "", Applicability::Safe)
        };
        sink.emit(
            block.span.clone(),
            if periods_win {
                "Most of your bullets end with a period; this one doesn't. Pick one style for all of them."
            } else {
                "Most of your bullets have no period at the end; this one does. Pick one style for all of them."
            },
            vec![edit],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_the_odd_one_out_and_fixes_it() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – 2021\n\n- Trained four new cashiers\n- Counted all the drawers nightly\n- Opened the store at six.\n";
        let f = resume("bullet.mixed-punctuation", text);
        assert_eq!(flagged(text, &f), vec!["Opened the store at six."]);
        assert!(apply_first_edit(text, &f[0]).ends_with("- Opened the store at six\n"));
    }

    #[test]
    fn passes_one_style_and_short_skill_lists() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – 2021\n\n- Trained four new cashiers.\n- Counted all the drawers nightly.\n\n## Skills\n\n- Forklift and pallet jacks on night shift\n";
        assert!(resume("bullet.mixed-punctuation", text).is_empty());
    }
}
