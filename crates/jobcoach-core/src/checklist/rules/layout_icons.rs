use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "layout.icons",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "Icons in the contact details (☎, ✉, 📍), or symbol fonts like Wingdings used for them.",
        why: "Job sites turn icons into odd characters or drop the line with them, and can lose your phone or email.",
        example: "☎ (555) 123-4567 ✉ maria@example.com",
        better: "(555) 123-4567 | maria@example.com",
    },
    check,
};

const SYMBOL_FONTS: &[&str] = &[
    "wingdings",
    "webdings",
    "symbol",
    "fontawesome",
    "font awesome",
    "segoe ui symbol",
    "segoe ui emoji",
];

fn is_icon(c: char) -> bool {
    matches!(c as u32,
        0x2600..=0x27BF   // dingbats and miscellaneous symbols: ☎ ✉ ✆
        | 0x1F300..=0x1FAFF // pictographs and emoji: 📍 📞 📧 🏠
        | 0x2302 | 0x2316 | 0xE000..=0xF8FF) // ⌂, and private-use icon fonts
}

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    for block in &outline.blocks[outline.contact.clone()] {
        if let Some((i, c)) = block.plain.char_indices().find(|(_, c)| is_icon(*c)) {
            sink.emit(
                block.source_range(i..i + c.len_utf8()),
                "Icons in your contact line can turn into odd symbols on job sites, and take your details with them.",
                vec![
                    Suggestion::advice("Replace the icons with plain words or separators: \"Phone: (555) 123-4567 | Email: …\"."),
                    Suggestion::advice("Export with jobcoach: its templates use plain text for contact details."),
                ],
            );
        }
    }
    if let Some(font) = input
        .doc
        .facts
        .fonts
        .iter()
        .find(|f| SYMBOL_FONTS.iter().any(|s| f.to_lowercase().starts_with(s)))
    {
        let span = super::document_span(outline);
        sink.emit(
            span,
            format!("Your Word file uses the symbol font \"{font}\", usually for icons. Job sites show those as stray letters."),
            vec![Suggestion::advice("Replace the symbols with plain words, or remove them.")],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_icons_in_the_contact_line() {
        let text = "# Maria Delgado\n\n☎ (555) 123-4567 ✉ maria@example.com\n";
        assert_eq!(flagged(text, &resume("layout.icons", text)), vec!["☎"]);
        let plain = "# Maria Delgado\n\n(555) 123-4567 | maria@example.com\n";
        assert!(resume("layout.icons", plain).is_empty());
    }
}
