use super::whole_words;
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use regex::Regex;
use std::sync::LazyLock;

/// Bracketed prompts: "[Company Name]", "{Your Name}", "<job title>".
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[[^\]\n]{2,40}\]|\{\{?[^}\n]{2,40}\}?\}|<[A-Za-z][^>\n]{1,40}>").expect("valid")
});
static INSERT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*insert\b").expect("valid"));

pub const RULE: Rule = Rule {
    id: "template.placeholder-left",
    applies: Applies::Both,
    severity: Severity::Blocker,
    doc: RuleDoc {
        what: "Template text left in: [Company Name], Your Name, Lorem ipsum, XXX, \"Insert ...\".",
        why:
            "A leftover placeholder tells an employer the document was not read before it was sent.",
        example: "I am excited to apply to [Company Name].",
        better: "I am excited to apply to Riverside Health.",
    },
    check,
};

/// Where template text sits in a block's plain text. Other rules skip these ranges: one
/// finding for a leftover prompt, not a spelling error per word of "Lorem ipsum" too.
pub(crate) fn placeholder_ranges(input: &Input, plain: &str) -> Vec<std::ops::Range<usize>> {
    {
        let mut hits: Vec<std::ops::Range<usize>> = BRACKETED
            .find_iter(plain)
            .filter(|m| m.as_str().chars().any(char::is_alphabetic))
            .map(|m| m.range())
            .collect();
        let bracketed = crate::text::Cover::new(hits.iter().cloned());
        // The phrases found come in order without overlapping, so of those kept, every one
        // starts before the next and the last one kept ends furthest.
        let mut kept_end: Option<usize> = None;
        for m in input.lexicon.placeholder_matcher.find_iter(plain) {
            let range = m.range();
            let found = &plain[range.clone()];
            // "your name" in a sentence is English; "Your Name" or "COMPANY NAME" is a prompt.
            let prompt_case = found
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
                || found.to_lowercase().starts_with("lorem")
                || found.eq_ignore_ascii_case("xxx")
                || found.to_lowercase().starts_with("xxx");
            if whole_words(plain, &range)
                && prompt_case
                && !bracketed.covers(&range)
                && kept_end.is_none_or(|end| range.end > end)
            {
                kept_end = Some(range.end);
                hits.push(range);
            }
        }
        if let Some(m) = INSERT.find(plain) {
            hits.push(m.start()..plain.lines().next().unwrap_or("").len());
        }
        hits.sort_by_key(|r| r.start);
        hits
    }
}

fn check(input: &Input, sink: &mut Sink) {
    for block in &input.outline.blocks {
        let plain = &block.plain;
        for range in placeholder_ranges(input, plain) {
            let found = plain[range.clone()].to_string();
            let span = block.source_range(range);
            let mut suggestions = Vec::new();
            let lower = found.to_lowercase();
            if let Some(employer) = input
                .context
                .target_employer
                .as_ref()
                .filter(|_| lower.contains("company") || lower.contains("employer"))
            {
                suggestions.push(Suggestion::edit(
                    format!("Put in \"{employer}\""),
                    span.clone(),
                    employer.clone(),
                    Applicability::Review,
                ));
            }
            if let Some(role) = input
                .context
                .target_role
                .as_ref()
                .filter(|_| lower.contains("title") || lower.contains("position"))
            {
                suggestions.push(Suggestion::edit(
                    format!("Put in \"{role}\""),
                    span.clone(),
                    role.clone(),
                    Applicability::Review,
                ));
            }
            suggestions.push(Suggestion::advice(
                "Replace it with your own details, or delete it.",
            ));
            sink.emit(span, format!("\"{found}\" looks like template text that was left in. Replace it before this goes out."), suggestions);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::checklist::Context;
    use crate::document::DocumentKind;

    #[test]
    fn flags_prompts_and_offers_the_target_employer() {
        let text = "Dear Hiring Manager,\n\nI am excited to apply to \\[Company Name\\]. Lorem ipsum dolor.\n\nPhone: XXX-XXX-XXXX\n";
        let context = Context {
            target_employer: Some("Riverside Health".into()),
            ..Context::default()
        };
        let f = run(
            "template.placeholder-left",
            text,
            Some(DocumentKind::CoverLetter),
            &context,
        );
        assert_eq!(
            flagged(text, &f),
            vec!["\\[Company Name\\]", "Lorem ipsum", "XXX-XXX-XXXX"]
        );
        let fixed = apply_first_edit(text, &f[0]);
        assert!(fixed.contains("apply to Riverside Health."), "{fixed}");
    }

    #[test]
    fn ordinary_sentences_pass() {
        let text = "Dear Ms. Lopez,\n\nI saw your name on the company website and the job title caught my eye.\n";
        assert!(
            letter("template.placeholder-left", text).is_empty(),
            "lower-case phrases in sentences are English"
        );
    }
}
