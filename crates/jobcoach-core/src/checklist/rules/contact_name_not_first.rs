use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::looks_like_name;

pub const RULE: Rule = Rule {
    id: "contact.name-not-first",
    applies: Applies::Resume,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A resume whose first line is not the person's name (two to four capitalised words).",
        why: "Employers and job sites take the first line as the name. If it is something else, your application can be filed under the wrong name.",
        example: "Hardworking and reliable\nMaria Delgado",
        better: "Maria Delgado\nmaria.delgado@gmail.com | (555) 123-4567",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    if outline.name.is_some() {
        return;
    }
    let Some(first) = outline.blocks.first() else {
        return;
    };
    let line = first.plain.lines().next().unwrap_or("").trim();
    // "[Your Name]" is template text: template.placeholder-left says so, once.
    if !super::template_placeholder_left::placeholder_ranges(input, &first.plain).is_empty() {
        return;
    }
    // "Resume" on top of the name is header.resume-title's finding, not this one.
    let second = first
        .plain
        .lines()
        .nth(1)
        .or_else(|| outline.blocks.get(1).map(|b| b.plain.as_str()))
        .unwrap_or("");
    if crate::outline::is_resume_title(line) && looks_like_name(second.trim()) {
        return;
    }
    let mut suggestions = vec![Suggestion::advice(
        "Put your full name on the first line, by itself, in larger type.",
    )];
    if let Some(name) = input.context.client_name.as_deref() {
        suggestions.insert(
            0,
            Suggestion::edit(
                format!("Add \"{name}\" as the first line"),
                first.span.start..first.span.start,
                format!("# {name}\n\n"),
                crate::checklist::Applicability::Review,
            ),
        );
    }
    sink.emit(
        first.span.clone(),
        "The first line should be your name. Employers and job sites read it as your name.",
        suggestions,
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_a_slogan_on_top() {
        let text = "Hardworking and reliable team member\n\nMaria Delgado\n\n## Experience\n\n- Trained staff\n";
        assert_eq!(
            flagged(text, &resume("contact.name-not-first", text)),
            vec!["Hardworking and reliable team member"]
        );
    }

    #[test]
    fn passes_names_and_leaves_a_resume_title_to_its_own_rule() {
        for text in [
            "# Maria Delgado\n\nmaria@example.com\n",
            "MARIA J. DELGADO\n\nmaria@example.com\n",
            "Resume\n\nMaria Delgado\n\nmaria@example.com\n",
        ] {
            assert!(resume("contact.name-not-first", text).is_empty(), "{text}");
        }
    }
}
