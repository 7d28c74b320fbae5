//! Office profiles: a TOML file that turns rules off, changes severities, and adds to the
//! word lists and the dictionary. The file is the office's; jobcoach only reads it, and a
//! mistake in it is reported with its line so the person who wrote it can fix it.
//!
//! ```toml
//! name = "Eastside Library Job Help"
//!
//! [rules]
//! off = ["dates.gap"]
//!
//! [rules.severity]
//! "impact.unquantified" = "minor"
//!
//! [words]
//! buzzwords = ["rockstar"]
//! weak_openers = ["was in charge of"]
//! unprofessional_email = ["gamer"]
//! dictionary = ["Eastside", "WIOA"]
//! acronyms = ["WIOA", "SNAP"]
//! ```

use super::{rules, Rule, Severity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

/// An office's adjustments to the checklist. The default is the catalogue as shipped.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    pub disabled: Vec<String>,
    pub severities: BTreeMap<String, Severity>,
    pub extra_buzzwords: Vec<String>,
    pub extra_weak_openers: Vec<String>,
    pub extra_words: Vec<String>,
    pub extra_unprofessional_email: Vec<String>,
    pub extra_acronyms: Vec<String>,
}

/// A profile file that could not be used, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    /// 1-based; 0 when the problem is not on one line.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}: {}", self.line, self.message)
        } else {
            f.write_str(&self.message)
        }
    }
}

impl std::error::Error for ProfileError {}

impl ProfileError {
    /// A profile is a file the office chose; the message names the line to fix.
    pub fn code(&self) -> crate::ErrorCode {
        crate::ErrorCode::BadFile
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    rules: RulesTable,
    #[serde(default)]
    words: WordsTable,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RulesTable {
    #[serde(default)]
    off: Vec<toml::Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct WordsTable {
    #[serde(default)]
    buzzwords: Vec<String>,
    #[serde(default)]
    weak_openers: Vec<String>,
    #[serde(default)]
    unprofessional_email: Vec<String>,
    #[serde(default)]
    dictionary: Vec<String>,
    #[serde(default)]
    acronyms: Vec<String>,
}

fn line_of(text: &str, span: Option<Range<usize>>) -> usize {
    span.map_or(0, |s| {
        text[..s.start.min(text.len())].matches('\n').count() + 1
    })
}

fn known_rule(id: &str) -> bool {
    rules::RULES.iter().any(|r| r.id == id)
}

impl Profile {
    /// Read a profile file's text. `fallback_name` names it when the file has no `name`.
    pub fn from_toml(text: &str, fallback_name: &str) -> Result<Profile, ProfileError> {
        let file: File = toml::from_str(text).map_err(|e| ProfileError {
            line: line_of(text, e.span()),
            message: e.message().trim().to_string(),
        })?;
        let mut profile = Profile {
            name: file
                .name
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| fallback_name.to_string()),
            ..Profile::default()
        };
        for id in file.rules.off {
            if !known_rule(id.get_ref()) {
                return Err(unknown_rule(text, &id));
            }
            profile.disabled.push(id.into_inner());
        }
        for (id, severity) in file.rules.severity {
            if !known_rule(id.get_ref()) {
                return Err(unknown_rule(text, &id));
            }
            let Some(s) = Severity::parse(severity.get_ref()) else {
                return Err(ProfileError {
                    line: line_of(text, Some(severity.span())),
                    message: format!(
                        "\"{}\" is not a severity; use blocker, major, minor or tip",
                        severity.get_ref()
                    ),
                });
            };
            profile.severities.insert(id.into_inner(), s);
        }
        let w = file.words;
        profile.extra_buzzwords = w.buzzwords;
        profile.extra_weak_openers = w.weak_openers;
        profile.extra_unprofessional_email = w.unprofessional_email;
        profile.extra_words = w.dictionary;
        profile.extra_acronyms = w.acronyms;
        Ok(profile)
    }

    pub fn enabled(&self, id: &str) -> bool {
        !self.disabled.iter().any(|d| d == id)
    }

    pub fn severity(&self, rule: &Rule) -> Severity {
        self.severities
            .get(rule.id)
            .copied()
            .unwrap_or(rule.severity)
    }
}

fn unknown_rule(text: &str, id: &toml::Spanned<String>) -> ProfileError {
    let near: Vec<&str> = rules::RULES
        .iter()
        .map(|r| r.id)
        .filter(|r| {
            let area = id.get_ref().split('.').next().unwrap_or("");
            !area.is_empty() && r.starts_with(area)
        })
        .take(4)
        .collect();
    let hint = if near.is_empty() {
        "run `jobcoach rules` for the list".to_string()
    } else {
        format!("rules in that area: {}", near.join(", "))
    };
    ProfileError {
        line: line_of(text, Some(id.span())),
        message: format!("there is no rule \"{}\" ({hint})", id.get_ref()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"name = "Eastside Library Job Help"

[rules]
off = ["dates.gap"]

[rules.severity]
"impact.unquantified" = "minor"

[words]
buzzwords = ["rockstar"]
dictionary = ["WIOA"]
"#;

    #[test]
    fn reads_every_section() {
        let p = Profile::from_toml(EXAMPLE, "file").unwrap();
        assert_eq!(p.name, "Eastside Library Job Help");
        assert!(!p.enabled("dates.gap"));
        assert_eq!(p.severities["impact.unquantified"], Severity::Minor);
        assert_eq!(p.extra_buzzwords, vec!["rockstar"]);
        assert_eq!(p.extra_words, vec!["WIOA"]);
        assert_eq!(
            Profile::from_toml("", "office.toml").unwrap().name,
            "office.toml"
        );
    }

    #[test]
    fn mistakes_name_their_line() {
        let cases = [
            (
                "[rules]\noff = [\"dates.gapp\"]\n",
                2,
                "no rule \"dates.gapp\"",
            ),
            (
                "[rules.severity]\n\n\"dates.gap\" = \"urgent\"\n",
                3,
                "not a severity",
            ),
            ("name = \"x\"\n[wordz]\n", 2, "unknown field"),
            ("name = \"x\n", 1, ""),
        ];
        for (text, line, says) in cases {
            let e = Profile::from_toml(text, "f").unwrap_err();
            assert_eq!(e.line, line, "{text}: {e}");
            assert!(e.message.contains(says), "{text}: {e}");
        }
    }
}
