//! The store: one SQLite file, repository functions over rusqlite, no ORM. One file per
//! aggregate with a `row_to_x` mapper. Migrations are embedded and numbered; the store
//! refuses a database written by a newer jobcoach. It holds no product rules: the workflow
//! decides, the store records.

mod approvals;
mod clients;
mod coaching;
mod comments;
mod deferrals;
mod documents;
mod drafts;
mod findings;
mod history;
mod revisions;
mod settings;
mod sqlite_words;
mod waivers;

pub use approvals::{insert_approval, list_approvals, Approval};
pub use clients::{get_client, insert_client, list_clients, Client, ClientSummary};
pub use coaching::{
    end_meeting, get_action_step, get_meeting, insert_action_step, insert_meeting,
    list_action_steps, list_meetings, open_meeting, review_queue, set_action_step_done,
    set_meeting_note, ActionStep, Meeting, QueueReason, QueueRow,
};
pub use comments::{
    erase_client, get_comment, insert_comment, list_comments, set_comment_resolved, Comment,
    Visibility,
};
pub use deferrals::{insert_deferral, list_deferrals, Deferral};
pub use documents::{
    document_overviews, get_document, insert_document, list_documents, set_template, update_status,
    update_targets, DocumentRecord, DocumentStatus, DocumentSummary, NewDocument,
};
pub use drafts::{delete_draft, get_draft, put_draft, Draft};
pub use findings::{
    finding_severities, fingerprints_by_revision, insert_findings, list_findings, StoredFinding,
};
pub use history::{
    insert_history, list_history_for_client, list_history_for_document, HistoryAction, HistoryEntry,
};
pub use revisions::{
    get_revision, insert_revision, latest_revision, list_revisions, AuthorRole, NewRevision,
    Revision, RevisionSource,
};
pub use settings::{get_setting, put_setting};
pub use waivers::{insert_waiver, list_waivers, Waiver};

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("this database was made by a newer version of jobcoach (schema {found}; this version knows up to {supported}). Update jobcoach to open it; nothing was changed")]
    DatabaseTooNew { found: i64, supported: usize },
    #[error("could not open the database at {path}: {reason}")]
    Open { path: String, reason: String },
    #[error("no {what} with id {id}")]
    NotFound { what: &'static str, id: String },
    #[error("the caseload could not be read or saved: {}", sqlite_words::explain(.0))]
    Sqlite(#[from] rusqlite::Error),
    #[error("database upgrade failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
    #[error("{path} is not a jobcoach backup ({reason}); nothing was changed")]
    NotABackup { path: String, reason: String },
}

pub type Result<T> = std::result::Result<T, StoreError>;

impl StoreError {
    pub fn code(&self) -> crate::ErrorCode {
        use crate::ErrorCode;
        match self {
            StoreError::NotFound { .. } => ErrorCode::NotFound,
            StoreError::DatabaseTooNew { .. } => ErrorCode::DatabaseTooNew,
            // A file the person chose that is not one of ours: they can choose another.
            StoreError::NotABackup { .. } => ErrorCode::BadFile,
            StoreError::Open { .. }
            | StoreError::Sqlite(_)
            | StoreError::Migration(_)
            | StoreError::Corrupt(_) => ErrorCode::Internal,
        }
    }
}

/// Numbered migrations, oldest first. Never edit one that has been released.
pub const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_initial.sql")),
    M::up(include_str!("migrations/0002_drafts_and_words.sql")),
    M::up(include_str!("migrations/0003_postings.sql")),
    M::up(include_str!("migrations/0004_deferrals.sql")),
    M::up(include_str!("migrations/0005_coaching.sql")),
    M::up(include_str!("migrations/0006_comments_and_erasure.sql")),
    M::up(include_str!("migrations/0007_document_summaries.sql")),
    M::up(include_str!("migrations/0008_export_templates.sql")),
];

pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

pub struct Store {
    conn: Connection,
}

