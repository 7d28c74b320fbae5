use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use std::collections::HashMap;

pub const RULE: Rule = Rule {
    id: "posting.missing-keywords",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "Skills and terms the attached job posting stresses (named twice or more, or listed as requirements) that the document never mentions.",
        why: "Employers and their job sites look for the posting's own words. If you have the skill, using their word for it gets you seen.",
        example: "Posting asks for \"pallet jack\" and \"inventory\" three times; the resume says \"moved stock\".",
        better: "- Moved 120 pallets a shift with an electric pallet jack; kept inventory counts 99% accurate",
    },
    check,
};

/// Words every posting uses that say nothing about the job.
const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "in",
    "for",
    "with",
    "on",
    "at",
    "by",
    "from",
    "as",
    "is",
    "are",
    "be",
    "will",
    "you",
    "your",
    "we",
    "our",
    "us",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "their",
    "they",
    "have",
    "has",
    "must",
    "may",
    "can",
    "able",
    "ability",
    "all",
    "any",
    "other",
    "such",
    "including",
    "include",
    "includes",
    "job",
    "position",
    "role",
    "candidate",
    "candidates",
    "applicant",
    "applicants",
    "apply",
    "work",
    "working",
    "team",
    "company",
    "employer",
    "employee",
    "employees",
    "opportunity",
    "responsibilities",
    "requirements",
    "required",
    "preferred",
    "qualifications",
    "duties",
    "skills",
    "experience",
    "years",
    "year",
    "plus",
    "strong",
    "excellent",
    "good",
    "great",
    "new",
    "well",
    "who",
    "what",
    "which",
    "when",
    "where",
    "per",
    "hour",
    "hours",
    "pay",
    "benefits",
    "equal",
    "opportunity",
    "employment",
    "full-time",
    "part-time",
    "time",
    "day",
    "days",
    "week",
    "weeks",
    "etc",
    "not",
    "but",
    "if",
    "also",
    "other",
    "more",
    "one",
    "two",
    "three",
    "help",
    "ensure",
    "provide",
    "perform",
    "duties",
    "minimum",
    "least",
    "related",
    "within",
    "about",
    "into",
    "out",
    "up",
    "each",
    "every",
    "high",
    "school",
    "diploma",
    "equivalent",
    "ged",
    "salary",
    "location",
    "schedule",
    "shift",
    "shifts",
    "needed",
    "need",
    "needs",
    "looking",
    "join",
    "seeking",
    "seek",
    "ideal",
    "we're",
    "you'll",
    "you're",
    "based",
    "using",
    "use",
    "knowledge",
    "standards",
    "environment",
    "fast-paced",
    "paced",
    "fast",
    "various",
    "tasks",
    "task",
    "other",
    "assigned",
    "must",
    "lift",
];

fn stem(w: &str) -> &str {
    w.strip_suffix("ies")
        .or_else(|| w.strip_suffix("es"))
        .or_else(|| w.strip_suffix('s'))
        .unwrap_or(w)
}

/// The posting's key terms, most emphasised first: words named at least twice, and every
/// word of a line that lists requirements.
pub(crate) fn key_terms(posting: &str) -> Vec<String> {
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    let mut order = 0;
    for line in posting.lines() {
        let in_list = line.trim_start().starts_with(['-', '*', '•']);
        for (_, w) in super::words(line) {
            let lower = w.to_lowercase();
            if lower.len() < 3
                || STOP.contains(&lower.as_str())
                || lower.chars().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            order += 1;
            let e = counts.entry(lower).or_insert((0, order));
            e.0 += if in_list { 2 } else { 1 };
        }
    }
    let mut terms: Vec<(String, (usize, usize))> =
        counts.into_iter().filter(|(_, (n, _))| *n >= 2).collect();
    terms.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
    terms.into_iter().map(|(w, _)| w).take(25).collect()
}

fn check(input: &Input, sink: &mut Sink) {
    let Some(posting) = input
        .context
        .posting_text
        .as_deref()
        .filter(|p| !p.trim().is_empty())
    else {
        return;
    };
    let have: Vec<String> = super::words(
        &input
            .outline
            .blocks
            .iter()
            .map(|b| b.plain.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    )
    .into_iter()
    .map(|(_, w)| stem(&w.to_lowercase()).to_string())
    .collect();
    let missing: Vec<String> = key_terms(posting)
        .into_iter()
        .filter(|t| !have.iter().any(|h| h == stem(t)))
        .take(8)
        .collect();
    if missing.is_empty() {
        return;
    }
    let span = super::document_span(input.outline);
    sink.emit(
        span,
        format!("The job posting stresses words your {} doesn't use yet: {}. If you have these skills, use the posting's words for them.",
            if input.outline.kind == crate::document::DocumentKind::CoverLetter { "letter" } else { "resume" },
            missing.join(", ")),
        vec![
            Suggestion::advice("For each word you can honestly claim, add it to a bullet that shows it, or to your skills list."),
            Suggestion::advice("Leave out any you don't have; talk about how you'd learn them instead."),
        ],
    );
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;
    use crate::checklist::{Context, DocumentKind};

    const POSTING: &str = "Warehouse Associate\n\nWe need a Warehouse Associate to load trucks.\n\nRequirements:\n- Pallet jack and forklift experience\n- Inventory counts with RF scanners\n- Forklift certification\n";

    #[test]
    fn names_the_missing_terms() {
        let ctx = Context {
            posting_text: Some(POSTING.into()),
            ..Context::default()
        };
        let text = "# A B\n\n## Experience\n\n- Drove a forklift for 3 years\n- Loaded 12 trucks a shift\n";
        let f = run(
            "posting.missing-keywords",
            text,
            Some(DocumentKind::Resume),
            &ctx,
        );
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("pallet"), "{}", f[0].message);
        assert!(f[0].message.contains("inventory"), "{}", f[0].message);
        assert!(!f[0].message.contains("forklift"), "{}", f[0].message);
    }

    #[test]
    fn passes_without_a_posting_or_with_every_term() {
        assert!(resume("posting.missing-keywords", "# A B\n").is_empty());
        let ctx = Context {
            posting_text: Some(POSTING.into()),
            ..Context::default()
        };
        let text = "# A B\n\nWarehouse associate: forklift (certification), pallet jack, inventory counts, RF scanners, loaded trucks, counts.\n";
        assert!(run(
            "posting.missing-keywords",
            text,
            Some(DocumentKind::Resume),
            &ctx
        )
        .is_empty());
    }
}
