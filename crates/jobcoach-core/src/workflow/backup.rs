//! Backup and restore of the whole caseload (SQLite's online backup). A restore first keeps
//! the caseload as it was beside the database, under a name no other restore takes, so a
//! restore by mistake loses nothing.

use super::{Caseload, Result};
use crate::store::HistoryAction;
use std::path::{Path, PathBuf};

impl Caseload {
    /// Copy the whole caseload to `path` (SQLite's online backup), and log it.
    pub fn backup(&mut self, path: &Path, actor: &str) -> Result<()> {
        self.store.backup_to(path)?;
        let entry = self.history(
            actor,
            HistoryAction::CaseloadBackedUp,
            None,
            None,
            None,
            path.display().to_string(),
        );
        self.log_only(entry)
    }

    /// The name a backup is offered under: `jobcoach-backup-2026-12-02.db`, today's date
    /// where the specialist is.
    pub fn backup_file_name(&self) -> String {
        format!("jobcoach-backup-{}.db", self.clock.today())
    }

    /// Replace the caseload with the backup at `path`. The caseload as it was is first
    /// saved beside the database; the path it was saved at is returned, for the person to
    /// be told.
    pub fn restore(&mut self, path: &Path, actor: &str) -> Result<PathBuf> {
        let safety = self.safety_path();
        self.store.backup_to(&safety)?;
        self.store.restore_from(path)?;
        // The restored caseload brings its own office profile.
        self.profile = super::settings::stored_profile(&self.store);
        let entry = self.history(
            actor,
            HistoryAction::CaseloadRestored,
            None,
            None,
            None,
            format!(
                "from {}; the caseload before is kept at {}",
                path.display(),
                safety.display()
            ),
        );
        self.log_only(entry)?;
        Ok(safety)
    }

    /// `jobcoach.before-restore-20261202-183000.db` beside the database (in the temporary
    /// folder for an in-memory one), with `-2`, `-3`, ... when that name is taken.
    fn safety_path(&self) -> PathBuf {
        let db = self
            .store
            .path()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| std::env::temp_dir().join("jobcoach.db"));
        let stem = db
            .file_stem()
            .map_or_else(|| "jobcoach".into(), |s| s.to_string_lossy().into_owned());
        let stamp = self
            .clock
            .now()
            .to_zoned(self.clock.zone())
            .strftime("%Y%m%d-%H%M%S")
            .to_string();
        let named = |n: u32| {
            let extra = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            db.with_file_name(format!("{stem}.before-restore-{stamp}{extra}.db"))
        };
        (1..)
            .map(named)
            .find(|p| !p.exists())
            .expect("some numbered name is free")
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;
    use crate::workflow::testing::*;
    use crate::workflow::Caseload;
    use crate::ErrorCode;

    #[test]
    fn a_restore_keeps_the_caseload_before_it_under_a_name_no_other_restore_takes() {
        let dir = tempfile_dir();
        let db = dir.join("office.db");
        let mut c = Caseload::new(
            Store::open(&db).unwrap(),
            crate::checklist::Checklist::new(),
            Box::new(crate::clock::TestClock::new(
                "2026-11-22T09:00:00Z".parse().unwrap(),
            )),
            Box::new(crate::clock::SequentialIds::default()),
        );
        c.add_client("Maria Delgado", "Dana").unwrap();
        let backup = dir.join("backup.db");
        c.backup(&backup, "Dana").unwrap();
        let first = c.restore(&backup, "Dana").unwrap();
        let second = c.restore(&backup, "Dana").unwrap();
        assert_ne!(first, second, "two restores never share a safety copy");
        for safety in [&first, &second] {
            assert_eq!(
                safety.parent(),
                Some(dir.as_path()),
                "kept beside the database"
            );
            let name = safety.file_name().unwrap().to_string_lossy().into_owned();
            assert!(name.starts_with("office.before-restore-2026112"), "{name}");
            assert!(safety.is_file());
        }
        assert_eq!(c.clients().unwrap().len(), 1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn restoring_a_file_that_is_not_a_backup_is_a_bad_file_and_changes_nothing() {
        let dir = tempfile_dir();
        let mut c = caseload();
        c.add_client("Maria Delgado", "Dana").unwrap();
        let notes = dir.join("notes.txt");
        std::fs::write(&notes, "not a database at all, just some notes").unwrap();
        let err = c.restore(&notes, "Dana").unwrap_err();
        assert_eq!(err.code(), ErrorCode::BadFile, "{err}");
        assert_eq!(c.clients().unwrap().len(), 1, "the caseload is as it was");
        let _ = std::fs::remove_dir_all(dir);
    }
}
