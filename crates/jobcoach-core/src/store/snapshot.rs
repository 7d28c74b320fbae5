//! Backups, restores and compaction of the whole caseload file.
//!
//! A backup is a snapshot (`VACUUM INTO`): one read transaction, so steady writes elsewhere
//! never starve it, and the copy is checked before it gets its name. A restore is one write
//! transaction on the live caseload: the safety copy is taken while that transaction holds
//! the write lock, so no write can land between the copy and the restore and be lost.

use super::{
    erasure, insert_history, migrations, permit::Permit, sqlite_words, HistoryEntry, Result, Store,
    StoreError,
};
use crate::files::TemporaryFile;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// Every table of the caseload, in the order a restore fills them (parents before the
/// records that point at them). `erasures` is never emptied: an erase is kept through any
/// restore. A test checks that this names every table of the schema.
const TABLES: &[&str] = &[
    "settings",
    "clients",
    "documents",
    "revisions",
    "findings",
    "waivers",
    "deferrals",
    "approvals",
    "comments",
    "action_steps",
    "meetings",
    "drafts",
    "history",
    "erasures",
    "document_summaries",
];

/// How a restore went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreOutcome {
    /// People in the backup who had been erased since, erased again at once.
    pub erased_again: usize,
}

impl Store {
    /// Check the whole file. A damaged caseload is said to be damaged, with what to do.
    pub fn check_integrity(&self) -> Result<()> {
        integrity(&self.conn).map_err(|reason| StoreError::Damaged {
            path: self.shown_path(),
            reason,
        })
    }

