//! Erasing a client (their right to have their data deleted): the one time kept records go.
//! The caller holds the erase permit (store/permit.rs) for the transaction; without it
//! every delete here is refused by the schema.

use super::Result;
use jiff::Timestamp;
use rusqlite::{params, Connection};

/// Delete everything held about a client and record that they were erased (the id and
/// when, nothing they told the office), in the caller's transaction.
pub fn erase_client(conn: &Connection, client_id: &str, at: Timestamp, by: &str) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO erasures (client_id, erased_at, erased_by) VALUES (?1, ?2, ?3)",
        params![client_id, at.to_string(), by],
    )?;
    delete_client_rows(conn, client_id)
}

/// The clients in this caseload that `erasures` says were erased: what a restored backup
/// may bring back.
pub fn erased_but_present(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT c.id FROM clients c JOIN erasures e ON e.client_id = c.id ORDER BY c.id",
    )?;
    let ids = stmt.query_map([], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Erase again a client a restored backup brought back (their erasure is already recorded).
pub(crate) fn erase_again(conn: &Connection, client_id: &str) -> Result<()> {
    delete_client_rows(conn, client_id)
}

fn delete_client_rows(conn: &Connection, client_id: &str) -> Result<()> {
    let docs = "SELECT id FROM documents WHERE client_id = ?1";
    let revs = format!("SELECT id FROM revisions WHERE document_id IN ({docs})");
    for sql in [
        format!("DELETE FROM comments WHERE document_id IN ({docs}) AND parent_id IS NOT NULL"),
        format!("DELETE FROM comments WHERE document_id IN ({docs})"),
        format!("DELETE FROM findings WHERE revision_id IN ({revs})"),
        format!("DELETE FROM waivers WHERE document_id IN ({docs})"),
        format!("DELETE FROM deferrals WHERE document_id IN ({docs})"),
        format!("DELETE FROM approvals WHERE document_id IN ({docs})"),
        format!("DELETE FROM drafts WHERE document_id IN ({docs})"),
        format!("DELETE FROM document_summaries WHERE document_id IN ({docs})"),
        "DELETE FROM action_steps WHERE client_id = ?1".to_string(),
        "DELETE FROM meetings WHERE client_id = ?1".to_string(),
        format!("DELETE FROM history WHERE client_id = ?1 OR document_id IN ({docs})"),
    ] {
        conn.execute(&sql, [client_id])?;
    }
    // One statement: foreign keys between a revision and its parent are checked at its end.
    conn.execute(
        &format!("DELETE FROM revisions WHERE document_id IN ({docs})"),
        [client_id],
    )?;
    conn.execute("DELETE FROM documents WHERE client_id = ?1", [client_id])?;
    conn.execute("DELETE FROM clients WHERE id = ?1", [client_id])?;
    Ok(())
}
