//! The words an office uses for the people it serves. Every user-facing mention of them comes
//! from here, so an office can say "client", "patron" or "job seeker" everywhere at once.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PeopleWord {
    #[default]
    Client,
    Patron,
    JobSeeker,
}

/// The forms a sentence needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Words {
    pub choice: PeopleWord,
    /// "client"
    pub one: String,
    /// "clients"
    pub many: String,
    /// "Client"
    pub one_title: String,
    /// "Clients"
    pub many_title: String,
}

impl PeopleWord {
    pub const ALL: [PeopleWord; 3] = [
        PeopleWord::Client,
        PeopleWord::Patron,
        PeopleWord::JobSeeker,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PeopleWord::Client => "client",
            PeopleWord::Patron => "patron",
            PeopleWord::JobSeeker => "job-seeker",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        PeopleWord::ALL.into_iter().find(|w| w.as_str() == s)
    }

    pub fn words(self) -> Words {
        let (one, many) = match self {
            PeopleWord::Client => ("client", "clients"),
            PeopleWord::Patron => ("patron", "patrons"),
            PeopleWord::JobSeeker => ("job seeker", "job seekers"),
        };
        let title = |s: &str| {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        };
        Words {
            choice: self,
            one: one.into(),
            many: many.into(),
            one_title: title(one),
            many_title: title(many),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_every_form() {
        let w = PeopleWord::JobSeeker.words();
        assert_eq!(
            (w.one.as_str(), w.many_title.as_str()),
            ("job seeker", "Job seekers")
        );
        for choice in PeopleWord::ALL {
            assert_eq!(
                PeopleWord::parse(choice.as_str()),
                Some(choice),
                "stored names read back"
            );
        }
    }
}
