use super::{json, Result};
use crate::checklist::{Finding, Severity};
use rusqlite::{params, Connection, Row};
use serde::Serialize;

/// A finding as stored with its revision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredFinding {
    pub id: String,
    pub revision_id: String,
    pub finding: Finding,
    pub fingerprint: String,
}

fn row_to_finding(row: &Row) -> rusqlite::Result<StoredFinding> {
    let severity: String = row.get("severity")?;
    let suggestions: String = row.get("suggestions")?;
    let bad =
        |what: String| rusqlite::Error::InvalidColumnType(0, what, rusqlite::types::Type::Text);
    Ok(StoredFinding {
        id: row.get("id")?,
        revision_id: row.get("revision_id")?,
        fingerprint: row.get("fingerprint")?,
        finding: Finding {
            rule: row.get("rule")?,
            severity: Severity::parse(&severity).ok_or_else(|| bad(severity))?,
            span: row.get::<_, i64>("span_start")? as usize
                ..row.get::<_, i64>("span_end")? as usize,
            message: row.get("message")?,
            suggestions: json(&suggestions).map_err(|e| bad(e.to_string()))?,
        },
    })
}

pub fn insert_findings(conn: &Connection, findings: &[StoredFinding]) -> Result<()> {
    let mut stmt = conn.prepare(
        "INSERT INTO findings (id, revision_id, ordinal, rule, severity, span_start, span_end, message,
                               suggestions, fingerprint)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (ordinal, s) in findings.iter().enumerate() {
        let f = &s.finding;
        let suggestions = serde_json::to_string(&f.suggestions)
            .map_err(|e| super::StoreError::Corrupt(e.to_string()))?;
        stmt.execute(params![
            s.id,
            s.revision_id,
            ordinal as i64,
            f.rule,
            f.severity.as_str(),
            f.span.start as i64,
            f.span.end as i64,
            f.message,
            suggestions,
            s.fingerprint
        ])?;
    }
    Ok(())
}

pub fn list_findings(conn: &Connection, revision_id: &str) -> Result<Vec<StoredFinding>> {
    let mut stmt =
        conn.prepare("SELECT * FROM findings WHERE revision_id = ?1 ORDER BY ordinal")?;
    let rows = stmt.query_map([revision_id], row_to_finding)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// (revision number, fingerprint) of every finding of a document up to revision `upto`:
/// what the carry-over of findings across revisions is computed from.
pub fn fingerprints_by_revision(
    conn: &Connection,
    document_id: &str,
    upto: u32,
) -> Result<Vec<(u32, String)>> {
    let mut stmt = conn.prepare(
        "SELECT r.number, f.fingerprint FROM findings f JOIN revisions r ON f.revision_id = r.id
         WHERE r.document_id = ?1 AND r.number <= ?2 ORDER BY r.number",
    )?;
    let rows = stmt.query_map(params![document_id, upto], |r| {
        Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// (revision number, fingerprint, severity) of every finding of a document: the revision
/// list counts open findings from this in one query.
pub fn finding_severities(
    conn: &Connection,
    document_id: &str,
) -> Result<Vec<(u32, String, Severity)>> {
    let mut stmt = conn.prepare(
        "SELECT r.number, f.fingerprint, f.severity FROM findings f JOIN revisions r ON f.revision_id = r.id
         WHERE r.document_id = ?1",
    )?;
    let rows = stmt.query_map([document_id], |r| {
        let severity: String = r.get(2)?;
        Ok((
            r.get::<_, u32>(0)?,
            r.get::<_, String>(1)?,
            Severity::parse(&severity).ok_or_else(|| {
                rusqlite::Error::InvalidColumnType(2, severity, rusqlite::types::Type::Text)
            })?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
