//! The workflow: how documents move through a caseload. A client's document gets
//! revisions (immutable, each with its findings); the specialist approves one revision,
//! which needs every blocker fixed or waived with a reason; a newer revision puts an
//! approved document back to draft, and the old approval stays in the history.
//!
//! This is the one place these rules live: the CLI and the desktop shell call it. Each verb
//! of `Caseload` lives in the file named for it:
//!
//! | file | verbs |
//! |---|---|
//! | `clients.rs` | `add_client`, `clients` |
//! | `documents.rs` | `add_document`, `import_document`, `documents`, `set_targets`, `set_template` |
//! | `revisions.rs` | `add_revision`, `import_revision`, `revise_text`, `revisions` |
//! | `editing.rs` | `check_text` (as typed), `save_draft`, `draft`, `discard_draft` |
//! | `dispositions.rs` | `findings`, `findings_report`, `waive`, `waive_rule`, `defer`, `defer_rule` |
//! | `approval.rs` | `set_status`, `approve`, `approval_blockers`, `approvals` |
//! | `comments.rs` | `add_comment`, `reply`, `set_comment_resolved`, `comments` |
//! | `steps.rs` | `add_action_step`, `set_action_step_done`, `action_steps`, `take_home_list` |
//! | `meetings.rs` | `start_meeting`, `end_meeting` (with its case note), `meetings`, `case_note` |
//! | `queue.rs` | `review_queue` |
//! | `workspace.rs` | `workspace`: a document as the workspace shows it |
//! | `overview.rs` | `overview`, `document_overview` |
//! | `exporting.rs` | `export`, `export_file_name` |
//! | `privacy.rs` | `export_client`, `erase_client` |
//! | `backup.rs` | `backup`, `restore` |
//! | `settings.rs` | `profile`, `set_profile`, `words`, `set_words` |
//! | `log.rs` | `history_of_client`, `history_of_document`, and how each action reads |
//! | `error.rs` | `WorkflowError` and the code each error gives an adapter |
//!
//! This file holds the `Caseload` itself and the lookups and checks every verb needs.

mod approval;
mod backup;
mod clients;
mod comments;
mod dispositions;
mod documents;
mod editing;
mod error;
mod exporting;
mod log;
mod meetings;
mod overview;
mod privacy;
mod queue;
mod revisions;
pub mod sample;
mod settings;
mod steps;
#[cfg(test)]
pub(crate) mod testing;
mod workspace;

pub use backup::Restored;
pub use comments::CommentThread;
pub use dispositions::{FindingView, FindingsReport};
pub use error::{Result, WorkflowError};
pub use exporting::{export_file, FileExport};
pub use log::{one_line, phrase};
pub use meetings::{EndedMeeting, MeetingRecord};
pub use overview::{ClientOverview, DocumentOverview, SeverityCounts};
pub use queue::QueueItem;
pub use revisions::{content_hash, RevisionSummary};
pub use steps::due_date;
pub use workspace::WorkspaceView;

pub(crate) use error::not_found;

use crate::checklist::{Checklist, Context, Finding, Profile};
use crate::clock::{Clock, Ids, SystemClock, UuidV7};
use crate::document::{Document, DocumentKind};
use crate::store::{self, Client, DocumentRecord, HistoryAction, HistoryEntry, Revision, Store};
use std::path::Path;

/// A specialist's caseload: the store, the loaded checklist, the office profile, and the
/// clock and id source everything is stamped with.
pub struct Caseload {
    pub(crate) store: Store,
    checklist: Checklist,
    profile: Profile,
    pub(crate) clock: Box<dyn Clock>,
    pub(crate) ids: Box<dyn Ids>,
}

impl Caseload {
    pub fn new(
        store: Store,
        checklist: Checklist,
        clock: Box<dyn Clock>,
        ids: Box<dyn Ids>,
    ) -> Self {
        // The office's profile lives with the database. It was checked when it was saved;
        // if this build can't read it (a rule since renamed), the catalogue as shipped is
        // used and the text is kept for the specialist to fix.
        let profile = settings::stored_profile(&store);
        Caseload {
            store,
            checklist,
            profile,
            clock,
            ids,
        }
    }

    /// Who is at the keyboard, for the history log, as the CLI and the desktop both name
    /// them: `$JOBCOACH_USER`, else the login name, else "Specialist". Read once, when an
    /// adapter starts; the core itself is always told who acts.
    pub fn acting_user_from_environment() -> String {
        std::env::var("JOBCOACH_USER")
            .or_else(|_| std::env::var("USER"))
            .ok()
            .filter(|name| !name.trim().is_empty())
            .unwrap_or_else(|| "Specialist".into())
    }

    /// The caseload in the database file at `path`, with the real clock and ids: how the
    /// CLI and the desktop open it.
    pub fn open(path: &Path) -> Result<Caseload> {
        let store = Store::open(path)?;
        Ok(Caseload::new(
            store,
            Checklist::new(),
            Box::new(SystemClock),
            Box::new(UuidV7),
        ))
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn checklist(&self) -> &Checklist {
        &self.checklist
    }

    /// One line for the log, stamped now.
    pub(super) fn history(
        &self,
        actor: &str,
        action: HistoryAction,
        client: Option<&str>,
        document: Option<&str>,
        revision: Option<&str>,
        detail: String,
    ) -> HistoryEntry {
        HistoryEntry {
            id: self.ids.new_id(),
            at: self.clock.now(),
            actor: actor.to_string(),
            action,
            client_id: client.map(str::to_string),
            document_id: document.map(str::to_string),
            revision_id: revision.map(str::to_string),
            detail: log::one_line(&detail).into_owned(),
        }
    }

    /// Log something that changed nothing else in the database (a backup, an export).
    pub(super) fn log_only(&mut self, entry: HistoryEntry) -> Result<()> {
        self.store
            .transaction(|tx| store::insert_history(tx, &entry))?;
        Ok(())
    }

    pub fn client(&self, id: &str) -> Result<Client> {
        store::get_client(self.store.conn(), id).map_err(not_found)
    }

    pub fn document(&self, id: &str) -> Result<DocumentRecord> {
        store::get_document(self.store.conn(), id).map_err(not_found)
    }

    pub fn revision(&self, document_id: &str, number: u32) -> Result<Revision> {
        store::get_revision(self.store.conn(), document_id, number).map_err(not_found)
    }

    pub fn latest_revision(&self, document_id: &str) -> Result<Revision> {
        self.document(document_id)?;
        store::latest_revision(self.store.conn(), document_id)?.ok_or_else(|| {
            WorkflowError::NotFound(format!("document {document_id} has no revisions"))
        })
    }

    /// The checklist context a document's record gives.
    pub(crate) fn context(&self, record: &DocumentRecord) -> Result<Context> {
        let client = self.client(&record.client_id)?;
        Ok(self.context_for(record, &client))
    }

    /// Run the checklist on a document as it would be stored for `record`.
    pub fn check(
        &self,
        doc: &Document,
        record_kind: Option<DocumentKind>,
        context: &Context,
    ) -> (DocumentKind, Vec<Finding>) {
        let outline = self.checklist.outline(doc, record_kind);
        let today = self.clock.today();
        let findings = self
            .checklist
            .check(doc, &outline, context, &self.profile, today);
        (outline.kind, findings)
    }
}
