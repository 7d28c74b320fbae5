//! Coaching over time: action steps a person takes home, meetings and their case notes,
//! and the queue of documents waiting for the specialist. Every change is logged; a
//! meeting's record is the log between its start and end, so nothing is entered twice.

use super::{Caseload, DocumentOverview, Result, WorkflowError};
use crate::canonical::{self, Block, BlockKind, Run};
use crate::export::{self, ExportFormat, ExportOptions, Template};
use crate::store::{self, ActionStep, HistoryEntry, Meeting, QueueReason};
use crate::DocumentKind;
use jiff::civil::Date;
use serde::Serialize;
use std::path::Path;

/// A meeting with everything done during it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingRecord {
    pub meeting: Meeting,
    pub client_name: String,
    /// Whole minutes, from start to end (or to now for a meeting still going).
    pub minutes: i64,
    pub entries: Vec<HistoryEntry>,
}

/// A document waiting for the specialist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueItem {
    pub client_name: String,
    pub document: DocumentOverview,
    pub reason: QueueReason,
    pub waiting_since: jiff::Timestamp,
}

/// How a history action reads in a case note.
fn describe(e: &HistoryEntry) -> String {
    let what = match e.action.as_str() {
        "revision.added" => "Saved a revision",
        "document.added" => "Started a document",
        "finding.waived" => "Agreed to leave a finding as it is",
        "finding.deferred" => "Put a finding off to a later meeting",
        "document.approved" => "Approved a document",
        "document.status" => "Changed a document's status",
        "document.exported" => "Exported a document",
        "document.targets-changed" => "Set the target job",
        "action-step.added" => "Agreed an action step",
        "action-step.done" => "Finished an action step",
        "action-step.reopened" => "Reopened an action step",
        "comment.added" => "Left a comment",
        other => other,
    };
    if e.detail.is_empty() {
        what.to_string()
    } else {
        format!("{what}: {}", e.detail)
    }
}

