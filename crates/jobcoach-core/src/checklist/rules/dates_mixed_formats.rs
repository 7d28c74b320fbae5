use crate::checklist::{Applicability, Applies, Input, Rule, RuleDoc, Severity, Sink, Suggestion};
use crate::dates::{style_is_ambiguous, DateEnd, DateMention, DateStyle};

pub const RULE: Rule = Rule {
    id: "dates.mixed-formats",
    applies: Applies::Resume,
    severity: Severity::Minor,
    doc: RuleDoc {
        what: "Dates written in more than one style, such as \"Jan 2020\" in one job and \"01/2021\" in another.",
        why: "Matching dates look careful, and make your timeline easy to scan.",
        example: "Cashier, Jan 2019 – Present\nStocker, 03/2016 – 12/2018",
        better: "Cashier, Jan 2019 – Present\nStocker, Mar 2016 – Dec 2018",
    },
    check,
};

/// The style a range is written in: its start's, unless the start is "May" (the same
/// short or long), then its end's.
fn style_of(text: &str, mention: &DateMention) -> Option<DateStyle> {
    if !style_is_ambiguous(&text[mention.start_span.clone()]) {
        return Some(mention.start.style);
    }
    match &mention.end {
        Some((DateEnd::Date(end), span)) if !style_is_ambiguous(&text[span.clone()]) => {
            Some(end.style)
        }
        _ => None,
    }
}

fn check(input: &Input, sink: &mut Sink) {
    let text = input.text();
    // Only ranges ("Jan 2019 – Present") set the style: a graduation year or a year in a
    // sentence is written as a year on any resume.
    let ranges: Vec<&DateMention> = input
        .outline
        .dates
        .iter()
        .filter(|d| d.end.is_some())
        .collect();
    let mut counts: Vec<(DateStyle, usize)> = Vec::new();
    for style in ranges.iter().filter_map(|m| style_of(text, m)) {
        match counts.iter_mut().find(|(s, _)| *s == style) {
            Some((_, n)) => *n += 1,
            None => counts.push((style, 1)),
        }
    }
    if counts.len() < 2 {
        return;
    }
    // The style used most is the one to keep; on a tie, the one that comes first.
    let main = counts
        .iter()
        .fold(counts[0], |best, c| if c.1 > best.1 { *c } else { best })
        .0;
    for mention in ranges {
        let mut parts = vec![(mention.start, mention.start_span.clone())];
        if let Some((DateEnd::Date(end), span)) = &mention.end {
            parts.push((*end, span.clone()));
        }
        let odd: Vec<_> = parts
            .into_iter()
            .filter(|(d, span)| d.style != main && !style_is_ambiguous(&text[span.clone()]))
            .collect();
        if odd.is_empty() {
            continue;
        }
        let mut replacement = text[mention.span.clone()].to_string();
        let mut convertible = true;
        // Replace from the end so earlier offsets stay valid.
        for (date, span) in odd.iter().rev() {
            match date
                .format_as(main)
                .filter(|_| date.style.convertible_to(main))
            {
                Some(new) => {
                    let at = span.start - mention.span.start..span.end - mention.span.start;
                    replacement.replace_range(at, &new);
                }
                None => convertible = false,
            }
        }
        let written = &text[mention.span.clone()];
        let mut suggestions = Vec::new();
        if convertible {
            suggestions.push(Suggestion::edit(
                format!("Write it as \"{replacement}\""),
                mention.span.clone(),
                replacement.clone(),
                Applicability::Safe,
            ));
        }
        suggestions.push(Suggestion::advice(format!(
            "Use one style for every date, like \"{}\", the style used most in your resume.",
            main.example()
        )));
        sink.emit(
            mention.span.clone(),
            format!(
                "\"{written}\" is written differently from most of your dates (like \"{}\"). Matching dates look careful.",
                main.example()
            ),
            suggestions,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checklist::testing::*;

    const MIXED: &str = "# Maria Delgado\n\n## Experience\n\nShift Lead, Target, Jan 2019 – Present\n\n- Trained cashiers\n\nCashier, Walmart, Mar 2017 – Dec 2018\n\n- Ran the register\n\nStocker, Aldi, 03/2015 – 02/2017\n\n- Stocked shelves\n";

    #[test]
    fn flags_the_odd_one_out_with_a_safe_rewrite() {
        let f = resume("dates.mixed-formats", MIXED);
        assert_eq!(
            flagged(MIXED, &f),
            vec!["03/2015 – 02/2017"],
            "only the minority style is flagged"
        );
        let fixed = apply_first_edit(MIXED, &f[0]);
        assert!(
            fixed.contains("Mar 2015 – Feb 2017"),
            "the edit writes the same dates in the main style"
        );
    }

    #[test]
    fn graduation_years_and_years_in_sentences_set_no_style() {
        let text = "# A B\n\n## Experience\n\nClerk, Aldi, Jan 2019 – Present\n\n- Won an award in 2021\n\n## Education\n\nGED, 2015\n";
        assert!(
            resume("dates.mixed-formats", text).is_empty(),
            "a year alone is how graduation years are written"
        );
    }

    #[test]
    fn one_style_throughout_passes_and_may_is_neutral() {
        let ok = "# A B\n\n## Experience\n\nClerk, Aldi, May 2019 – Present\n\n- Did it\n\nClerk, Lidl, Jan 2017 – Apr 2019\n\n- Did it\n";
        assert!(
            resume("dates.mixed-formats", ok).is_empty(),
            "\"May\" is both short and full"
        );
    }
}
