//! The append-only log: who did what, when. Its verbs are one enum, stored by a stable name;
//! how each reads to a person is the workflow's (`workflow/log.rs`).

use super::Result;
use jiff::Timestamp;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{params, Connection, Row};
use serde::Serialize;

/// Declares the log's verbs once: each variant with the stable name stored in the database.
macro_rules! history_actions {
    ($($variant:ident => $name:literal,)*) => {
        /// Every kind of change the log records. The names are stored: never rename one.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        pub enum HistoryAction {
            $($variant,)*
        }

        impl HistoryAction {
            pub const ALL: &'static [HistoryAction] = &[$(HistoryAction::$variant,)*];

            /// The stable name stored in the database (`document.approved`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(HistoryAction::$variant => $name,)*
                }
            }

            pub fn parse(name: &str) -> Option<HistoryAction> {
                match name {
                    $($name => Some(HistoryAction::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

history_actions! {
    ClientAdded => "client.added",
    ClientExported => "client.exported",
    ClientErased => "client.erased",
    DocumentAdded => "document.added",
    DocumentStatus => "document.status",
    DocumentApproved => "document.approved",
    DocumentExported => "document.exported",
    DocumentTargetsChanged => "document.targets-changed",
    DocumentTemplateChanged => "document.template-changed",
    RevisionAdded => "revision.added",
    FindingWaived => "finding.waived",
    FindingDeferred => "finding.deferred",
    CommentAdded => "comment.added",
    CommentResolved => "comment.resolved",
    CommentReopened => "comment.reopened",
    ActionStepAdded => "action-step.added",
    ActionStepDone => "action-step.done",
    ActionStepReopened => "action-step.reopened",
    MeetingStarted => "meeting.started",
    MeetingEnded => "meeting.ended",
    CaseloadBackedUp => "caseload.backed-up",
    CaseloadRestored => "caseload.restored",
    SettingsWords => "settings.words",
    ProfileChanged => "profile.changed",
}

impl HistoryAction {
    /// Meeting starts and ends frame a meeting's record; they are not things done in it.
    pub fn is_meeting(self) -> bool {
        matches!(
            self,
            HistoryAction::MeetingStarted | HistoryAction::MeetingEnded
        )
    }
}

impl ToSql for HistoryAction {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl FromSql for HistoryAction {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let name = value.as_str()?;
        HistoryAction::parse(name)
            .ok_or_else(|| FromSqlError::Other(format!("unknown history action {name:?}").into()))
    }
}

/// One line of the append-only log: who did what, when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryEntry {
    pub id: String,
    pub at: Timestamp,
    pub actor: String,
    pub action: HistoryAction,
    pub client_id: Option<String>,
    pub document_id: Option<String>,
    pub revision_id: Option<String>,
    pub detail: String,
}

fn row_to_entry(row: &Row) -> rusqlite::Result<HistoryEntry> {
    Ok(HistoryEntry {
        id: row.get("id")?,
        at: super::documents::timestamp(row, "at")?,
        actor: row.get("actor")?,
        action: row.get("action")?,
        client_id: row.get("client_id")?,
        document_id: row.get("document_id")?,
        revision_id: row.get("revision_id")?,
        detail: row.get("detail")?,
    })
}

pub fn insert_history(conn: &Connection, e: &HistoryEntry) -> Result<()> {
    conn.execute(
        "INSERT INTO history (id, at, actor, action, client_id, document_id, revision_id, detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            e.id,
            e.at.to_string(),
            e.actor,
            e.action,
            e.client_id,
            e.document_id,
            e.revision_id,
            e.detail
        ],
    )?;
    Ok(())
}

pub fn list_history_for_document(
    conn: &Connection,
    document_id: &str,
) -> Result<Vec<HistoryEntry>> {
    let mut stmt = conn.prepare("SELECT * FROM history WHERE document_id = ?1 ORDER BY at, id")?;
    let rows = stmt.query_map([document_id], row_to_entry)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn list_history_for_client(conn: &Connection, client_id: &str) -> Result<Vec<HistoryEntry>> {
    let mut stmt = conn.prepare("SELECT * FROM history WHERE client_id = ?1 ORDER BY at, id")?;
    let rows = stmt.query_map([client_id], row_to_entry)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_name_is_unique_and_parses_back() {
        let mut seen = std::collections::HashSet::new();
        for &a in HistoryAction::ALL {
            assert!(seen.insert(a.as_str()), "{} is named once", a.as_str());
            assert_eq!(HistoryAction::parse(a.as_str()), Some(a));
        }
        assert_eq!(HistoryAction::ALL.len(), 24);
        assert_eq!(HistoryAction::parse("document.imported"), None);
    }
}
