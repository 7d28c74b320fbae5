use super::whole_words;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "wording.buzzword",
    applies: Applies::Both,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "Phrases that claim a quality instead of showing it: hard worker, team player, detail-oriented, results-driven.",
        why: "Every applicant says these, so employers skip them. An example of the quality is what they remember.",
        example: "Hard worker and team player.",
        better: "Covered 15 extra shifts during the holiday rush so the team could meet its targets.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let extra = &input.profile.extra_buzzwords;
    for block in &input.outline.blocks {
        let plain = block.plain.as_str();
        let mut hits: Vec<std::ops::Range<usize>> = input
            .lexicon
            .buzzword_matcher
            .find_iter(plain)
            .map(|m| m.range())
            .collect();
        let lower = plain.to_lowercase();
        for phrase in extra {
            let phrase = phrase.to_lowercase();
            let mut from = 0;
            while let Some(i) = lower[from..].find(&phrase) {
                hits.push(from + i..from + i + phrase.len());
                from += i + phrase.len();
            }
        }
        hits.sort_by_key(|r| r.start);
        hits.dedup();
        for range in hits.into_iter().filter(|r| whole_words(plain, r)) {
            let phrase = &plain[range.clone()];
            sink.emit(
                block.source_range(range.clone()),
                format!("\"{phrase}\" is something every applicant says. Show it with an example instead, so it stands out."),
                vec![
                    Suggestion::advice(format!("Think of a time you showed this. What did you do, and what happened? Write that instead of \"{phrase}\".")),
                    Suggestion::advice("Add a number if you can: how many, how often, how much faster."),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_each_buzzword() {
        let text = "# A B\n\n## Summary\n\nHard-working team player who is detail-oriented.\n";
        let f = resume("wording.buzzword", text);
        assert_eq!(
            flagged(text, &f),
            vec!["Hard-working", "team player", "detail-oriented"]
        );
    }

    #[test]
    fn words_inside_other_words_pass() {
        let text = "# A B\n\n## Experience\n\n- Worked dynamically? No: ran the dynamometer lab and a synergyx pilot\n";
        assert!(
            resume("wording.buzzword", text).is_empty(),
            "only whole phrases count"
        );
    }
}
