//! The caseload's settings: the office profile the checklist uses, and what the office calls
//! the people it serves.

use super::WorkflowError;
use super::{Caseload, Result};
use crate::checklist::Profile;
use crate::store::{self, HistoryAction, Store};
use crate::words::{PeopleWord, Words};
use std::path::Path;

const WORDS_KEY: &str = "people_word";

/// Settings keys of the office profile: its TOML text and the file name it came from.
const PROFILE_KEY: &str = "profile";
const PROFILE_NAME_KEY: &str = "profile_name";

/// The profile kept in the database, or the catalogue as shipped.
pub(crate) fn stored_profile(store: &Store) -> Profile {
    store::get_setting(store.conn(), PROFILE_KEY)
        .ok()
        .flatten()
        .filter(|text| !text.trim().is_empty())
        .and_then(|text| {
            let name = store::get_setting(store.conn(), PROFILE_NAME_KEY)
                .ok()
                .flatten();
            Profile::from_toml(&text, name.as_deref().unwrap_or("Office profile")).ok()
        })
        .unwrap_or_default()
}

impl Caseload {
    /// The office profile in use (the default is the catalogue as shipped).
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// Use the profile file at `path` from now on. A file that can't be read or used is
    /// refused with its name and what to fix; the profile in use stays.
    pub fn use_profile_file(&mut self, path: &Path, actor: &str) -> Result<&Profile> {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let refused = |reason: String| WorkflowError::ProfileFile {
            name: name.clone(),
            reason,
        };
        let text = std::fs::read_to_string(path).map_err(|e| refused(e.to_string()))?;
        Profile::from_toml(&text, &name).map_err(|e| refused(e.to_string()))?;
        self.set_profile(Some((&text, &name)), actor)
    }

    /// Use a profile for this caseload from now on, or `None` for the catalogue as shipped.
    /// `file_name` names the profile when its text has no `name`. Findings already stored
    /// keep the profile that produced them; new revisions record the new one.
    pub fn set_profile(&mut self, toml: Option<(&str, &str)>, actor: &str) -> Result<&Profile> {
        let profile = match toml {
            Some((text, file_name)) => Profile::from_toml(text, file_name)?,
            None => Profile::default(),
        };
        let entry = self.history(
            actor,
            HistoryAction::ProfileChanged,
            None,
            None,
            None,
            if profile.name.is_empty() {
                "catalogue as shipped".to_string()
            } else {
                profile.name.clone()
            },
        );
        self.store.transaction(|tx| {
            match toml {
                Some((text, file_name)) => {
                    store::put_setting(tx, PROFILE_KEY, text)?;
                    store::put_setting(tx, PROFILE_NAME_KEY, file_name)?;
                }
                None => {
                    store::put_setting(tx, PROFILE_KEY, "")?;
                    store::put_setting(tx, PROFILE_NAME_KEY, "")?;
                }
            }
            store::insert_history(tx, &entry)
        })?;
        self.profile = profile;
        Ok(&self.profile)
    }

    /// What this office calls the people it serves.
    pub fn words(&self) -> Result<Words> {
        let stored = store::get_setting(self.store.conn(), WORDS_KEY)?;
        Ok(stored
            .as_deref()
            .and_then(PeopleWord::parse)
            .unwrap_or_default()
            .words())
    }

    pub fn set_words(&mut self, choice: PeopleWord, actor: &str) -> Result<Words> {
        let entry = self.history(
            actor,
            HistoryAction::SettingsWords,
            None,
            None,
            None,
            choice.as_str().to_string(),
        );
        self.store.transaction(|tx| {
            store::put_setting(tx, WORDS_KEY, choice.as_str())?;
            store::insert_history(tx, &entry)
        })?;
        Ok(choice.words())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::testing::*;
    #[test]
    fn the_office_profile_is_kept_with_the_caseload_and_named_on_each_revision() {
        let dir = tempfile_dir();
        let path = dir.join("caseload.db");
        let open = || {
            Caseload::new(
                Store::open(&path).unwrap(),
                Checklist::new(),
                Box::new(TestClock::new("2026-11-22T09:00:00Z".parse().unwrap())),
                Box::new(SequentialIds::default()),
            )
        };
        {
            let mut c = open();
            let broken =
                c.set_profile(Some(("[rules]\noff = [\"nope\"]\n", "office.toml")), "Dana");
            assert!(matches!(broken, Err(WorkflowError::Profile(_))));
            assert_eq!(
                c.profile(),
                &Profile::default(),
                "a broken profile changes nothing"
            );
            let profile = "name = \"Eastside\"\n[rules]\noff = [\"contact.phone-missing\"]\n";
            c.set_profile(Some((profile, "office.toml")), "Dana")
                .unwrap();
        }
        let mut c = open();
        assert_eq!(
            c.profile().name,
            "Eastside",
            "the profile is read back from the database"
        );
        let record = with_document(&mut c);
        let findings = c.findings(&record.id, 1).unwrap();
        assert!(!findings
            .iter()
            .any(|f| f.stored.finding.rule == "contact.phone-missing"));
        let summary = &c.revisions(&record.id).unwrap()[0];
        assert_eq!(summary.profile_name, "Eastside");
        assert_eq!(summary.rules_version, RULES_VERSION);
        c.set_profile(None, "Dana").unwrap();
        assert_eq!(c.profile(), &Profile::default());
        let _ = std::fs::remove_dir_all(dir);
    }
}
