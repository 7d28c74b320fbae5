//! A cover letter's parts: the salutation, the body and the closing, and the two phrase
//! tests (`is_salutation`, `is_closing`) that the kind detection and the exporter share.
//! The phrase tests read one line of text and know nothing of blocks.

use super::{LetterParts, Outline};

impl Outline {
    pub(super) fn find_letter_parts(&mut self) {
        let salutation = self.blocks.iter().position(|b| is_salutation(&b.plain));
        let closing = self
            .blocks
            .iter()
            .rposition(|b| is_closing(b.plain.lines().next().unwrap_or("")));
        let body_start = salutation.map_or(self.contact.end, |s| s + 1);
        let body_end = closing.unwrap_or(self.blocks.len());
        self.letter = LetterParts {
            salutation,
            body: (body_start..body_end.max(body_start)).collect(),
            closing,
        };
    }
}

/// "Dear Ms. Lopez," "To Whom It May Concern:" "Hello Hiring Team,"
pub fn is_salutation(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    (t.starts_with("dear ")
        || t.starts_with("to whom")
        || t.starts_with("hello")
        || t.starts_with("greetings"))
        && t.split_whitespace().count() <= 8
}

/// "Sincerely," "Best regards," "Thank you,"
pub fn is_closing(text: &str) -> bool {
    let t = text.trim().trim_end_matches([',', '.', '!']).to_lowercase();
    const CLOSINGS: &[&str] = &[
        "sincerely",
        "sincerely yours",
        "yours sincerely",
        "best regards",
        "regards",
        "kind regards",
        "warm regards",
        "respectfully",
        "respectfully yours",
        "thank you",
        "thanks",
        "best",
        "with appreciation",
        "with gratitude",
        "yours truly",
        "cordially",
        "all the best",
    ];
    CLOSINGS.contains(&t.as_str())
}

#[cfg(test)]
mod tests {
    use crate::dates::DateFinder;
    use crate::document::DocumentKind;
    use crate::outline::Outline;

    #[test]
    fn reads_a_letter() {
        let letter = "Maria Delgado\\\nmaria@example.com\n\nDear Ms. Lopez,\n\nI am writing to apply for the Shift Lead role at Target. I have led a team of six cashiers for three years and trained every new hire in our store, which cut our wait times.\n\nI would welcome the chance to talk. My references and schedule are flexible and I can start within two weeks of an offer being made to me.\n\nSincerely,\\\nMaria Delgado\n";
        let o = Outline::build(letter, None, &DateFinder::new());
        assert_eq!(o.kind, DocumentKind::CoverLetter);
        assert_eq!(o.letter.salutation, Some(1));
        assert_eq!(o.letter.body, vec![2, 3]);
        assert_eq!(o.letter.closing, Some(4));
        assert_eq!(o.contact, 0..1);
    }
}
