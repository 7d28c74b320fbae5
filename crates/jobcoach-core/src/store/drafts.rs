use super::Result;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

/// Text typed in the editor and not yet saved as a revision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Draft {
    pub document_id: String,
    pub content: String,
    pub saved_at: Timestamp,
}

pub fn put_draft(conn: &Connection, d: &Draft) -> Result<()> {
    conn.execute(
        "INSERT INTO drafts (document_id, content, saved_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (document_id) DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at",
        params![d.document_id, d.content, d.saved_at.to_string()],
    )?;
    Ok(())
}

pub fn get_draft(conn: &Connection, document_id: &str) -> Result<Option<Draft>> {
    Ok(conn
        .query_row(
            "SELECT * FROM drafts WHERE document_id = ?1",
            [document_id],
            |row| {
                Ok(Draft {
                    document_id: row.get("document_id")?,
                    content: row.get("content")?,
                    saved_at: super::documents::timestamp(row, "saved_at")?,
                })
            },
        )
        .optional()?)
}

pub fn delete_draft(conn: &Connection, document_id: &str) -> Result<()> {
    conn.execute("DELETE FROM drafts WHERE document_id = ?1", [document_id])?;
    Ok(())
}
