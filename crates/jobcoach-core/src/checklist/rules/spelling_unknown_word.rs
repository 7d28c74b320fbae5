use super::words;
use crate::checklist::rules::EMAIL;
use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::outline::SectionKind;
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|org|net|edu|gov|io|me|us|co)(?:/\S*)?",
    )
    .expect("valid")
});

pub const RULE: Rule = Rule {
    id: "spelling.unknown-word",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A word that is not in the dictionary, the office's word list, or the document's own names (the person, employers, job titles).",
        why: "One spelling mistake can be enough for an employer to pass on an application.",
        example: "Managed a team of five cashiers and recieved two awards.",
        better: "Managed a team of five cashiers and received two awards.",
    },
    check,
};

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    // Names the document itself vouches for: the contact block, employers and job titles,
    // and what the app knows (the client's name, the target employer and role).
    let mut own_names: HashSet<String> = HashSet::new();
    let mut vouch = |s: &str| {
        for (_, w) in words(s) {
            own_names.insert(w.to_lowercase());
        }
    };
    vouch(&outline.contact_text());
    for role in &outline.roles {
        role.title
            .as_deref()
            .into_iter()
            .chain(role.employer.as_deref())
            .for_each(&mut vouch);
    }
    let c = input.context;
    for s in [
        &c.client_name,
        &c.target_employer,
        &c.target_role,
        &c.recipient_name,
    ]
    .into_iter()
    .flatten()
    {
        vouch(s);
    }
    // Names of schools, places and products the text itself marks as names: capitalised
    // words in the education section, runs of two or more capitalised words ("Sinclair
    // Community College"), and a capitalised word after "at", "in", "from"… ("at Meijer").
    for (i, block) in outline.blocks.iter().enumerate() {
        // Skills and certifications name tools and products ("Dentrix", "Hoyer lifts").
        let in_education = outline.section_of(i).is_some_and(|s| {
            matches!(
                s.kind,
                Some(SectionKind::Education | SectionKind::Skills | SectionKind::Certifications)
            )
        });
        let ws = words(&block.plain);
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        for (n, (_, w)) in ws.iter().enumerate() {
            if !capital(w) {
                continue;
            }
            let prev = n.checked_sub(1).map(|p| ws[p].1);
            let next = ws.get(n + 1).map(|x| x.1);
            let after_preposition = prev.is_some_and(|p| {
                ["at", "in", "from", "with", "for", "of", "near", "via"].contains(&p)
            });
            let in_run =
                prev.is_some_and(|p| capital(p) && n > 1) || (n > 0 && next.is_some_and(capital));
            if in_education || after_preposition || in_run {
                own_names.insert(w.to_lowercase());
            }
        }
    }
    for block in &outline.blocks {
        // Addresses are not words.
        // Addresses are not words, and template text is template.placeholder-left's finding.
        let skip = crate::text::Cover::new(
            EMAIL
                .find_iter(&block.plain)
                .chain(URL.find_iter(&block.plain))
                .map(|m| m.range())
                .chain(super::template_placeholder_left::placeholder_ranges(
                    input,
                    &block.plain,
                )),
        );
        for (range, word) in words(&block.plain) {
            // "Node.js", "ASP.NET": a word right after a dot is part of a name.
            let after_dot = block.plain[..range.start].ends_with('.');
            if skip.covers(&range) || after_dot || !needs_check(word) {
                continue;
            }
            let bare = word.trim_end_matches("'s").trim_end_matches("’s");
            // "PointClickCare", "QuickBooks": capitals inside a word mark a product name.
            let product = bare.chars().skip(1).any(char::is_uppercase)
                && bare.chars().any(char::is_lowercase);
            if product || own_names.contains(&bare.to_lowercase()) {
                continue;
            }
            // Check hyphenated words part by part: "cross-functional" is two known words.
            let known = bare.split('-').all(|part| {
                part.is_empty()
                    || !needs_check(part)
                    || input.lexicon.knows(part, &input.profile.extra_words)
            });
            if known {
                continue;
            }
            let span = block.source_range(range.start..range.start + bare.len());
            let mut suggestions: Vec<Suggestion> = input
                .lexicon
                .suggest(bare, 3)
                .into_iter()
                .map(|s| {
                    Suggestion::edit(
                        format!("Change to \"{s}\""),
                        span.clone(),
                        s,
                        Applicability::Review,
                    )
                })
                .collect();
            suggestions.push(Suggestion::advice(
                "If this is a name or a word from your field, it's fine: add it to the office word list so it isn't flagged again.",
            ));
            sink.emit(span, format!("\"{bare}\" may be misspelled."), suggestions);
        }
    }
}

/// Acronyms, numbers and single letters are another rule's business.
fn needs_check(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && !word.chars().any(|c| c.is_ascii_digit())
        && !(word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
            && letters <= 6)
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_misspellings_with_suggestions() {
        let text =
            "# Maria Delgado\n\n## Experience\n\n- Recieved two awards for customer servise\n";
        let f = resume("spelling.unknown-word", text);
        assert_eq!(flagged(text, &f), vec!["Recieved", "servise"]);
        assert!(
            f[0].suggestions
                .iter()
                .any(|s| s.label.contains("Received")),
            "the likely word is offered: {:?}",
            f[0].suggestions
        );
    }

    #[test]
    fn own_names_addresses_and_acronyms_are_not_misspellings() {
        let text = "# Maria Oyelaran-Delgado\n\nmaria.oyelaran@example.com | linkedin.com/in/moyelaran\n\n## Experience\n\nCashier, Kroger, 2019 – Present\n\n- Kept the OSHA log and trained Oyelaran's team on HVAC safety\n- Cross-trained on Microsoft Excel and QuickBooks\n";
        let f = resume("spelling.unknown-word", text);
        assert!(
            f.is_empty(),
            "names from the contact block and employers pass: {:?}",
            flagged(text, &f)
        );
    }
}
