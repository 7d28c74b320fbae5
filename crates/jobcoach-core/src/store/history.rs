use super::Result;
use jiff::Timestamp;
use rusqlite::{params, Connection, Row};
use serde::Serialize;

/// One line of the append-only log: who did what, when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryEntry {
    pub id: String,
    pub at: Timestamp,
    pub actor: String,
    /// A stable verb: `client.added`, `document.imported`, `revision.added`, `document.approved`, ...
    pub action: String,
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