impl Caseload {
    /// A step for the person to take, optionally about one document, with a due date.
    pub fn add_action_step(
        &mut self,
        client_id: &str,
        document_id: Option<&str>,
        text: &str,
        due: Option<Date>,
        actor: &str,
    ) -> Result<ActionStep> {
        let client = self.client(client_id)?;
        if let Some(d) = document_id {
            self.document(d)?;
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return Err(WorkflowError::EmptyName {
                what: "action step",
            });
        }
        let step = ActionStep {
            id: self.ids.new_id(),
            client_id: client.id.clone(),
            document_id: document_id.map(str::to_string),
            text,
            due,
            created_by: actor.to_string(),
            created_at: self.clock.now(),
            done_at: None,
            done_by: None,
        };
        let entry = self.history(
            actor,
            "action-step.added",
            Some(&client.id),
            document_id,
            None,
            step.text.clone(),
        );
        self.store.transaction(|tx| {
            store::insert_action_step(tx, &step)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(step)
    }

    /// Mark a step done, or not done again.
    pub fn set_action_step_done(
        &mut self,
        id: &str,
        done: bool,
        actor: &str,
    ) -> Result<ActionStep> {
        let step = store::get_action_step(self.store.conn(), id).map_err(super::not_found)?;
        let now = self.clock.now();
        let entry = self.history(
            actor,
            if done {
                "action-step.done"
            } else {
                "action-step.reopened"
            },
            Some(&step.client_id),
            step.document_id.as_deref(),
            None,
            step.text.clone(),
        );
        self.store.transaction(|tx| {
            store::set_action_step_done(tx, id, done.then_some((now, actor)))?;
            store::insert_history(tx, &entry)
        })?;
        Ok(store::get_action_step(self.store.conn(), id)?)
    }

    /// A client's steps: open ones first, soonest due first.
    pub fn action_steps(&self, client_id: &str) -> Result<Vec<ActionStep>> {
        self.client(client_id)?;
        Ok(store::list_action_steps(self.store.conn(), client_id)?)
    }

    /// The open steps as a one-page take-home list, in the canonical Markdown (it prints
    /// as it reads, and exports to DOCX through the same template as documents).
    pub fn take_home_list(&self, client_id: &str) -> Result<String> {
        let client = self.client(client_id)?;
        let steps: Vec<ActionStep> = self
            .action_steps(client_id)?
            .into_iter()
            .filter(|s| s.done_at.is_none())
            .collect();
        // Built as blocks and rendered, so names and steps are escaped like any text.
        let para = |t: String| Block::new(BlockKind::Paragraph, vec![Run::plain(&t)]);
        let mut blocks = vec![Block::new(
            BlockKind::Heading(1),
            vec![Run::plain(format!("Your next steps, {}", client.name))],
        )];
        if steps.is_empty() {
            blocks.push(para("Nothing is open right now. Well done.".into()));
            return Ok(canonical::render(&blocks));
        }
        blocks.push(para(
            "Bring your updated documents to our next meeting.".into(),
        ));
        for s in &steps {
            let document = match &s.document_id {
                Some(d) => format!(" ({})", self.document(d)?.title),
                None => String::new(),
            };
            let due = s
                .due
                .map(|d| format!(" — by {}", d.strftime("%A, %B %-d")))
                .unwrap_or_default();
            blocks.push(Block::new(
                BlockKind::ListItem {
                    ordered: false,
                    depth: 0,
                },
                vec![Run::plain(format!("{}{document}{due}", s.text))],
            ));
        }
        blocks.push(para(
            "Questions before then? Call or email us; we're glad to help.".into(),
        ));
        let out = canonical::render(&blocks);
        Ok(out)
    }

    /// Write the take-home list as a DOCX to `path`.
    pub fn export_take_home_list(&self, client_id: &str, path: &Path) -> Result<()> {
        let text = self.take_home_list(client_id)?;
        let options = ExportOptions {
            kind: DocumentKind::Resume,
            template: Template::Modern,
            title: "Next steps".into(),
            author: self.client(client_id)?.name,
            draft: false,
            timestamp: self.clock.now().to_string(),
        };
        export::write(&text, &options, ExportFormat::Docx, path)?;
        Ok(())
    }

    /// Start a meeting with a client. Refused while one is already open for them.
    pub fn start_meeting(&mut self, client_id: &str, actor: &str) -> Result<Meeting> {
        let client = self.client(client_id)?;
        if let Some(open) = store::open_meeting(self.store.conn(), client_id)? {
            return Err(WorkflowError::MeetingOpen {
                since: open.started_at.strftime("%H:%M").to_string(),
            });
        }
        let meeting = Meeting {
            id: self.ids.new_id(),
            client_id: client.id.clone(),
            started_at: self.clock.now(),
            ended_at: None,
            started_by: actor.to_string(),
            note: String::new(),
        };
        let entry = self.history(
            actor,
            "meeting.started",
            Some(&client.id),
            None,
            None,
            String::new(),
        );
        self.store.transaction(|tx| {
            store::insert_meeting(tx, &meeting)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(meeting)
    }

    /// End the client's open meeting and return its record.
    pub fn end_meeting(&mut self, client_id: &str, actor: &str) -> Result<MeetingRecord> {
        let meeting = store::open_meeting(self.store.conn(), client_id)?.ok_or_else(|| {
            WorkflowError::NotFound("no meeting is going on with this person".into())
        })?;
        let now = self.clock.now();
        let entry = self.history(
            actor,
            "meeting.ended",
            Some(client_id),
            None,
            None,
            String::new(),
        );
        self.store.transaction(|tx| {
            store::end_meeting(tx, &meeting.id, now)?;
            store::insert_history(tx, &entry)
        })?;
        self.meeting_record(&meeting.id)
    }

    /// The specialist's own words for the case note.
    pub fn set_meeting_note(&mut self, meeting_id: &str, note: &str) -> Result<()> {
        store::get_meeting(self.store.conn(), meeting_id).map_err(super::not_found)?;
        self.store
            .transaction(|tx| store::set_meeting_note(tx, meeting_id, note.trim()))?;
        Ok(())
    }

    pub fn meetings(&self, client_id: &str) -> Result<Vec<Meeting>> {
        self.client(client_id)?;
        Ok(store::list_meetings(self.store.conn(), client_id)?)
    }

    /// What happened during a meeting, from the log.
    pub fn meeting_record(&self, meeting_id: &str) -> Result<MeetingRecord> {
        let meeting =
            store::get_meeting(self.store.conn(), meeting_id).map_err(super::not_found)?;
        let client = self.client(&meeting.client_id)?;
        let end = meeting.ended_at.unwrap_or_else(|| self.clock.now());
        let entries: Vec<HistoryEntry> =
            store::list_history_for_client(self.store.conn(), &client.id)?
                .into_iter()
                .filter(|e| e.at >= meeting.started_at && e.at <= end)
                .filter(|e| !e.action.starts_with("meeting."))
                .collect();
        let minutes = (end.as_second() - meeting.started_at.as_second()) / 60;
        Ok(MeetingRecord {
            meeting,
            client_name: client.name,
            minutes,
            entries,
        })
    }

    /// The case note for a meeting: plain text, ready to paste into a case-management
    /// system.
    pub fn case_note(&self, meeting_id: &str) -> Result<String> {
        let r = self.meeting_record(meeting_id)?;
        let tz = jiff::tz::TimeZone::system();
        let start = r.meeting.started_at.to_zoned(tz.clone());
        let mut out = format!(
            "Meeting with {} on {} at {}, {} minutes ({}).\n",
            r.client_name,
            start.strftime("%B %-d, %Y"),
            start.strftime("%-I:%M %p"),
            r.minutes,
            r.meeting.started_by
        );
        if !r.meeting.note.is_empty() {
            out.push_str(&format!("\n{}\n", r.meeting.note));
        }
        if !r.entries.is_empty() {
            out.push_str("\nDone in the meeting:\n");
            for e in &r.entries {
                out.push_str(&format!("- {}\n", describe(e)));
            }
        }
        let open: Vec<ActionStep> = self
            .action_steps(&r.meeting.client_id)?
            .into_iter()
            .filter(|s| s.done_at.is_none())
            .collect();
        if !open.is_empty() {
            out.push_str("\nNext steps:\n");
            for s in open {
                let due = s.due.map(|d| format!(" (by {d})")).unwrap_or_default();
                out.push_str(&format!("- {}{due}\n", s.text));
            }
        }
        Ok(out)
    }

    /// Documents waiting for the specialist across the caseload, oldest first: submitted
    /// for review, or revised by the job seeker since the specialist last saved one.
    pub fn review_queue(&self) -> Result<Vec<QueueItem>> {
        let rows = store::review_queue(self.store.conn())?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        // Three queries whatever the size: the queue, every document's summary, the clients.
        let mut overviews: std::collections::HashMap<String, DocumentOverview> =
            store::document_overviews(self.store.conn(), None)?
                .into_iter()
                .map(|s| (s.record.id.clone(), DocumentOverview::from(s)))
                .collect();
        let names: std::collections::HashMap<String, String> =
            store::list_clients(self.store.conn())?
                .into_iter()
                .map(|s| (s.client.id, s.client.name))
                .collect();
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let document = overviews.remove(&row.document_id)?;
                Some(QueueItem {
                    client_name: names
                        .get(&document.record.client_id)
                        .cloned()
                        .unwrap_or_default(),
                    document,
                    reason: row.reason,
                    waiting_since: row.waiting_since,
                })
            })
            .collect())
    }
}
