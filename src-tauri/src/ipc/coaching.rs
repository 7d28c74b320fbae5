//! The review queue, action steps and meetings.

use super::DocumentRow;
use serde::Serialize;
use ts_rs::TS;

/// A document waiting for the specialist.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct QueueItemRow {
    pub client_name: String,
    pub document: DocumentRow,
    /// Why it waits, in words for the person.
    pub reason: String,
    pub waiting_since: String,
}

/// Something the job seeker will do before the next meeting.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ActionStepItem {
    pub id: String,
    pub text: String,
    /// YYYY-MM-DD.
    pub due: Option<String>,
    pub done: bool,
    pub document_title: Option<String>,
}

/// A meeting going on.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MeetingInfo {
    pub id: String,
    pub started_at: String,
}

impl From<jobcoach_core::store::Meeting> for MeetingInfo {
    fn from(m: jobcoach_core::store::Meeting) -> Self {
        MeetingInfo {
            id: m.id,
            started_at: m.started_at.to_string(),
        }
    }
}

/// What a meeting produced, ready to paste into a case-management system.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CaseNote {
    pub minutes: i64,
    pub text: String,
}
