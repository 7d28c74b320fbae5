use super::Result;
use jiff::Timestamp;
use rusqlite::{params, Connection, Row};
use serde::Serialize;

/// A finding put off to a later meeting (see migration 0004).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deferral {
    pub id: String,
    pub document_id: String,
    pub revision_id: String,
    pub rule: String,
    pub fingerprint: String,
    pub note: String,
    pub deferred_by: String,
    pub created_at: Timestamp,
}

fn row_to_deferral(row: &Row) -> rusqlite::Result<Deferral> {
    Ok(Deferral {
        id: row.get("id")?,
        document_id: row.get("document_id")?,
        revision_id: row.get("revision_id")?,
        rule: row.get("rule")?,
        fingerprint: row.get("fingerprint")?,
        note: row.get("note")?,
        deferred_by: row.get("deferred_by")?,
        created_at: super::documents::timestamp(row, "created_at")?,
    })
}

pub fn insert_deferral(conn: &Connection, d: &Deferral) -> Result<()> {
    conn.execute(
        "INSERT INTO deferrals (id, document_id, revision_id, rule, fingerprint, note, deferred_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![d.id, d.document_id, d.revision_id, d.rule, d.fingerprint, d.note, d.deferred_by, d.created_at.to_string()],
    )?;
    Ok(())
}

pub fn list_deferrals(conn: &Connection, document_id: &str) -> Result<Vec<Deferral>> {
    let mut stmt =
        conn.prepare("SELECT * FROM deferrals WHERE document_id = ?1 ORDER BY created_at, id")?;
    let rows = stmt.query_map([document_id], row_to_deferral)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
