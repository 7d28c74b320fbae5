use super::{found, Result};
use crate::document::DocumentKind;
use crate::export::Template;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a document stands in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentStatus {
    Draft,
    InReview,
    ChangesRequested,
    Approved,
}

impl DocumentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentStatus::Draft => "draft",
            DocumentStatus::InReview => "in-review",
            DocumentStatus::ChangesRequested => "changes-requested",
            DocumentStatus::Approved => "approved",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Draft,
            Self::InReview,
            Self::ChangesRequested,
            Self::Approved,
        ]
        .into_iter()
        .find(|v| v.as_str() == s)
    }
}

impl fmt::Display for DocumentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentRecord {
    pub id: String,
    pub client_id: String,
    pub kind: DocumentKind,
    pub title: String,
    pub status: DocumentStatus,
    pub target_employer: Option<String>,
    pub target_role: Option<String>,
    pub recipient_name: Option<String>,
    /// The job posting the document targets, pasted in full.
    pub posting_text: Option<String>,
    /// The look it is exported in.
    pub template: Template,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// What a caller decides about a new document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewDocument {
    pub title: Option<String>,
    pub kind: Option<DocumentKind>,
    pub target_employer: Option<String>,
    pub target_role: Option<String>,
    pub recipient_name: Option<String>,
    pub posting_text: Option<String>,
}

pub(super) fn timestamp(row: &Row, column: &str) -> rusqlite::Result<Timestamp> {
    let text: String = row.get(column)?;
    text.parse().map_err(|e: jiff::Error| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn row_to_document(row: &Row) -> rusqlite::Result<DocumentRecord> {
    let kind: String = row.get("kind")?;
    let status: String = row.get("status")?;
    let bad =
        |what: String| rusqlite::Error::InvalidColumnType(0, what, rusqlite::types::Type::Text);
    Ok(DocumentRecord {
        id: row.get("id")?,
        client_id: row.get("client_id")?,
        kind: DocumentKind::parse(&kind).ok_or_else(|| bad(kind))?,
        title: row.get("title")?,
        status: DocumentStatus::parse(&status).ok_or_else(|| bad(status))?,
        target_employer: row.get("target_employer")?,
        target_role: row.get("target_role")?,
        recipient_name: row.get("recipient_name")?,
        posting_text: row.get("posting_text")?,
        // A name this version does not know (a newer one wrote it) exports in the default.
        template: Template::parse(&row.get::<_, String>("template")?).unwrap_or_default(),
        created_at: timestamp(row, "created_at")?,
        updated_at: timestamp(row, "updated_at")?,
    })
}

pub fn insert_document(conn: &Connection, d: &DocumentRecord) -> Result<()> {
    conn.execute(
        "INSERT INTO documents (id, client_id, kind, title, status, target_employer, target_role,
                                recipient_name, posting_text, template, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            d.id,
            d.client_id,
            d.kind.as_str(),
            d.title,
            d.status.as_str(),
            d.target_employer,
            d.target_role,
            d.recipient_name,
            d.posting_text,
            d.template.as_str(),
            d.created_at.to_string(),
            d.updated_at.to_string()
        ],
    )?;
    Ok(())
}

pub fn get_document(conn: &Connection, id: &str) -> Result<DocumentRecord> {
    let d = conn
        .query_row(
            "SELECT * FROM documents WHERE id = ?1",
            [id],
            row_to_document,
        )
        .optional()?;
    found(d, "document", id)
}

pub fn list_documents(conn: &Connection, client_id: &str) -> Result<Vec<DocumentRecord>> {
    let mut stmt =
        conn.prepare("SELECT * FROM documents WHERE client_id = ?1 ORDER BY created_at, id")?;
    let rows = stmt.query_map([client_id], row_to_document)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn update_status(
    conn: &Connection,
    id: &str,
    status: DocumentStatus,
    at: Timestamp,
) -> Result<()> {
    let n = conn.execute(
        "UPDATE documents SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, status.as_str(), at.to_string()],
    )?;
    found((n == 1).then_some(()), "document", id)
}

/// Change what a document targets: employer, role, recipient and posting.
pub fn update_targets(
    conn: &Connection,
    id: &str,
    targets: &NewDocument,
    at: Timestamp,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE documents SET target_employer = ?2, target_role = ?3, recipient_name = ?4,
                              posting_text = ?5, updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            targets.target_employer,
            targets.target_role,
            targets.recipient_name,
            targets.posting_text,
            at.to_string()
        ],
    )?;
    found((changed > 0).then_some(()), "document", id)
}

/// Choose the template a document is exported in.
pub fn set_template(conn: &Connection, id: &str, template: Template, at: Timestamp) -> Result<()> {
    let changed = conn.execute(
        "UPDATE documents SET template = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, template.as_str(), at.to_string()],
    )?;
    found((changed > 0).then_some(()), "document", id)
}

/// What the caseload shows about a document (see `document_overviews`).
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentSummary {
    pub record: DocumentRecord,
    pub latest_number: u32,
    /// Open findings of the newest revision: blocker, major, minor, tip.
    pub open: [usize; 4],
    pub has_draft: bool,
}

/// Every document (or one client's) with what the caseload shows about it, in one query:
/// (record, newest revision number, open blocker/major/minor/tip findings of that revision
/// not covered by a waiver, whether an unsaved draft is kept). The counts are kept by
/// triggers in `document_summaries` (migration 0007), so this stays quick at any size.
pub fn document_overviews(
    conn: &Connection,
    client_id: Option<&str>,
) -> Result<Vec<DocumentSummary>> {
    let mut stmt = conn.prepare(
        "SELECT d.*, coalesce(s.latest_number, 0) AS latest_number,
                coalesce(s.blocker, 0) AS o_blocker, coalesce(s.major, 0) AS o_major,
                coalesce(s.minor, 0) AS o_minor, coalesce(s.tip, 0) AS o_tip,
                EXISTS (SELECT 1 FROM drafts dr WHERE dr.document_id = d.id) AS has_draft
           FROM documents d
           LEFT JOIN document_summaries s ON s.document_id = d.id
          WHERE ?1 IS NULL OR d.client_id = ?1
          ORDER BY d.created_at, d.id",
    )?;
    let rows = stmt.query_map([client_id], |row| {
        let n = |c: &str| row.get::<_, i64>(c).map(|v| v as usize);
        Ok(DocumentSummary {
            record: row_to_document(row)?,
            latest_number: row.get::<_, u32>("latest_number")?,
            open: [n("o_blocker")?, n("o_major")?, n("o_minor")?, n("o_tip")?],
            has_draft: row.get::<_, bool>("has_draft")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
