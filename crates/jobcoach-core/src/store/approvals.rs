use super::Result;
use jiff::Timestamp;
use rusqlite::{params, Connection, Row};
use serde::Serialize;

/// The specialist's approval of one revision. Kept forever, even after newer revisions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Approval {
    pub id: String,
    pub document_id: String,
    pub revision_id: String,
    pub approved_by: String,
    pub created_at: Timestamp,
}

fn row_to_approval(row: &Row) -> rusqlite::Result<Approval> {
    Ok(Approval {
        id: row.get("id")?,
        document_id: row.get("document_id")?,
        revision_id: row.get("revision_id")?,
        approved_by: row.get("approved_by")?,
        created_at: super::documents::timestamp(row, "created_at")?,
    })
}

pub fn insert_approval(conn: &Connection, a: &Approval) -> Result<()> {
    conn.execute(
        "INSERT INTO approvals (id, document_id, revision_id, approved_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![a.id, a.document_id, a.revision_id, a.approved_by, a.created_at.to_string()],
    )?;
    Ok(())
}

pub fn list_approvals(conn: &Connection, document_id: &str) -> Result<Vec<Approval>> {
    let mut stmt =
        conn.prepare("SELECT * FROM approvals WHERE document_id = ?1 ORDER BY created_at, id")?;
    let rows = stmt.query_map([document_id], row_to_approval)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
