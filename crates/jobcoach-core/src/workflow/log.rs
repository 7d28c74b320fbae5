//! The history log as people read it: each action's phrase (in case notes, the data export
//! and the app), and the log of a client or a document. The actions themselves are
//! `store::HistoryAction`, so the store's SQL can name them without the workflow.

use super::{Caseload, Result};
use crate::store::{self, HistoryAction, HistoryEntry};

/// How an action reads to a person: the one wording, used by the case note, the app's
/// history lists and the data export.
pub fn phrase(action: HistoryAction) -> &'static str {
    use HistoryAction::*;
    match action {
        ClientAdded => "Added to the caseload",
        ClientExported => "Exported their data",
        ClientErased => "Erased a person and everything about them",
        DocumentAdded => "Started a document",
        DocumentStatus => "Changed a document's status",
        DocumentApproved => "Approved a document",
        DocumentExported => "Exported a document",
        DocumentTargetsChanged => "Set the target job",
        DocumentTemplateChanged => "Chose the look of the document",
        RevisionAdded => "Saved a revision",
        FindingWaived => "Agreed to leave a finding as it is",
        FindingDeferred => "Put a finding off to a later meeting",
        CommentAdded => "Left a comment",
        CommentResolved => "Resolved a comment",
        CommentReopened => "Reopened a comment",
        ActionStepAdded => "Agreed an action step",
        ActionStepDone => "Finished an action step",
        ActionStepReopened => "Reopened an action step",
        MeetingStarted => "Started a meeting",
        MeetingEnded => "Ended a meeting",
        CaseloadBackedUp => "Backed up the caseload",
        CaseloadRestored => "Restored the caseload from a backup",
        SettingsWords => "Chose what the office calls the people it serves",
        ProfileChanged => "Changed the office checklist profile",
    }
}

/// Text that goes into a log line (a file name, a note) with its control characters written
/// out, so a newline in a file name can never forge a second line of the log.
pub fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.into()
}

/// One log line as a sentence: the phrase, then what it was about.
pub(crate) fn describe(e: &HistoryEntry) -> String {
    let what = phrase(e.action);
    if e.detail.is_empty() {
        what.to_string()
    } else {
        format!("{what}: {}", e.detail)
    }
}

impl Caseload {
    /// Every change about a client, oldest first.
    pub fn history_of_client(&self, client_id: &str) -> Result<Vec<HistoryEntry>> {
        self.client(client_id)?;
        Ok(store::list_history_for_client(
            self.store.conn(),
            client_id,
        )?)
    }

    pub fn history_of_document(&self, document_id: &str) -> Result<Vec<HistoryEntry>> {
        Ok(store::list_history_for_document(
            self.store.conn(),
            document_id,
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newline_in_a_file_name_cannot_make_a_second_log_line() {
        assert_eq!(one_line("resume.docx"), "resume.docx");
        let forged = one_line("cv.docx\n2026-01-01 00:00:00\tDana\tdocument.approved");
        assert!(!forged.contains('\n') && !forged.contains('\t'), "{forged}");
        assert_eq!(
            forged,
            "cv.docx\\n2026-01-01 00:00:00\\tDana\\tdocument.approved"
        );
        assert_eq!(one_line("a\u{1b}[31mb"), "a\\u{1b}[31mb");
    }

    #[test]
    fn every_action_reads_as_a_sentence_not_as_its_stored_name() {
        for &a in HistoryAction::ALL {
            let p = phrase(a);
            assert!(
                p.chars().next().is_some_and(char::is_uppercase) && !p.contains('.'),
                "{} reads as words: {p:?}",
                a.as_str()
            );
        }
    }
}
