use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "format.special-characters",
    applies: Applies::Both,
    severity: Severity::Tip,
    doc: RuleDoc {
        what: "Emoji and uncommon symbols in the text (★, ✓, ➔, 😊).",
        why: "Some job sites and older systems show these as boxes or question marks.",
        example: "- ★ Employee of the Month ★",
        better: "- Employee of the Month, March 2024",
    },
    check,
};

/// Characters any system shows: Latin letters with accents, common punctuation, dashes,
/// curly quotes, bullets, the euro and pound signs.
fn is_common(c: char) -> bool {
    (c as u32) < 0x250
        || matches!(
            c,
            '–' | '—'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '…'
                | '•'
                | '€'
                | '£'
                | '·'
                | '′'
                | '″'
                | '\u{a0}'
                | '\u{ad}'
                | '™'
                | '®'
                | '©'
                | '°'
                | '½'
                | '¼'
                | '¾'
                | '×'
                | '→'
        )
}

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for (i, block) in outline.blocks.iter().enumerate() {
        // Icons in the contact block are layout.icons' finding.
        if outline.contact.contains(&i) {
            continue;
        }
        if let Some((at, c)) = block
            .plain
            .char_indices()
            .find(|(_, c)| !is_common(*c) && !c.is_alphabetic())
        {
            sink.emit(
                block.source_range(at..at + c.len_utf8()),
                format!("\"{c}\" may show up as a box or a question mark on some job sites."),
                vec![
                    Suggestion::advice(
                        "Replace it with a word or plain punctuation, or remove it.",
                    ),
                    Suggestion::advice(
                        "Keep it only if you'll send the file by email, not through a job site.",
                    ),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_symbols_and_emoji_once_a_line() {
        let text = "# A B\n\n## Awards\n\n- ★ Employee of the Month ★\n- Great team 😊\n";
        assert_eq!(
            flagged(text, &resume("format.special-characters", text)),
            vec!["★", "😊"]
        );
    }

    #[test]
    fn passes_accents_dashes_and_quotes() {
        let text = "# José Núñez\n\n## Experience\n\nCook, Café Olé, 2019 – Present\n\n- Made “farm-to-table” dishes…\n";
        assert!(resume("format.special-characters", text).is_empty());
    }
}
