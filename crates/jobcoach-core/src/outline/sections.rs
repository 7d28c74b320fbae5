//! Which section a heading names. The synonyms are data, not code: `section-headings.txt`
//! beside this file (its format is described at its top), read once and checked strictly.
//! This module knows headings only, not where they sit in a document.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The kinds of resume section jobcoach recognises by their heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    Summary,
    Objective,
    Experience,
    Education,
    Skills,
    Certifications,
    Projects,
    Volunteer,
    Awards,
    Languages,
    Interests,
    References,
    Contact,
    /// Affiliations, publications, leadership, additional information: real sections
    /// with no rule of their own.
    Additional,
}

impl SectionKind {
    /// Every kind, for reading the data file by name.
    const ALL: [SectionKind; 14] = [
        SectionKind::Summary,
        SectionKind::Objective,
        SectionKind::Experience,
        SectionKind::Education,
        SectionKind::Skills,
        SectionKind::Certifications,
        SectionKind::Projects,
        SectionKind::Volunteer,
        SectionKind::Awards,
        SectionKind::Languages,
        SectionKind::Interests,
        SectionKind::References,
        SectionKind::Contact,
        SectionKind::Additional,
    ];

    /// The kind's name in `section-headings.txt`.
    fn name(self) -> &'static str {
        match self {
            SectionKind::Summary => "summary",
            SectionKind::Objective => "objective",
            SectionKind::Experience => "experience",
            SectionKind::Education => "education",
            SectionKind::Skills => "skills",
            SectionKind::Certifications => "certifications",
            SectionKind::Projects => "projects",
            SectionKind::Volunteer => "volunteer",
            SectionKind::Awards => "awards",
            SectionKind::Languages => "languages",
            SectionKind::Interests => "interests",
            SectionKind::References => "references",
            SectionKind::Contact => "contact",
            SectionKind::Additional => "additional",
        }
    }

    fn named(name: &str) -> Option<SectionKind> {
        SectionKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// The heading synonyms. The one table of them.
const SECTION_HEADINGS: &str = include_str!("section-headings.txt");

/// Each synonym, in compared form, with the kind it names.
static SYNONYMS: LazyLock<HashMap<&'static str, SectionKind>> = LazyLock::new(|| {
    parse_headings(SECTION_HEADINGS).unwrap_or_else(|e| panic!("outline/section-headings.txt: {e}"))
});

/// Read the data file's format: `[kind]` lines, and one heading a line under each.
fn parse_headings(text: &str) -> Result<HashMap<&str, SectionKind>, String> {
    let mut headings = HashMap::new();
    let mut current: Option<SectionKind> = None;
    let mut kinds_seen: Vec<SectionKind> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let n = n + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let kind = SectionKind::named(name.trim())
                .ok_or_else(|| format!("line {n}: unknown section kind [{name}]"))?;
            if kinds_seen.contains(&kind) {
                return Err(format!("line {n}: [{name}] appears twice"));
            }
            kinds_seen.push(kind);
            current = Some(kind);
            continue;
        }
        let kind =
            current.ok_or_else(|| format!("line {n}: heading {line:?} before any [kind]"))?;
        if heading_key(line) != line {
            return Err(format!(
                "line {n}: {line:?} can never match; write it as {:?}",
                heading_key(line)
            ));
        }
        if let Some(other) = headings.insert(line, kind) {
            return Err(format!(
                "line {n}: {line:?} is under [{}] and [{}]",
                other.name(),
                kind.name()
            ));
        }
    }
    if let Some(empty) = SectionKind::ALL
        .into_iter()
        .find(|k| !headings.values().any(|v| v == k))
    {
        return Err(format!("[{}] has no headings", empty.name()));
    }
    Ok(headings)
}

/// A heading as it is compared: lower case, "&" as "and", punctuation dropped, white space
/// folded to single spaces.
fn heading_key(heading: &str) -> String {
    let key: String = heading
        .to_lowercase()
        .replace('&', " and ")
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect();
    key.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The section a heading names, if it is one jobcoach knows.
pub fn section_kind(heading: &str) -> Option<SectionKind> {
    SYNONYMS.get(heading_key(heading).as_str()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_synonyms() {
        assert_eq!(
            section_kind("PROFESSIONAL EXPERIENCE"),
            Some(SectionKind::Experience)
        );
        assert_eq!(
            section_kind("Education & Training"),
            Some(SectionKind::Education)
        );
        assert_eq!(section_kind("Skills:"), Some(SectionKind::Skills));
        assert_eq!(section_kind("My Journey"), None);
    }

    #[test]
    fn the_data_file_reads_strictly_and_names_every_kind() {
        let headings = parse_headings(SECTION_HEADINGS).expect("section-headings.txt reads");
        for kind in SectionKind::ALL {
            assert_eq!(SectionKind::named(kind.name()), Some(kind));
            assert!(
                headings.values().any(|&k| k == kind),
                "[{}] has synonyms",
                kind.name()
            );
        }
        assert_eq!(headings.len(), 103, "every synonym of the former table");
    }

    #[test]
    fn a_bad_data_file_is_an_error_not_a_silent_gap() {
        let all: String = SectionKind::ALL
            .iter()
            .map(|k| format!("[{}]\n{}\n", k.name(), k.name()))
            .collect();
        assert!(parse_headings(&all).is_ok(), "the minimal file reads");
        let bad = [
            ("# no kind yet\nsummary\n", "before any [kind]"),
            ("[experiance]\nwork history\n", "unknown section kind"),
            ("[skills]\nSkills & Abilities\n", "can never match"),
            (
                "[skills]\nskills\n[awards]\nskills\n",
                "under [skills] and [awards]",
            ),
            ("[skills]\nskills\n[skills]\nabilities\n", "appears twice"),
            ("[skills]\nskills\n", "has no headings"),
        ];
        for (text, want) in bad {
            let err = parse_headings(text).expect_err(text);
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }
}
