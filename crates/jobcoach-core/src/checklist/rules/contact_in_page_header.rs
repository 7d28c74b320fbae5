use super::{EMAIL, PHONE};
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};

pub const RULE: Rule = Rule {
    id: "contact.in-page-header",
    applies: Applies::Both,
    severity: Severity::Blocker,
    doc: RuleDoc {
        what: "A Word file whose name, email or phone number is only in the page header or footer.",
        why: "Many job sites and tracking systems skip headers and footers, so the employer gets a resume with no way to reach you.",
        example: "Name and phone typed into Word's header area; the page itself starts with \"Experience\".",
        better: "Name, email and phone as the first lines of the page itself.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let header = &input.doc.facts.header_footer_text;
    if header.is_empty() {
        return;
    }
    let outline = input.outline;
    let places = outline.contact_places().join("\n");
    let mut missing = Vec::new();
    if header.iter().any(|t| EMAIL.is_match(t)) && !EMAIL.is_match(&places) {
        missing.push("email");
    }
    if header.iter().any(|t| PHONE.is_match(t)) && !PHONE.is_match(&places) {
        missing.push("phone number");
    }
    let name_in_header = header.iter().find_map(|t| {
        t.lines()
            .map(str::trim)
            .find(|l| crate::outline::looks_like_name(l))
            .map(str::to_string)
    });
    if let Some(name) = &name_in_header {
        if outline.name.is_none() && !input.text().contains(name.as_str()) {
            missing.insert(0, "name");
        }
    }
    if missing.is_empty() {
        return;
    }
    let list = match missing.as_slice() {
        [one] => one.to_string(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        [] => unreachable!(),
    };
    let span = super::document_span(outline);
    sink.emit(
        span,
        format!("Your {list} {} only in the page header. Many job sites skip headers, so the employer might not see {}.",
            if missing.len() == 1 { "is" } else { "are" },
            if missing.len() == 1 { "it" } else { "them" }),
        vec![
            Suggestion::advice("Move your name, email and phone to the first lines of the page itself."),
            Suggestion::advice("Export with jobcoach: its templates put them in the page, where every system reads them."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::*;
    use crate::document::SourceFacts;

    fn run(text: &str, header: &str) -> Vec<Finding> {
        let facts = SourceFacts {
            header_footer_text: vec![header.to_string()],
            ..SourceFacts::default()
        };
        testing::with_facts("contact.in-page-header", text, facts)
    }

    #[test]
    fn flags_details_only_in_the_header() {
        let f = run(
            "## Experience\n\n- Trained staff\n",
            "Maria Delgado\nmaria@example.com | (555) 123-4567",
        );
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.contains("name, email, and phone number"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn passes_when_the_page_repeats_them() {
        let f = run(
            "# Maria Delgado\n\nmaria@example.com | (555) 123-4567\n\n## Experience\n\n- Trained staff\n",
            "Maria Delgado\nmaria@example.com | (555) 123-4567",
        );
        assert!(f.is_empty());
    }
}
