use super::Result;
use jiff::Timestamp;
use rusqlite::{params, Connection, Row};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Waiver {
    pub id: String,
    pub document_id: String,
    pub revision_id: String,
    pub rule: String,
    pub fingerprint: String,
    pub reason: String,
    pub waived_by: String,
    pub created_at: Timestamp,
}

fn row_to_waiver(row: &Row) -> rusqlite::Result<Waiver> {
    Ok(Waiver {
        id: row.get("id")?,
        document_id: row.get("document_id")?,
        revision_id: row.get("revision_id")?,
        rule: row.get("rule")?,
        fingerprint: row.get("fingerprint")?,
        reason: row.get("reason")?,
        waived_by: row.get("waived_by")?,
        created_at: super::documents::timestamp(row, "created_at")?,
    })
}

pub fn insert_waiver(conn: &Connection, w: &Waiver) -> Result<()> {
    conn.execute(
        "INSERT INTO waivers (id, document_id, revision_id, rule, fingerprint, reason, waived_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![w.id, w.document_id, w.revision_id, w.rule, w.fingerprint, w.reason, w.waived_by, w.created_at.to_string()],
    )?;
    Ok(())
}

pub fn list_waivers(conn: &Connection, document_id: &str) -> Result<Vec<Waiver>> {
    let mut stmt =
        conn.prepare("SELECT * FROM waivers WHERE document_id = ?1 ORDER BY created_at, id")?;
    let rows = stmt.query_map([document_id], row_to_waiver)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
