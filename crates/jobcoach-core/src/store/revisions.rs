use super::{found, json, Result};
use crate::document::SourceFacts;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthorRole {
    Specialist,
    JobSeeker,
}

impl AuthorRole {
    pub fn as_str(self) -> &'static str {
        match self {
            AuthorRole::Specialist => "specialist",
            AuthorRole::JobSeeker => "job-seeker",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "specialist" => Some(AuthorRole::Specialist),
            "job-seeker" => Some(AuthorRole::JobSeeker),
            _ => None,
        }
    }
}

/// How a revision came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RevisionSource {
    FileImport,
    InAppEdit,
    HandOff,
    Paste,
}

impl RevisionSource {
    pub fn as_str(self) -> &'static str {
        match self {
            RevisionSource::FileImport => "file-import",
            RevisionSource::InAppEdit => "in-app-edit",
            RevisionSource::HandOff => "hand-off",
            RevisionSource::Paste => "paste",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::FileImport,
            Self::InAppEdit,
            Self::HandOff,
            Self::Paste,
        ]
        .into_iter()
        .find(|v| v.as_str() == s)
    }
}

/// An immutable revision of a document. The schema refuses UPDATE and DELETE.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revision {
    pub id: String,
    pub document_id: String,
    pub number: u32,
    pub parent_id: Option<String>,
    pub content: String,
    pub content_hash: String,
    pub source_facts: SourceFacts,
    pub author_role: AuthorRole,
    pub author_name: String,
    pub source: RevisionSource,
    pub source_file: Option<String>,
    pub note: String,
    pub rules_version: String,
    pub profile_name: String,
    pub created_at: Timestamp,
}

/// What a caller says about a revision it is adding.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRevision {
    pub author_role: AuthorRole,
    pub author_name: String,
    pub source: RevisionSource,
    pub source_file: Option<String>,
    pub note: String,
}

impl NewRevision {
    /// A revision the job seeker made, at home or brought back. The caseload does not know
    /// who typed it, so it is signed with the role.
    pub fn from_job_seeker(source: RevisionSource, note: &str) -> NewRevision {
        NewRevision {
            author_role: AuthorRole::JobSeeker,
            author_name: "Job seeker".to_string(),
            source,
            source_file: None,
            note: note.to_string(),
        }
    }
}

fn row_to_revision(row: &Row) -> rusqlite::Result<Revision> {
    let facts: String = row.get("source_facts")?;
    let role: String = row.get("author_role")?;
    let source: String = row.get("source")?;
    let bad =
        |what: String| rusqlite::Error::InvalidColumnType(0, what, rusqlite::types::Type::Text);
    Ok(Revision {
        id: row.get("id")?,
        document_id: row.get("document_id")?,
        number: row.get("number")?,
        parent_id: row.get("parent_id")?,
        content: row.get("content")?,
        content_hash: row.get("content_hash")?,
        source_facts: json(&facts).map_err(|e| bad(e.to_string()))?,
        author_role: AuthorRole::parse(&role).ok_or_else(|| bad(role))?,
        author_name: row.get("author_name")?,
        source: RevisionSource::parse(&source).ok_or_else(|| bad(source))?,
        source_file: row.get("source_file")?,
        note: row.get("note")?,
        rules_version: row.get("rules_version")?,
        profile_name: row.get("profile_name")?,
        created_at: super::documents::timestamp(row, "created_at")?,
    })
}

pub fn insert_revision(conn: &Connection, r: &Revision) -> Result<()> {
    let facts = serde_json::to_string(&r.source_facts)
        .map_err(|e| super::StoreError::Corrupt(e.to_string()))?;
    conn.execute(
        "INSERT INTO revisions (id, document_id, number, parent_id, content, content_hash, source_facts,
                                author_role, author_name, source, source_file, note, rules_version,
                                profile_name, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            r.id,
            r.document_id,
            r.number,
            r.parent_id,
            r.content,
            r.content_hash,
            facts,
            r.author_role.as_str(),
            r.author_name,
            r.source.as_str(),
            r.source_file,
            r.note,
            r.rules_version,
            r.profile_name,
            r.created_at.to_string()
        ],
    )?;
    Ok(())
}

pub fn get_revision(conn: &Connection, document_id: &str, number: u32) -> Result<Revision> {
    let r = conn
        .query_row(
            "SELECT * FROM revisions WHERE document_id = ?1 AND number = ?2",
            params![document_id, number],
            row_to_revision,
        )
        .optional()?;
    found(r, "revision", &format!("{document_id} #{number}"))
}

pub fn latest_revision(conn: &Connection, document_id: &str) -> Result<Option<Revision>> {
    Ok(conn
        .query_row(
            "SELECT * FROM revisions WHERE document_id = ?1 ORDER BY number DESC LIMIT 1",
            [document_id],
            row_to_revision,
        )
        .optional()?)
}

pub fn list_revisions(conn: &Connection, document_id: &str) -> Result<Vec<Revision>> {
    let mut stmt =
        conn.prepare("SELECT * FROM revisions WHERE document_id = ?1 ORDER BY number")?;
    let rows = stmt.query_map([document_id], row_to_revision)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