impl Store {
    /// Open (or create) the database file, upgrading an older schema.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        // WAL lets the app read while a write is in progress, and survives a crash mid-write.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        Store::prepare(conn)
    }

    /// A fresh in-memory database with the real migrations, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > MIGRATIONS.len() as i64 {
            return Err(StoreError::DatabaseTooNew {
                found,
                supported: MIGRATIONS.len(),
            });
        }
        migrations().to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Run `f` in one transaction: all of it is stored, or none.
    pub fn transaction<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction) -> Result<T>,
    ) -> Result<T> {
        let tx = self.conn.transaction()?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Copy the whole database to `path` with SQLite's online backup: consistent even while
    /// the app is writing. Written to a temporary file first, so a failed backup never
    /// leaves a half file under the real name.
    pub fn backup_to(&self, path: &Path) -> Result<()> {
        let temp = path.with_extension("partial");
        let _ = std::fs::remove_file(&temp);
        let fail = |reason: String| StoreError::Open {
            path: path.display().to_string(),
            reason,
        };
        {
            let mut dst = Connection::open(&temp).map_err(|e| fail(e.to_string()))?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
            backup.run_to_completion(256, std::time::Duration::ZERO, None)?;
        }
        std::fs::rename(&temp, path).map_err(|e| fail(e.to_string()))
    }

    /// Replace this database's contents with a backup's, after checking the backup is a
    /// jobcoach database this version can read (and upgrading it if it is older).
    pub fn restore_from(&mut self, path: &Path) -> Result<()> {
        let not = |reason: &str| StoreError::NotABackup {
            path: path.display().to_string(),
            reason: reason.to_string(),
        };
        if !path.is_file() {
            return Err(not("no such file"));
        }
        let src = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|_| not("it could not be opened as a database"))?;
        let version: i64 = src
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|_| not("it is not a database"))?;
        let has_tables: bool = src
            .query_row(
                "SELECT count(*) = 3 FROM sqlite_master WHERE type = 'table' AND name IN ('clients', 'documents', 'revisions')",
                [],
                |r| r.get(0),
            )
            .map_err(|_| not("it is not a database"))?;
        if !has_tables || version < 1 {
            return Err(not("it has no jobcoach caseload in it"));
        }
        if version > MIGRATIONS.len() as i64 {
            return Err(StoreError::DatabaseTooNew {
                found: version,
                supported: MIGRATIONS.len(),
            });
        }
        {
            let backup = rusqlite::backup::Backup::new(&src, &mut self.conn)?;
            backup.run_to_completion(256, std::time::Duration::ZERO, None)?;
        }
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations().to_latest(&mut self.conn)?;
        Ok(())
    }

    /// Read access for repository functions.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The database file, or `None` for an in-memory database.
    pub fn path(&self) -> Option<&Path> {
        self.conn.path().filter(|p| !p.is_empty()).map(Path::new)
    }
}

/// The database file the CLI and the desktop app share: `$JOBCOACH_DB` if set, else
/// `jobcoach.db` in the user's data directory (on Linux `~/.local/share/jobcoach/`).
pub fn default_path() -> std::path::PathBuf {
    if let Some(p) = std::env::var_os("JOBCOACH_DB").filter(|p| !p.is_empty()) {
        return p.into();
    }
    directories::ProjectDirs::from("org", "jobcoach", "jobcoach")
        .map(|d| d.data_dir().join("jobcoach.db"))
        .unwrap_or_else(|| std::path::PathBuf::from("jobcoach.db"))
}

/// `Some(x)` or `NotFound`.
fn found<T>(value: Option<T>, what: &'static str, id: &str) -> Result<T> {
    value.ok_or_else(|| StoreError::NotFound {
        what,
        id: id.to_string(),
    })
}

fn json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(e.to_string()))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations()
            .validate()
            .expect("every migration applies to an empty database");
    }

    #[test]
    fn refuses_a_database_from_a_newer_version() {
        let dir = tempdir();
        let path = dir.join("jobcoach.db");
        drop(Store::open(&path).expect("a new database opens"));
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        drop(conn);
        let err = Store::open(&path).err().expect("a newer schema is refused");
        assert!(
            matches!(err, StoreError::DatabaseTooNew { found: 99, .. }),
            "{err}"
        );
        assert!(
            err.to_string().contains("newer version of jobcoach"),
            "the message says what to do: {err}"
        );
        let conn = Connection::open(&path).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, 99, "refusing changes nothing");
    }

    #[test]
    fn upgrades_a_schema_1_database_keeping_its_data() {
        let dir = tempdir();
        let path = dir.join("old.db");
        let mut conn = Connection::open(&path).unwrap();
        Migrations::from_slice(&MIGRATIONS[..1])
            .to_latest(&mut conn)
            .unwrap();
        conn.execute("INSERT INTO clients (id, name, created_at) VALUES ('c1', 'Old Client', '2025-01-01T00:00:00Z')", []).unwrap();
        drop(conn);
        let store = Store::open(&path).expect("an older database is upgraded");
        assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len() as i64);
        assert_eq!(
            list_clients(store.conn()).unwrap()[0].client.name,
            "Old Client",
            "data survives the upgrade"
        );
    }

    #[test]
    fn file_databases_run_in_wal_mode() {
        let dir = tempdir();
        let store = Store::open(&dir.join("db.sqlite")).unwrap();
        let mode: String = store
            .conn()
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    pub(crate) fn tempdir() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("jobcoach-test-{}", uuid::Uuid::now_v7()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}

#[cfg(test)]
mod backup_tests {
    use super::*;

    #[test]
    fn backup_and_restore_round_trip_and_refuse_strangers() {
        let dir = std::env::temp_dir().join(format!("jobcoach-backup-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut store = Store::open(&dir.join("live.db")).unwrap();
        store
            .transaction(|tx| put_setting(tx, "people_word", "patron"))
            .unwrap();
        store.backup_to(&dir.join("backup.db")).unwrap();
        store
            .transaction(|tx| put_setting(tx, "people_word", "client"))
            .unwrap();
        store.restore_from(&dir.join("backup.db")).unwrap();
        assert_eq!(
            get_setting(store.conn(), "people_word").unwrap().as_deref(),
            Some("patron"),
            "the restore brought back the backed-up caseload"
        );
        std::fs::write(dir.join("notes.txt"), "not a database").unwrap();
        let err = store.restore_from(&dir.join("notes.txt")).unwrap_err();
        assert!(matches!(err, StoreError::NotABackup { .. }), "{err}");
        assert_eq!(
            get_setting(store.conn(), "people_word").unwrap().as_deref(),
            Some("patron"),
            "a refused restore changes nothing"
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
