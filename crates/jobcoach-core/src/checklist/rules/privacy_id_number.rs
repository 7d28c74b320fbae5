use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use regex::Regex;
use std::sync::LazyLock;

/// Social Security numbers (with dashes or spaces) and the labels of ID numbers.
static ID_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b\d{3}[- ]\d{2}[- ]\d{4}\b|\bsocial security(?: number| no\.?| #)?|\bSSN\b|\bdriver'?s? licen[cs]e (?:number|no\.?|#)\s*:?\s*[A-Z0-9-]*|\b(?:DL|license) ?#\s*[A-Z0-9-]{5,}")
        .expect("valid")
});

pub const RULE: Rule = Rule {
    id: "privacy.id-number",
    applies: Applies::Both,
    severity: Severity::Blocker,
    doc: RuleDoc {
        what: "A Social Security number, the words \"Social Security\", or a driver's license number.",
        why: "An employer never needs these before an offer, and a resume is shared widely. They are what identity thieves look for.",
        example: "SSN: 123-45-6789",
        better: "Leave it off. Give it only on a signed job offer or the official hiring forms.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    for block in &input.outline.blocks {
        for m in ID_NUMBER.find_iter(&block.plain) {
            sink.emit(
                block.source_range(m.range()),
                "Please take this off. Your Social Security or license number isn't needed until you're hired, and a resume passes through many hands.",
                vec![
                    Suggestion::advice("Delete the number and its label."),
                    Suggestion::advice("If a job needs a driver's license, write \"Valid driver's license\" without the number."),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_ssn_and_license_numbers() {
        let text = "# Maria Delgado\n\nSSN: 123-45-6789\n\nDriver's license number: D1234567\n";
        let f = resume("privacy.id-number", text);
        assert_eq!(
            flagged(text, &f),
            vec!["SSN", "123-45-6789", "Driver's license number: D1234567"]
        );
    }

    #[test]
    fn passes_phones_dates_and_a_valid_license() {
        let text = "# Maria Delgado\n\n(555) 123-4567\n\n## Licenses\n\n- Valid driver's license, clean record\n- Class A CDL, 2019\n";
        assert!(resume("privacy.id-number", text).is_empty());
    }
}
