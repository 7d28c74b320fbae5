//! What reads as a person's name, a name with credentials after it, or a "Resume" title
//! above the name. Text tests only: no blocks, no positions.

use super::sections::section_kind;

/// "Resume", "RÉSUMÉ", "Curriculum Vitae", "CV": a title above the name.
pub fn is_resume_title(line: &str) -> bool {
    let t = line.trim().trim_end_matches(':').to_lowercase();
    matches!(
        t.as_str(),
        "resume" | "résumé" | "resumé" | "curriculum vitae" | "cv" | "my resume"
    )
}

/// "Priya Raman, RN" -> "Priya Raman": credentials after a comma are not part of the name.
pub fn without_credentials(line: &str) -> &str {
    match line.split_once(',') {
        Some((name, rest))
            if !rest.trim().is_empty()
                && rest.split([',', ' ']).filter(|w| !w.is_empty()).all(|w| {
                    let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
                    letters.len() >= 2 && letters.chars().filter(|c| c.is_uppercase()).count() >= 2
                }) =>
        {
            name.trim()
        }
        _ => line,
    }
}

/// Two to four words, each capitalised, no digits or '@': how a name line looks.
pub fn looks_like_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let first = w.chars().next().unwrap_or(' ');
            (first.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.' | '’'))
        })
        && section_kind(line).is_none()
}