    /// Copy the whole caseload to `target`: a snapshot taken in one read, checked, written
    /// to disk, and only then given its name. The file is readable by its owner only.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        self.check_integrity()?;
        let write_failed = |reason: String| StoreError::WriteFile {
            path: target.display().to_string(),
            reason,
        };
        let (temp, file) =
            TemporaryFile::beside(target).map_err(|e| write_failed(e.to_string()))?;
        drop(file);
        vacuum_into(&self.conn, temp.path()).map_err(|e| match e {
            // Say the file the person chose, not our temporary one beside it.
            StoreError::WriteFile { reason, .. } => write_failed(reason),
            e => e,
        })?;
        {
            let copy = Connection::open(temp.path()).map_err(|e| write_failed(e.to_string()))?;
            // A backup is one file that opens anywhere, read-only media included: no WAL.
            copy.pragma_update(None, "journal_mode", "DELETE")
                .map_err(|e| write_failed(sqlite_words::explain(&e)))?;
            integrity(&copy).map_err(|reason| {
                write_failed(format!("the copy did not read back whole ({reason})"))
            })?;
        }
        std::fs::File::open(temp.path())
            .and_then(|f| f.sync_all())
            .map_err(|e| write_failed(e.to_string()))?;
        temp.persist(target)
            .map_err(|e| write_failed(e.to_string()))
    }

    /// Replace the caseload with the backup at `backup`, in one transaction, after keeping
    /// the caseload as it was at `safety` (an empty file the caller claimed). The backup is
    /// checked first (a database of ours, whole, not from a newer version) and read from a
    /// private copy, so a backup on read-only media restores too. A backup that holds
    /// people erased since it was made is refused unless `erase_again`, in which case they
    /// are erased again in the same transaction. `entry`, the restore's history line, is
    /// written in that transaction too. Erases, and their log lines, survive the restore.
    pub fn restore_from(
        &mut self,
        backup: &Path,
        safety: &Path,
        erase_again: bool,
        entry: &HistoryEntry,
    ) -> Result<RestoreOutcome> {
        let staged = self.stage(backup)?;
        let staged_path = utf8(staged.path(), backup)?.to_string();
        let live = self.path().map(Path::to_path_buf);
        if live.is_none() {
            // In memory nothing else can write between the copy and the restore.
            vacuum_into(&self.conn, safety)?;
        }
        self.conn
            .execute("ATTACH DATABASE ?1 AS backup", [&staged_path])?;
        let outcome = self.permitted(Permit::Restore, |tx| {
            let erased: Vec<String> = tx
                .prepare(
                    "SELECT b.id FROM backup.clients b JOIN main.erasures e ON e.client_id = b.id",
                )?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if !erased.is_empty() && !erase_again {
                return Err(StoreError::HoldsErasedClients {
                    path: backup.display().to_string(),
                    count: erased.len(),
                });
            }
            if let Some(live) = &live {
                // This transaction holds the write lock, so this read sees the last saved
                // caseload and nothing can be saved after it: the safety copy is exactly
                // what the restore replaces.
                let reader = Connection::open_with_flags(live, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
                vacuum_into(&reader, safety)?;
            }
            tx.pragma_update(None, "defer_foreign_keys", "ON")?;
            for table in TABLES.iter().rev() {
                let sql = match *table {
                    "erasures" => continue,
                    // The log keeps that an erase happened, whatever the backup says.
                    "history" => "DELETE FROM main.history WHERE action <> 'client.erased'".into(),
                    t => format!("DELETE FROM main.{t}"),
                };
                tx.execute(&sql, [])?;
            }
            for table in TABLES {
                let sql = match *table {
                    "revisions" => "INSERT INTO main.revisions SELECT * FROM backup.revisions ORDER BY document_id, number".into(),
                    "comments" => "INSERT INTO main.comments SELECT * FROM backup.comments ORDER BY parent_id IS NOT NULL, created_at, id".into(),
                    "history" | "erasures" => format!("INSERT OR IGNORE INTO main.{table} SELECT * FROM backup.{table}"),
                    // The triggers counted the findings as they came in; the backup's own
                    // counts are the ones that were right when it was made.
                    "document_summaries" => "INSERT OR REPLACE INTO main.document_summaries SELECT * FROM backup.document_summaries".into(),
                    t => format!("INSERT INTO main.{t} SELECT * FROM backup.{t}"),
                };
                tx.execute(&sql, [])?;
            }
            for id in &erased {
                erasure::erase_again(tx, id)?;
            }
            insert_history(tx, entry)?;
            Ok(RestoreOutcome {
                erased_again: erased.len(),
            })
        });
        let _ = self.conn.execute("DETACH DATABASE backup", []);
        drop(staged);
        let outcome = outcome?;
        if outcome.erased_again > 0 {
            self.compact()?;
        }
        Ok(outcome)
    }

    /// Rewrite the file without its free pages and empty the WAL, so what was deleted is no
    /// longer anywhere in the caseload's files. Run after an erase.
    pub fn compact(&mut self) -> Result<()> {
        let path = self.shown_path();
        let saving = |e: rusqlite::Error| StoreError::Saving {
            path: path.clone(),
            reason: sqlite_words::explain(&e),
        };
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(saving)?;
        self.conn.execute_batch("VACUUM").map_err(saving)?;
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(saving)?;
        Ok(())
    }

    /// A private, checked, current-version copy of `backup` beside the caseload.
    fn stage(&self, backup: &Path) -> Result<TemporaryFile> {
        let not = |reason: String| StoreError::NotABackup {
            path: backup.display().to_string(),
            reason,
        };
        use std::io::{Read, Seek};
        let mut source = std::fs::File::open(backup).map_err(|e| not(e.to_string()))?;
        if !source.metadata().map_err(|e| not(e.to_string()))?.is_file() {
            return Err(not("it is a folder, not a file".into()));
        }
        let mut header = [0u8; 16];
        if source.read_exact(&mut header).is_err() || &header != b"SQLite format 3\0" {
            return Err(not("it is not a database".into()));
        }
        source.rewind().map_err(|e| not(e.to_string()))?;
        let beside = self
            .path()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| std::env::temp_dir().join("jobcoach.db"));
        let copy_failed = |e: std::io::Error| StoreError::WriteFile {
            path: beside.display().to_string(),
            reason: format!("could not make a working copy of the backup beside it: {e}"),
        };
        let (staged, mut file) = TemporaryFile::beside(&beside).map_err(copy_failed)?;
        std::io::copy(&mut source, &mut file).map_err(copy_failed)?;
        drop(file);
        // A backup copied by hand from a running caseload may have its last saves in a WAL.
        let wal = PathBuf::from(format!("{}-wal", backup.display()));
        let staged_wal = PathBuf::from(format!("{}-wal", staged.path().display()));
        if wal.is_file() {
            std::fs::copy(&wal, &staged_wal).map_err(copy_failed)?;
        }
        let checked = (|| -> Result<()> {
            let mut conn = Connection::open(staged.path()).map_err(|e| not(e.to_string()))?;
            self.permits.register(&conn)?;
            integrity(&conn).map_err(|reason| not(format!("it is damaged: {reason}")))?;
            let version: i64 = conn
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .map_err(|_| not("it is not a database".into()))?;
            let has_tables: bool = conn
                .query_row(
                    "SELECT count(*) = 3 FROM sqlite_master WHERE type = 'table' AND name IN ('clients', 'documents', 'revisions')",
                    [],
                    |r| r.get(0),
                )
                .map_err(|_| not("it is not a database".into()))?;
            if !has_tables || version < 1 {
                return Err(not("it has no jobcoach caseload in it".into()));
            }
            if version > super::MIGRATIONS.len() as i64 {
                return Err(StoreError::DatabaseTooNew {
                    found: version,
                    supported: super::MIGRATIONS.len(),
                });
            }
            conn.pragma_update(None, "foreign_keys", "ON")?;
            migrations().to_latest(&mut conn)?;
            conn.pragma_update(None, "journal_mode", "DELETE")?;
            Ok(())
        })();
        let _ = std::fs::remove_file(&staged_wal);
        let _ = std::fs::remove_file(format!("{}-shm", staged.path().display()));
        checked?;
        Ok(staged)
    }

    fn shown_path(&self) -> String {
        self.path()
            .map_or_else(|| "(in memory)".into(), |p| p.display().to_string())
    }
}

