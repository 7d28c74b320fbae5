use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "bullet.mixed-glyphs",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "More than one bullet symbol in the document (\"•\" in one place, \"➢\" or \"-\" in another).",
        why: "Mixed symbols look like pieces pasted from different files. One symbol throughout looks finished.",
        example: "• Trained cashiers\n➢ Counted drawers",
        better: "• Trained cashiers\n• Counted drawers",
    },
    check,
};

/// Symbols people type at the start of a bullet's text inside a real list.
const GLYPHS: &[char] = &[
    '•', '▪', '■', '●', '◦', '○', '➢', '➤', '►', '▸', '✓', '✔', '★', '*', '–', '—', '>', '·',
];

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let mut glyphs: Vec<String> = input.doc.facts.typed_bullet_glyphs.clone();
    let mut first_odd = None;
    for block in outline.blocks.iter().filter(|b| b.is_list_item()) {
        if let Some(c) = block.plain.chars().next().filter(|c| GLYPHS.contains(c)) {
            let g = c.to_string();
            if !glyphs.contains(&g) {
                glyphs.push(g);
            }
            first_odd.get_or_insert(block);
        }
    }
    if glyphs.len() < 2 {
        return;
    }
    let Some(block) = first_odd.or_else(|| outline.blocks.iter().find(|b| b.is_list_item())) else {
        return;
    };
    sink.emit(
        block.span.clone(),
        format!("Your bullets use {} different symbols ({}). One symbol throughout looks more polished.", glyphs.len(), glyphs.join(" ")),
        vec![
            Suggestion::advice("Use one bullet style for every list; in Word, the Bullets button applies the same one."),
            Suggestion::advice("Export with jobcoach: its templates use one bullet style throughout."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::document::SourceFacts;

    #[test]
    fn flags_two_typed_symbols() {
        let facts = SourceFacts {
            typed_bullet_glyphs: vec!["•".into(), "➢".into()],
            ..SourceFacts::default()
        };
        let text = "# A B\n\n- Trained\n- Counted\n";
        assert_eq!(with_facts("bullet.mixed-glyphs", text, facts).len(), 1);
        assert!(resume("bullet.mixed-glyphs", text).is_empty());
    }
}
