//! Comment threads and the history log.

use serde::Serialize;
use ts_rs::TS;

/// A comment thread as it stands on a revision.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CommentItem {
    pub id: String,
    pub body: String,
    pub author: String,
    /// Staff only.
    pub internal: bool,
    pub resolved: bool,
    /// Its text is gone from this revision.
    pub outdated: bool,
    pub anchor_text: String,
    /// UTF-16 offsets of its text in this revision (0, 0 when outdated).
    pub from: u32,
    pub to: u32,
    pub replies: Vec<ReplyItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReplyItem {
    pub body: String,
    pub author: String,
}

/// One line of the history log.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HistoryItem {
    pub at: String,
    pub actor: String,
    /// The stable name of what was done (`document.approved`), for the program.
    pub action: String,
    /// What was done, in words for the person (from the core).
    pub label: String,
    pub detail: String,
}
