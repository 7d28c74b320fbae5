use super::Result;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Visibility {
    /// The job seeker sees it (and it goes into their archive).
    Client,
    /// Only staff see it.
    Internal,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Client => "client",
            Visibility::Internal => "internal",
        }
    }
}

/// A comment on a span of a revision, or a reply to one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comment {
    pub id: String,
    pub document_id: String,
    pub revision_id: String,
    pub parent_id: Option<String>,
    /// Byte range in the revision's text.
    pub span: Range<usize>,
    /// The text the comment was made on, to find it again in later revisions.
    pub anchor_text: String,
    pub body: String,
    pub visibility: Visibility,
    pub author: String,
    pub created_at: Timestamp,
    pub resolved_at: Option<Timestamp>,
    pub resolved_by: Option<String>,
}

fn row_to_comment(row: &Row) -> rusqlite::Result<Comment> {
    let visibility: String = row.get("visibility")?;
    let resolved: Option<String> = row.get("resolved_at")?;
    let bad =
        |what: String| rusqlite::Error::InvalidColumnType(0, what, rusqlite::types::Type::Text);
    Ok(Comment {
        id: row.get("id")?,
        document_id: row.get("document_id")?,
        revision_id: row.get("revision_id")?,
        parent_id: row.get("parent_id")?,
        span: row.get::<_, i64>("span_start")? as usize..row.get::<_, i64>("span_end")? as usize,
        anchor_text: row.get("anchor_text")?,
        body: row.get("body")?,
        visibility: match visibility.as_str() {
            "client" => Visibility::Client,
            "internal" => Visibility::Internal,
            _ => return Err(bad(visibility)),
        },
        author: row.get("author")?,
        created_at: super::documents::timestamp(row, "created_at")?,
        resolved_at: resolved
            .map(|r| r.parse().map_err(|_| bad(r)))
            .transpose()?,
        resolved_by: row.get("resolved_by")?,
    })
}

pub fn insert_comment(conn: &Connection, c: &Comment) -> Result<()> {
    conn.execute(
        "INSERT INTO comments (id, document_id, revision_id, parent_id, span_start, span_end, anchor_text,
                               body, visibility, author, created_at, resolved_at, resolved_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            c.id,
            c.document_id,
            c.revision_id,
            c.parent_id,
            c.span.start as i64,
            c.span.end as i64,
            c.anchor_text,
            c.body,
            c.visibility.as_str(),
            c.author,
            c.created_at.to_string(),
            c.resolved_at.map(|t| t.to_string()),
            c.resolved_by
        ],
    )?;
    Ok(())
}

pub fn set_comment_resolved(
    conn: &Connection,
    id: &str,
    resolved: Option<(Timestamp, &str)>,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE comments SET resolved_at = ?2, resolved_by = ?3 WHERE id = ?1",
        params![id, resolved.map(|r| r.0.to_string()), resolved.map(|r| r.1)],
    )?;
    super::found((changed > 0).then_some(()), "comment", id)
}

pub fn get_comment(conn: &Connection, id: &str) -> Result<Comment> {
    let c = conn
        .query_row("SELECT * FROM comments WHERE id = ?1", [id], row_to_comment)
        .optional()?;
    super::found(c, "comment", id)
}

pub fn list_comments(conn: &Connection, document_id: &str) -> Result<Vec<Comment>> {
    let mut stmt =
        conn.prepare("SELECT * FROM comments WHERE document_id = ?1 ORDER BY created_at, id")?;
    let rows = stmt.query_map([document_id], row_to_comment)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
