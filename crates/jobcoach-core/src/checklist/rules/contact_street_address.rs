use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use regex::Regex;
use std::sync::LazyLock;

/// A house number, one to three street words, and a street suffix.
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][A-Za-z0-9'-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Ct|Court|Way|Pl|Place|Ter|Terrace|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Trl|Trail)\b\.?(?:,?\s*(?:Apt|Unit|Suite|Ste|#)\.?\s*[\w-]+)?")
        .expect("valid")
});

pub const RULE: Rule = Rule {
    id: "contact.street-address",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "A full street address (house number and street) in the contact details.",
        why: "Employers only need your city and state. A street address on a resume that gets posted or forwarded is personal information you don't have to share.",
        example: "1423 Maple Ave, Apt 2, Dayton, OH 45402",
        better: "Dayton, OH 45402",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for block in &outline.blocks[outline.contact.clone()] {
        for m in STREET.find_iter(&block.plain) {
            sink.emit(
                block.source_range(m.range()),
                "You can leave out your street address. City and state are enough, and they keep your home private.",
                vec![
                    Suggestion::edit("Remove the street address", block.source_range(m.start()..trailing(&block.plain, m.end())), "", crate::checklist::Applicability::Review),
                    Suggestion::advice("Keep just your city, state and ZIP code."),
                ],
            );
        }
    }
}

/// The end of the address plus the ", " that separates it from the city.
fn trailing(plain: &str, end: usize) -> usize {
    let rest = &plain[end..];
    end + (rest.len() - rest.trim_start_matches([',', ' ']).len())
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_street_addresses_and_keeps_the_city() {
        let text = "# Maria Delgado\n\n1423 Maple Ave, Apt 2, Dayton, OH 45402\n";
        let f = resume("contact.street-address", text);
        assert_eq!(flagged(text, &f), vec!["1423 Maple Ave, Apt 2"]);
        assert!(apply_first_edit(text, &f[0]).contains("\n\nDayton, OH 45402"));
    }

    #[test]
    fn passes_city_lines_and_numbers_in_experience() {
        let text = "# Maria Delgado\n\nDayton, OH 45402 | (555) 123-4567\n\n## Experience\n\n- Drove 200 Main Street routes\n";
        assert!(resume("contact.street-address", text).is_empty());
    }
}
