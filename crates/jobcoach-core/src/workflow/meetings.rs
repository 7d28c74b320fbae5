//! Meetings and their case notes. A meeting's record is the log between its start and end,
//! so nothing is entered twice; ending one gives the case note, ready to paste into a
//! case-management system.

use super::log::describe;
use super::{Caseload, Result, WorkflowError};
use crate::store::{self, ActionStep, HistoryAction, HistoryEntry, Meeting};
use serde::Serialize;

/// A meeting with everything done during it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeetingRecord {
    pub meeting: Meeting,
    pub client_name: String,
    /// Whole minutes, from start to end (or to now for a meeting still going).
    pub minutes: i64,
    pub entries: Vec<HistoryEntry>,
}

/// A meeting just ended: its record, and the case note ready to paste.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndedMeeting {
    pub record: MeetingRecord,
    pub case_note: String,
}

impl Caseload {
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
            HistoryAction::MeetingStarted,
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

    /// End the client's open meeting. `note` (the specialist's own words; empty keeps any
    /// note already written) goes into the case note that comes back with the record.
    pub fn end_meeting(
        &mut self,
        client_id: &str,
        note: &str,
        actor: &str,
    ) -> Result<EndedMeeting> {
        let meeting = self
            .open_meeting(client_id)?
            .ok_or(WorkflowError::NoMeeting)?;
        let now = self.clock.now();
        let entry = self.history(
            actor,
            HistoryAction::MeetingEnded,
            Some(client_id),
            None,
            None,
            String::new(),
        );
        let note = note.trim();
        self.store.transaction(|tx| {
            store::end_meeting(tx, &meeting.id, now)?;
            if !note.is_empty() {
                store::set_meeting_note(tx, &meeting.id, note)?;
            }
            store::insert_history(tx, &entry)
        })?;
        Ok(EndedMeeting {
            record: self.meeting_record(&meeting.id)?,
            case_note: self.case_note(&meeting.id)?,
        })
    }

    /// The meeting going on with a client now, if any.
    pub fn open_meeting(&self, client_id: &str) -> Result<Option<Meeting>> {
        self.client(client_id)?;
        Ok(store::open_meeting(self.store.conn(), client_id)?)
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
                .filter(|e| !e.action.is_meeting())
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
        let tz = self.clock.zone();
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::testing::*;
    #[test]
    fn action_steps_meetings_case_notes_and_the_review_queue() {
        let mut c = caseload();
        let record = with_document(&mut c);
        let client = record.client_id.clone();
        let meeting = c.start_meeting(&client, "Dana").unwrap();
        assert!(matches!(
            c.start_meeting(&client, "Dana"),
            Err(WorkflowError::MeetingOpen { .. })
        ));
        let due = jiff::civil::date(2026, 12, 1);
        let step = c
            .add_action_step(
                &client,
                Some(&record.id),
                "Add numbers to your two most recent jobs",
                Some(due),
                "Dana",
            )
            .unwrap();
        c.add_action_step(
            &client,
            None,
            "Ask Ms. Lopez to be a reference",
            None,
            "Dana",
        )
        .unwrap();
        assert!(c
            .add_action_step(&client, None, "   ", None, "Dana")
            .is_err());
        let fixed = DRAFT.replace("\\[Company Name\\]", "Target");
        c.revise_text(&record.id, &fixed, by_specialist("named the employer"))
            .unwrap();
        let ended = c
            .end_meeting(&client, "Maria wants retail leadership roles.", "Dana")
            .unwrap();
        let actions: Vec<&str> = ended
            .record
            .entries
            .iter()
            .map(|e| e.action.as_str())
            .collect();
        assert_eq!(
            actions,
            vec!["action-step.added", "action-step.added", "revision.added"]
        );
        let note = ended.case_note;
        assert_eq!(
            note,
            c.case_note(&meeting.id).unwrap(),
            "the same note later"
        );
        assert!(matches!(
            c.end_meeting(&client, "", "Dana"),
            Err(WorkflowError::NoMeeting)
        ));
        for says in [
            "Meeting with Maria Delgado",
            "Maria wants retail leadership roles.",
            "Saved a revision",
            "Next steps:",
            "Add numbers to your two most recent jobs (by 2026-12-01)",
        ] {
            assert!(note.contains(says), "the case note says {says:?}:\n{note}");
        }
        // The take-home list: open steps, soonest due first; a done step leaves it.
        let list = c.take_home_list(&client).unwrap();
        assert!(
            list.starts_with("# Your next steps, Maria Delgado"),
            "{list}"
        );
        assert!(
            list.contains(
                "- Add numbers to your two most recent jobs (Resume) — by Tuesday, December 1"
            ),
            "{list}"
        );
        c.set_action_step_done(&step.id, true, "Maria").unwrap();
        assert!(!c.take_home_list(&client).unwrap().contains("Add numbers"));
        assert_eq!(
            c.action_steps(&client).unwrap().last().unwrap().id,
            step.id,
            "done steps sort last"
        );

        // The queue: a job seeker's revision puts the document in it; a specialist's next
        // revision takes it out; submitting for review puts it back.
        assert!(c.review_queue().unwrap().is_empty());
        let seeker = NewRevision {
            author_role: AuthorRole::JobSeeker,
            author_name: "Maria".into(),
            ..by_specialist("from home")
        };
        c.revise_text(
            &record.id,
            &format!("{fixed}- Counted 4 drawers nightly\n"),
            seeker,
        )
        .unwrap();
        let q = c.review_queue().unwrap();
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].reason, store::QueueReason::RevisedByJobSeeker);
        c.set_status(&record.id, DocumentStatus::InReview, "Maria")
            .unwrap();
        let q = c.review_queue().unwrap();
        assert_eq!((q.len(), q[0].reason), (1, store::QueueReason::Submitted));
        assert_summaries_match(&c);
    }
}
