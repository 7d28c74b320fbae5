//! The office's settings: its words for people and its checklist profile.

use serde::Serialize;
use ts_rs::TS;

/// The office's words for the people it serves.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Words {
    pub choice: String,
    pub one: String,
    pub many: String,
    pub one_title: String,
    pub many_title: String,
}

impl From<jobcoach_core::words::Words> for Words {
    fn from(w: jobcoach_core::words::Words) -> Self {
        Words {
            choice: w.choice.as_str().to_string(),
            one: w.one,
            many: w.many,
            one_title: w.one_title,
            many_title: w.many_title,
        }
    }
}

/// The office checklist profile in use.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ProfileInfo {
    /// Empty when the catalogue is used as shipped.
    pub name: String,
    pub rules_off: u32,
    pub severities_changed: u32,
}

impl From<&jobcoach_core::checklist::Profile> for ProfileInfo {
    fn from(p: &jobcoach_core::checklist::Profile) -> Self {
        ProfileInfo {
            name: p.name.clone(),
            rules_off: p.disabled.len() as u32,
            severities_changed: p.severities.len() as u32,
        }
    }
}