/// Snapshot `conn`'s database into `into`, which must be new or empty (ours are claimed
/// empty and owner-only beforehand, so the snapshot inherits that).
fn vacuum_into(conn: &Connection, into: &Path) -> Result<()> {
    conn.execute("VACUUM INTO ?1", [utf8(into, into)?])
        .map_err(|e| StoreError::WriteFile {
            path: into.display().to_string(),
            reason: sqlite_words::explain(&e),
        })?;
    Ok(())
}

/// `Ok` when SQLite finds the file whole, else what it found.
fn integrity(conn: &Connection) -> std::result::Result<(), String> {
    let mut stmt = conn
        .prepare("PRAGMA integrity_check")
        .map_err(|e| sqlite_words::explain(&e))?;
    let found: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(|e| sqlite_words::explain(&e))?;
    if found == ["ok"] {
        Ok(())
    } else {
        Err(found.into_iter().take(3).collect::<Vec<_>>().join("; "))
    }
}

fn utf8<'a>(path: &'a Path, shown: &Path) -> Result<&'a str> {
    path.to_str().ok_or_else(|| StoreError::WriteFile {
        path: shown.display().to_string(),
        reason: "its folder's name has characters this system cannot pass to the database; choose another folder".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{get_setting, put_setting, tests::tempdir, HistoryAction};

    fn restored_entry(n: usize) -> HistoryEntry {
        HistoryEntry {
            id: format!("h{n}"),
            at: "2026-11-22T09:00:00Z".parse().unwrap(),
            actor: "Dana".into(),
            action: HistoryAction::CaseloadRestored,
            client_id: None,
            document_id: None,
            revision_id: None,
            detail: String::new(),
        }
    }

    #[test]
    fn the_restore_names_every_table_of_the_schema() {
        let store = Store::open_in_memory().unwrap();
        let mut tables: Vec<String> = store
            .conn()
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_rusqlite_migration'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        tables.sort();
        let mut named: Vec<String> = TABLES.iter().map(|t| t.to_string()).collect();
        named.sort();
        assert_eq!(named, tables, "a new table must be restored too");
    }

    #[test]
    fn backup_and_restore_round_trip_and_refuse_strangers() {
        let dir = tempdir();
        let mut store = Store::open(&dir.join("live.db")).unwrap();
        store
            .transaction(|tx| put_setting(tx, "people_word", "patron"))
            .unwrap();
        store.backup_to(&dir.join("backup.db")).unwrap();
        store
            .transaction(|tx| put_setting(tx, "people_word", "client"))
            .unwrap();
        let safety = dir.join("safety.db");
        drop(crate::files::create_private(&safety).unwrap());
        store
            .restore_from(&dir.join("backup.db"), &safety, false, &restored_entry(1))
            .unwrap();
        assert_eq!(
            get_setting(store.conn(), "people_word").unwrap().as_deref(),
            Some("patron"),
            "the restore brought back the backed-up caseload"
        );
        let kept = Store::open(&safety).unwrap();
        assert_eq!(
            get_setting(kept.conn(), "people_word").unwrap().as_deref(),
            Some("client"),
            "the safety copy holds the caseload the restore replaced"
        );
        std::fs::write(dir.join("notes.txt"), "not a database").unwrap();
        let err = store
            .restore_from(&dir.join("notes.txt"), &safety, false, &restored_entry(2))
            .unwrap_err();
        assert!(matches!(err, StoreError::NotABackup { .. }), "{err}");
        assert_eq!(
            get_setting(store.conn(), "people_word").unwrap().as_deref(),
            Some("patron"),
            "a refused restore changes nothing"
        );
    }
}
