use super::{is_work_section, month_of, role_months};
use crate::checklist::{Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::document::DocumentKind;

pub const RULE: Rule = Rule {
    id: "length.too-long",
    applies: Applies::Both,
    severity: Severity::Major,
    doc: RuleDoc {
        what: "A resume over two pages (over one page for someone with under five years of work), or a cover letter over one page or 400 words.",
        why: "Employers give a resume a few seconds. Past the length they expect, the best parts get buried.",
        example: "A three-page resume with every job since high school.",
        better: "Two pages at most: the last 10–15 years, the strongest bullets.",
    },
    check,
};

/// Page estimates are rough; allow this much over before saying anything.
const SLACK: f32 = 0.15;

fn check(input: &Input, sink: &mut Sink) {
    let outline = input.outline;
    let pages = input.doc.facts.page_estimate;
    let span = super::document_span(outline);
    match outline.kind {
        DocumentKind::CoverLetter => {
            let words = outline
                .letter
                .body
                .iter()
                .map(|&b| outline.blocks[b].plain.split_whitespace().count())
                .sum::<usize>();
            if words > 400 || pages > 1.0 + SLACK {
                sink.emit(
                    span,
                    format!("Your letter runs about {words} words. Keep it to one page, under 400 words, so it gets read to the end."),
                    vec![
                        Suggestion::advice("Keep three short paragraphs: why this job, what you bring (one story with a number), and a thank-you."),
                        Suggestion::advice("Cut anything your resume already says in the same words."),
                    ],
                );
            }
        }
        DocumentKind::Resume => {
            let now = month_of(input.today);
            let earliest = outline
                .roles
                .iter()
                .filter(|r| is_work_section(outline, r.section))
                .filter_map(|r| r.dates.as_ref())
                .map(|d| role_months(d, input.today).0)
                .min();
            let early_career = earliest.is_none_or(|start| now - start < 5 * 12);
            let limit = if early_career { 1.0 } else { 2.0 };
            if pages > limit + SLACK {
                sink.emit(
                    span,
                    format!(
                        "This resume is about {pages:.1} pages. {} Shorter gets read more closely.",
                        if early_career { "With a few years of work, one page is plenty." } else { "Two pages is the most employers expect." }
                    ),
                    vec![
                        Suggestion::advice("Keep the last 10–15 years and the 3–5 strongest bullets for each job."),
                        Suggestion::advice("Drop older jobs, \"References available\", and skills every applicant has."),
                    ],
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    #[test]
    fn flags_a_long_letter() {
        let para = "I would bring steady work and care to the team. ".repeat(45);
        let text = format!("Dear Ms. Lopez,\n\n{para}\n\nSincerely,\\\nMaria Delgado\n");
        assert_eq!(letter("length.too-long", &text).len(), 1);
    }

    #[test]
    fn passes_a_short_resume() {
        let text =
            "# A B\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Trained 4 cashiers\n";
        assert!(resume("length.too-long", text).is_empty());
    }
}
