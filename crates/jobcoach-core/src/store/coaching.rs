use super::Result;
use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

/// Something the person will do before the next meeting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionStep {
    pub id: String,
    pub client_id: String,
    pub document_id: Option<String>,
    pub text: String,
    pub due: Option<Date>,
    pub created_by: String,
    pub created_at: Timestamp,
    pub done_at: Option<Timestamp>,
    pub done_by: Option<String>,
}

fn bad(what: String) -> rusqlite::Error {
    rusqlite::Error::InvalidColumnType(0, what, rusqlite::types::Type::Text)
}

fn row_to_step(row: &Row) -> rusqlite::Result<ActionStep> {
    let due: Option<String> = row.get("due")?;
    let done_at: Option<String> = row.get("done_at")?;
    Ok(ActionStep {
        id: row.get("id")?,
        client_id: row.get("client_id")?,
        document_id: row.get("document_id")?,
        text: row.get("text")?,
        due: due.map(|d| d.parse().map_err(|_| bad(d))).transpose()?,
        created_by: row.get("created_by")?,
        created_at: super::documents::timestamp(row, "created_at")?,
        done_at: done_at.map(|d| d.parse().map_err(|_| bad(d))).transpose()?,
        done_by: row.get("done_by")?,
    })
}

pub fn insert_action_step(conn: &Connection, s: &ActionStep) -> Result<()> {
    conn.execute(
        "INSERT INTO action_steps (id, client_id, document_id, text, due, created_by, created_at, done_at, done_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            s.id,
            s.client_id,
            s.document_id,
            s.text,
            s.due.map(|d| d.to_string()),
            s.created_by,
            s.created_at.to_string(),
            s.done_at.map(|t| t.to_string()),
            s.done_by
        ],
    )?;
    Ok(())
}

pub fn set_action_step_done(
    conn: &Connection,
    id: &str,
    done: Option<(Timestamp, &str)>,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE action_steps SET done_at = ?2, done_by = ?3 WHERE id = ?1",
        params![id, done.map(|d| d.0.to_string()), done.map(|d| d.1)],
    )?;
    super::found((changed > 0).then_some(()), "action step", id)
}

pub fn get_action_step(conn: &Connection, id: &str) -> Result<ActionStep> {
    let s = conn
        .query_row(
            "SELECT * FROM action_steps WHERE id = ?1",
            [id],
            row_to_step,
        )
        .optional()?;
    super::found(s, "action step", id)
}

pub fn list_action_steps(conn: &Connection, client_id: &str) -> Result<Vec<ActionStep>> {
    let mut stmt = conn.prepare(
        "SELECT * FROM action_steps WHERE client_id = ?1
         ORDER BY done_at IS NOT NULL, due IS NULL, due, created_at, id",
    )?;
    let rows = stmt.query_map([client_id], row_to_step)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A meeting with a client; its record is the history log between start and end.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meeting {
    pub id: String,
    pub client_id: String,
    pub started_at: Timestamp,
    pub ended_at: Option<Timestamp>,
    pub started_by: String,
    pub note: String,
}

fn row_to_meeting(row: &Row) -> rusqlite::Result<Meeting> {
    let ended: Option<String> = row.get("ended_at")?;
    Ok(Meeting {
        id: row.get("id")?,
        client_id: row.get("client_id")?,
        started_at: super::documents::timestamp(row, "started_at")?,
        ended_at: ended.map(|d| d.parse().map_err(|_| bad(d))).transpose()?,
        started_by: row.get("started_by")?,
        note: row.get("note")?,
    })
}

pub fn insert_meeting(conn: &Connection, m: &Meeting) -> Result<()> {
    conn.execute(
        "INSERT INTO meetings (id, client_id, started_at, ended_at, started_by, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            m.id,
            m.client_id,
            m.started_at.to_string(),
            m.ended_at.map(|t| t.to_string()),
            m.started_by,
            m.note
        ],
    )?;
    Ok(())
}

pub fn end_meeting(conn: &Connection, id: &str, at: Timestamp) -> Result<()> {
    let changed = conn.execute(
        "UPDATE meetings SET ended_at = ?2 WHERE id = ?1 AND ended_at IS NULL",
        params![id, at.to_string()],
    )?;
    super::found((changed > 0).then_some(()), "open meeting", id)
}

pub fn set_meeting_note(conn: &Connection, id: &str, note: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE meetings SET note = ?2 WHERE id = ?1",
        params![id, note],
    )?;
    super::found((changed > 0).then_some(()), "meeting", id)
}

pub fn get_meeting(conn: &Connection, id: &str) -> Result<Meeting> {
    let m = conn
        .query_row("SELECT * FROM meetings WHERE id = ?1", [id], row_to_meeting)
        .optional()?;
    super::found(m, "meeting", id)
}

pub fn open_meeting(conn: &Connection, client_id: &str) -> Result<Option<Meeting>> {
    Ok(conn
        .query_row(
            "SELECT * FROM meetings WHERE client_id = ?1 AND ended_at IS NULL",
            [client_id],
            row_to_meeting,
        )
        .optional()?)
}

pub fn list_meetings(conn: &Connection, client_id: &str) -> Result<Vec<Meeting>> {
    let mut stmt =
        conn.prepare("SELECT * FROM meetings WHERE client_id = ?1 ORDER BY started_at, id")?;
    let rows = stmt.query_map([client_id], row_to_meeting)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A document waiting for the specialist: its id, why, and since when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueRow {
    pub document_id: String,
    pub waiting_since: Timestamp,
    pub reason: QueueReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QueueReason {
    /// Submitted for review.
    Submitted,
    /// The job seeker brought a new revision since the specialist last looked.
    RevisedByJobSeeker,
}

/// Documents waiting for review, oldest first, in one query: those in review (since they
/// were submitted), and those with a job seeker's revision newer than the specialist's last
/// one (kept in `document_summaries` by a trigger, migration 0007).
pub fn review_queue(conn: &Connection) -> Result<Vec<QueueRow>> {
    let mut stmt = conn.prepare(
        "WITH submitted AS (
             SELECT d.id AS document_id,
                    (SELECT max(h.at) FROM history h
                      WHERE h.document_id = d.id AND h.action = ?1) AS since
               FROM documents d WHERE d.status = 'in-review'
         ),
         seeker AS (
             SELECT s.document_id, s.seeker_waiting_since AS since
               FROM document_summaries s JOIN documents d ON d.id = s.document_id
              WHERE s.seeker_waiting_since IS NOT NULL
                AND d.status NOT IN ('in-review', 'approved')
         )
         SELECT document_id, coalesce(since, '') AS since, 'submitted' AS reason FROM submitted
         UNION ALL
         SELECT document_id, since, 'revised-by-job-seeker' FROM seeker
         ORDER BY since, document_id",
    )?;
    let rows = stmt.query_map([super::HistoryAction::DocumentStatus], |row| {
        let since: String = row.get(1)?;
        let reason: String = row.get(2)?;
        Ok(QueueRow {
            document_id: row.get(0)?,
            waiting_since: since.parse().unwrap_or(Timestamp::UNIX_EPOCH),
            reason: if reason == "submitted" {
                QueueReason::Submitted
            } else {
                QueueReason::RevisedByJobSeeker
            },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
