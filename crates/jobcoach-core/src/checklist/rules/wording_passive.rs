use super::words;
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "wording.passive",
    applies: Applies::Both,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "Passive voice: a form of \"to be\" followed by a past participle (\"was given\", \"were trained\").",
        why: "Passive sentences hide who did the work. On a resume or letter that person is you, so say so.",
        example: "- Inventory was counted weekly",
        better: "- Counted inventory weekly",
    },
    check,
};

const BE: &[&str] = &["is", "are", "was", "were", "been", "being", "be"];
const IRREGULAR: &[&str] = &[
    "given", "taken", "made", "done", "shown", "known", "seen", "chosen", "written", "taught",
    "built", "led", "kept", "sent", "sold", "held", "paid", "brought", "told", "found", "run",
];
/// Participles that describe a state, not an action: "was located", "am interested".
const STATES: &[&str] = &[
    "located",
    "based",
    "interested",
    "excited",
    "qualified",
    "certified",
    "licensed",
    "married",
    "experienced",
    "skilled",
    "dedicated",
    "committed",
    "devoted",
    "pleased",
    "thrilled",
    "bilingual",
    "required",
    "needed",
    "involved",
    "used",
    "familiar",
    "known",
    "detail-oriented",
    "self-motivated",
    "motivated",
    "organized",
    "prepared",
    "eligible",
    "bonded",
    "insured",
    "registered",
    "employed",
    "retired",
    "honored",
    "engaged",
    "focused",
    "drawn",
    "excited",
];

fn check(input: &Input, sink: &mut Sink) {
    for block in &input.outline.blocks {
        if block.is_heading() {
            continue;
        }
        let w = words(&block.plain);
        for pair in w.windows(3) {
            let (r0, be) = &pair[0];
            let be_lower = be.to_lowercase();
            if !BE.contains(&be_lower.as_str()) {
                continue;
            }
            // "was promptly given": skip one adverb.
            let (r1, mut p) = (&pair[1].0, pair[1].1);
            let mut end = r1.end;
            if p.to_lowercase().ends_with("ly") && p.len() > 4 {
                p = pair[2].1;
                end = pair[2].0.end;
            }
            let lower = p.to_lowercase();
            let participle =
                (lower.ends_with("ed") && lower.len() > 4) || IRREGULAR.contains(&lower.as_str());
            if !participle || STATES.contains(&lower.as_str()) {
                continue;
            }
            sink.emit(
                block.source_range(r0.start..end),
                format!(
                    "\"{}\" hides who did it. Say what you did, with you as the doer.",
                    &block.plain[r0.start..end]
                ),
                vec![
                    Suggestion::advice(format!(
                        "Start with the action: \"{} …\" instead of \"… {}\".",
                        capitalise(&lower),
                        &block.plain[r0.start..end]
                    )),
                    Suggestion::advice(
                        "If someone else did it, name what you did around it instead.",
                    ),
                ],
            );
        }
    }
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_passive_phrases() {
        let text = "# A B\n\n## Experience\n\n- Inventory was counted weekly\n- Staff were quickly trained by me\n";
        let f = resume("wording.passive", text);
        assert_eq!(
            flagged(text, &f),
            vec!["was counted", "were quickly trained"]
        );
    }

    #[test]
    fn passes_states_and_active_voice() {
        let text = "# A B\n\nI am interested in the role and was based in Dayton.\n\n## Experience\n\n- Counted inventory weekly\n- Was the lead on nights\n";
        assert!(resume("wording.passive", text).is_empty());
    }
}
