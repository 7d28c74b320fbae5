//! Backup and restore of the whole caseload (store/snapshot.rs does the file work). A
//! restore first keeps the caseload as it was beside the database, under a name no other
//! restore takes, so a restore by mistake loses nothing.

use super::{Caseload, Result, WorkflowError};
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

    /// Replace the caseload with the backup at `path`, in one step. The caseload as it was
    /// is first kept beside the database under a name no other restore takes; its path is
    /// returned, for the person to be told. A backup holding people erased since it was
    /// made is refused (`NeedsConfirmation`) unless `erase_again`, when they are erased
    /// again at once. The log keeps every erase through the restore.
    pub fn restore(&mut self, path: &Path, erase_again: bool, actor: &str) -> Result<Restored> {
        let safety = self.claim_safety_path()?;
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
        let restored = self.store.restore_from(path, &safety, erase_again, &entry);
        let outcome = match restored {
            Ok(outcome) => outcome,
            Err(e) => {
                // Nothing was restored, so the claimed name holds nothing worth keeping.
                let _ = std::fs::remove_file(&safety);
                return Err(e.into());
            }
        };
        // The restored caseload brings its own office profile.
        self.profile = super::settings::stored_profile(&self.store);
        Ok(Restored {
            safety,
            erased_again: outcome.erased_again,
        })
    }

    /// Claim `jobcoach.before-restore-20261202-183000.db` beside the database (in the
    /// temporary folder for an in-memory one), with `-2`, `-3`, ... when that name is
    /// taken. The file is created empty and owner-only here, so no other restore, in this
    /// window or another, can take the same name.
    fn claim_safety_path(&self) -> Result<PathBuf> {
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
        for n in 1u32.. {
            let extra = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            let candidate = db.with_file_name(format!("{stem}.before-restore-{stamp}{extra}.db"));
            match crate::files::create_private(&candidate) {
                Ok(_) => return Ok(candidate),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    return Err(WorkflowError::WriteFile {
                        path: candidate.display().to_string(),
                        reason: format!("the caseload could not be kept before the restore: {e}"),
                    })
                }
            }
        }
        unreachable!("some numbered name is free")
    }
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// Where the caseload before the restore is kept.
    pub safety: PathBuf,
    /// People in the backup who had been erased since, erased again.
    pub erased_again: usize,
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
        let first = c.restore(&backup, false, "Dana").unwrap().safety;
        let second = c.restore(&backup, false, "Dana").unwrap().safety;
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
        let err = c.restore(&notes, false, "Dana").unwrap_err();
        assert_eq!(err.code(), ErrorCode::BadFile, "{err}");
        assert_eq!(c.clients().unwrap().len(), 1, "the caseload is as it was");
        let _ = std::fs::remove_dir_all(dir);
    }

    fn names(c: &Caseload) -> Vec<String> {
        c.clients()
            .unwrap()
            .into_iter()
            .map(|s| s.client.name)
            .collect()
    }

    fn strays(dir: &std::path::Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp") || n.contains("before-restore"))
            .collect()
    }

    #[test]
    fn a_backup_that_would_bring_an_erased_person_back_needs_confirmation_then_erases_them_again() {
        let (mut c, db) = file_caseload();
        let dir = db.parent().unwrap().to_path_buf();
        let maria = c.add_client("Maria Quintanilla", "Dana").unwrap();
        c.add_client("Sam Okafor", "Dana").unwrap();
        let backup = dir.join("monday.db");
        c.backup(&backup, "Dana").unwrap();
        c.erase_client(&maria.id, "Maria Quintanilla", "Dana")
            .unwrap();

        let err = c.restore(&backup, false, "Dana").unwrap_err();
        assert_eq!(err.code(), ErrorCode::NeedsConfirmation, "{err}");
        assert!(
            err.to_string().contains("erased after it was made"),
            "{err}"
        );
        assert_eq!(
            names(&c),
            ["Sam Okafor"],
            "a refused restore changes nothing"
        );
        assert!(
            strays(&dir).is_empty(),
            "nothing left behind: {:?}",
            strays(&dir)
        );

        let restored = c.restore(&backup, true, "Dana").unwrap();
        assert_eq!(restored.erased_again, 1);
        assert_eq!(names(&c), ["Sam Okafor"], "the erased person stays erased");
        let log = c.store().conn();
        let erased: i64 = log
            .query_row(
                "SELECT count(*) FROM history WHERE action = 'client.erased'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(erased, 1, "the log still says the erase happened");
        let bytes = crate::workflow::privacy::tests::file_bytes(&db);
        assert_eq!(
            crate::workflow::privacy::tests::holds(&bytes, "Quintanilla"),
            0
        );
        assert!(restored.safety.is_file());
    }

    #[test]
    fn damaged_and_newer_backups_are_refused_and_a_wal_backup_restores_without_writing_beside_it() {
        let (mut c, db) = file_caseload();
        let dir = db.parent().unwrap().to_path_buf();
        c.add_client("Maria Delgado", "Dana").unwrap();
        let good = dir.join("good.db");
        c.backup(&good, "Dana").unwrap();

        // Damaged: the clients table's page overwritten.
        let damaged = dir.join("damaged.db");
        std::fs::copy(&good, &damaged).unwrap();
        damage_table(&damaged, "clients");
        let err = c.restore(&damaged, false, "Dana").unwrap_err();
        assert_eq!(err.code(), ErrorCode::BadFile, "{err}");
        assert!(err.to_string().contains("damaged"), "{err}");

        let newer = dir.join("newer.db");
        std::fs::copy(&good, &newer).unwrap();
        rusqlite::Connection::open(&newer)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        let err = c.restore(&newer, false, "Dana").unwrap_err();
        assert_eq!(err.code(), ErrorCode::DatabaseTooNew, "{err}");
        assert!(strays(&dir).is_empty(), "{:?}", strays(&dir));

        // A backup in WAL mode on media we cannot write to: it is only ever read.
        let media = dir.join("usb");
        std::fs::create_dir(&media).unwrap();
        let wal_backup = media.join("old.db");
        std::fs::copy(&good, &wal_backup).unwrap();
        rusqlite::Connection::open(&wal_backup)
            .unwrap()
            .pragma_update(None, "journal_mode", "WAL")
            .unwrap();
        let listing = |d: &std::path::Path| std::fs::read_dir(d).unwrap().count();
        let files_before = listing(&media);
        c.add_client("Added After", "Dana").unwrap();
        c.restore(&wal_backup, false, "Dana").unwrap();
        assert_eq!(names(&c), ["Maria Delgado"]);
        assert_eq!(
            listing(&media),
            files_before,
            "nothing was written beside the backup"
        );
    }

    #[test]
    fn a_damaged_caseload_is_not_backed_up_and_files_are_the_owners_alone() {
        let (mut c, db) = file_caseload();
        let dir = db.parent().unwrap().to_path_buf();
        for n in 0..40 {
            c.add_client(&format!("Client Number {n}"), "Dana").unwrap();
        }
        let backup = dir.join("backup.db");
        c.backup(&backup, "Dana").unwrap();
        let safety = c.restore(&backup, false, "Dana").unwrap().safety;
        #[cfg(unix)]
        for file in [&db, &backup, &safety] {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{} is the owner's alone", file.display());
        }
        drop(c);
        damage_table(&db, "clients");
        let c = Caseload::open(&db).unwrap();
        let err = c.store().backup_to(&dir.join("second.db")).unwrap_err();
        assert!(err.to_string().contains("is damaged"), "{err}");
        assert!(!dir.join("second.db").exists());
        assert!(strays(&dir).iter().all(|n| n.contains("before-restore")));
    }

    /// Overwrite the first page of `table` with garbage, as a failing disk might.
    fn damage_table(db: &std::path::Path, table: &str) {
        use std::io::{Seek, SeekFrom, Write};
        let (root, page_size): (i64, i64) = {
            let conn = rusqlite::Connection::open(db).unwrap();
            conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
            let root = conn
                .query_row(
                    "SELECT rootpage FROM sqlite_master WHERE name = ?1",
                    [table],
                    |r| r.get(0),
                )
                .unwrap();
            let size = conn
                .pragma_query_value(None, "page_size", |r| r.get(0))
                .unwrap();
            (root, size)
        };
        let mut f = std::fs::OpenOptions::new().write(true).open(db).unwrap();
        f.seek(SeekFrom::Start(((root - 1) * page_size + 8) as u64))
            .unwrap();
        f.write_all(&[0xA5; 64]).unwrap();
    }
}
