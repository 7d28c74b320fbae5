use super::first_word;
use crate::checklist::{
    Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion, Tense,
};
use crate::dates::DateEnd;

pub const RULE: Rule = Rule {
    id: "wording.tense-mismatch",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "Present-tense verbs in a job that has ended, or a current job that mixes present and past tense.",
        why: "Past jobs are described in the past tense and the job you have now in the present. Mixing them makes a reader stop and re-read.",
        example: "Cashier, 2017 – 2019\n- Train new cashiers",
        better: "Cashier, 2017 – 2019\n- Trained new cashiers",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let lexicon = input.lexicon;
    for role in &outline.roles {
        let Some(d) = &role.dates else { continue };
        let current = matches!(d.end, Some((DateEnd::Ongoing(_), _)));
        let openers: Vec<_> = role
            .bullets
            .iter()
            .filter_map(|&b| {
                let block = &outline.blocks[b];
                let (range, word) = first_word(&block.plain)?;
                let (base, tense) = lexicon.verb(word)?;
                // "Cut", "Set", "Put": the same word in both tenses says nothing.
                if tense == Tense::Past && word.eq_ignore_ascii_case(base) {
                    return None;
                }
                Some((block, range, word, base, tense))
            })
            .collect();
        let present = openers.iter().filter(|o| o.4 == Tense::Present).count();
        for (block, range, word, base, tense) in &openers {
            let wrong = if current {
                // A current job may list past results; flag only when it mixes both.
                *tense == Tense::Past && present * 2 > openers.len()
            } else {
                *tense == Tense::Present
            };
            if !wrong {
                continue;
            }
            let span = block.source_range(range.clone());
            let fix = if current {
                base.to_string()
            } else {
                lexicon.past_of(base).unwrap_or(base).to_string()
            };
            let fix = super::match_case(word, &fix);
            sink.emit(
                span.clone(),
                if current {
                    format!("You still have this job, so \"{word}\" reads better in the present tense, like the other bullets here.")
                } else {
                    format!("This job has ended, so write \"{word}\" in the past tense.")
                },
                vec![Suggestion::edit(format!("Change to \"{fix}\""), span, fix, Applicability::Review)],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_present_tense_in_a_past_job() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2017 – 2019\n\n- Train new cashiers\n- Organized the stock room\n- Manages returns\n";
        let f = resume("wording.tense-mismatch", text);
        assert_eq!(flagged(text, &f), vec!["Train", "Manages"]);
        assert!(apply_first_edit(text, &f[0]).contains("- Trained new cashiers"));
        assert!(apply_first_edit(text, &f[1]).contains("- Managed returns"));
    }

    #[test]
    fn flags_a_past_verb_among_present_ones_in_a_current_job() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Train new cashiers\n- Manage returns\n- Organized the stock room\n";
        let f = resume("wording.tense-mismatch", text);
        assert_eq!(flagged(text, &f), vec!["Organized"]);
    }

    #[test]
    fn passes_consistent_tenses() {
        let text = "# A B\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Reduced shrink 12% in 2023\n- Trained 4 cashiers\n\nClerk, Kroger, 2015 – 2019\n\n- Stocked 300 items a shift\n- Set up displays\n";
        assert!(resume("wording.tense-mismatch", text).is_empty());
    }
}
