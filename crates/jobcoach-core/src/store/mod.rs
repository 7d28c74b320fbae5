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
mod erasure;
mod findings;
mod history;
mod permit;
mod revisions;
mod settings;
mod snapshot;
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
    get_comment, insert_comment, list_comments, set_comment_resolved, Comment, Visibility,
};
pub use deferrals::{insert_deferral, list_deferrals, Deferral};
pub use documents::{
    document_overviews, get_document, insert_document, list_documents, set_template, update_status,
    update_targets, DocumentRecord, DocumentStatus, DocumentSummary, NewDocument,
};
pub use drafts::{delete_draft, get_draft, put_draft, Draft};
pub use erasure::{erase_client, erased_but_present};
pub use findings::{
    finding_severities, fingerprints_by_revision, insert_findings, list_findings, StoredFinding,
};
pub use history::{
    insert_history, list_history_for_client, list_history_for_document, HistoryAction, HistoryEntry,
};
pub use permit::Permit;
pub use revisions::{
    get_revision, insert_revision, latest_revision, list_revisions, AuthorRole, NewRevision,
    Revision, RevisionSource,
};
pub use settings::{get_setting, put_setting};
pub use snapshot::RestoreOutcome;
pub use waivers::{insert_waiver, list_waivers, Waiver};

use permit::Permits;
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use rusqlite_migration::{Migrations, M};
use std::path::Path;
use std::time::Duration;

/// How long a save waits for another window or command to finish its own before giving
/// up with "try again": long enough for a backup or an import of a big file elsewhere.
const PATIENCE: Duration = Duration::from_secs(15);

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
    #[error("could not save to {path}: {reason}")]
    Saving { path: String, reason: String },
    #[error("the caseload at {path} is damaged ({reason}). Nothing was changed; restore the most recent backup (Settings → Restore), and keep the damaged file for support")]
    Damaged { path: String, reason: String },
    #[error("could not write {path}: {reason}")]
    WriteFile { path: String, reason: String },
    #[error("the backup {path} holds {count} {} erased after it was made. Restoring it would bring them back; confirm to restore it and erase them again at once", if *.count == 1 { "person who was" } else { "people who were" })]
    HoldsErasedClients { path: String, count: usize },
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
            StoreError::HoldsErasedClients { .. } => ErrorCode::NeedsConfirmation,
            StoreError::Open { .. }
            | StoreError::Sqlite(_)
            | StoreError::Migration(_)
            | StoreError::Corrupt(_)
            | StoreError::Saving { .. }
            | StoreError::Damaged { .. }
            | StoreError::WriteFile { .. } => ErrorCode::Internal,
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
    M::up(include_str!("migrations/0009_kept_records.sql")),
];

pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

pub struct Store {
    conn: Connection,
    permits: Permits,
}

impl Store {
    /// Open (or create) the database file, upgrading an older schema. A new file and its
    /// folder are created readable by their owner only.
    pub fn open(path: &Path) -> Result<Store> {
        let open_failed = |reason: String| StoreError::Open {
            path: path.display().to_string(),
            reason,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::files::create_private_dir(dir).map_err(|e| open_failed(e.to_string()))?;
        }
        match crate::files::create_private(path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                // A caseload made by an older version may be readable by everyone.
                let _ = crate::files::make_private(path);
            }
            Err(e) => return Err(open_failed(e.to_string())),
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_failed(sqlite_words::explain(&e)))?;
        let opened = |e: rusqlite::Error| open_failed(sqlite_words::explain(&e));
        // WAL lets the app read while a write is in progress, and survives a crash mid-write.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(opened)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(opened)?;
        conn.busy_timeout(PATIENCE).map_err(opened)?;
        Store::prepare(conn)
    }

    /// A fresh in-memory database with the real migrations, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store> {
        let permits = Permits::default();
        permits.register(&conn)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Deleted rows are overwritten with zeros, so an erased person's words do not stay
        // in the file's free pages; temporary tables stay in memory, never on disk.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > MIGRATIONS.len() as i64 {
            return Err(StoreError::DatabaseTooNew {
                found,
                supported: MIGRATIONS.len(),
            });
        }
        migrations().to_latest(&mut conn)?;
        Ok(Store { conn, permits })
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Run `f` in one transaction: all of it is stored, or none. The transaction takes the
    /// write lock when it starts (waiting up to `PATIENCE` for another writer), so what `f`
    /// reads cannot change under it before it writes: the next revision number it picks is
    /// still free when it saves.
    pub fn transaction<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction) -> Result<T>,
    ) -> Result<T> {
        let path = self.path().map(|p| p.display().to_string());
        let saving = |e: StoreError| match (e, &path) {
            (StoreError::Sqlite(e), Some(path)) if sqlite_words::is_the_disk_or_the_file(&e) => {
                StoreError::Saving {
                    path: path.clone(),
                    reason: sqlite_words::explain(&e),
                }
            }
            (e, _) => e,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| saving(e.into()))?;
        let value = f(&tx).map_err(saving)?;
        tx.commit().map_err(|e| saving(e.into()))?;
        Ok(value)
    }

    /// [`Store::transaction`] holding `permit`, for the core's guarded operations (erase,
    /// approve, waive, defer, restore). The permit ends with the transaction.
    pub fn permitted<T>(
        &mut self,
        permit: Permit,
        f: impl FnOnce(&rusqlite::Transaction) -> Result<T>,
    ) -> Result<T> {
        let permits = self.permits.clone();
        permits.while_holding(permit, || self.transaction(f))
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
