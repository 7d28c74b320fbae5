//! The workflow's error: its own refusals, and the errors of the stages it calls, each
//! wrapped once. It is the error every adapter sees (`jobcoach_core::Error`); `code()` says
//! what the adapter can do about it, delegating to the wrapped error's own `code()`.
//! Messages are written for the person in the meeting.

use crate::checklist::ProfileError;
use crate::export::ExportError;
use crate::import::ImportError;
use crate::store::{DocumentStatus, StoreError};
use crate::ErrorCode;

#[derive(Debug, thiserror::Error)]
pub enum WorkflowError {
    #[error("{0}")]
    NotFound(String),
    #[error("please give the {what} a name")]
    EmptyName { what: &'static str },
    #[error("the {what} is empty; write what it should say first")]
    EmptyText { what: &'static str },
    #[error("select the words the comment is about first")]
    EmptySelection,
    #[error("that part of the text is not in this revision")]
    SpanOutsideRevision,
    #[error("no meeting is going on with this person")]
    NoMeeting,
    #[error("revision {number} can't be approved yet: {}. Fix {} or waive {} with a reason",
        describe(blockers), if blockers.len() == 1 { "it" } else { "them" }, if blockers.len() == 1 { "it" } else { "each one" })]
    OpenBlockers {
        number: u32,
        blockers: Vec<(String, String)>,
    },
    #[error(
        "revision {number} is not the newest (revision {newest} is). Approve the newest revision"
    )]
    NotNewest { number: u32, newest: u32 },
    #[error(
        "nothing to waive for {rule} in revision {number}: it has no open finding from that rule"
    )]
    NothingToWaive { rule: String, number: u32 },
    #[error("revision {number} has no open finding of {rule} to put off")]
    NothingToDefer { rule: String, number: u32 },
    #[error("a waiver needs a reason, so the next person knows why ({rule})")]
    WaiverWithoutReason { rule: String },
    #[error("this is the same text as revision {number}, so no new revision was made")]
    Unchanged { number: u32 },
    #[error("a {from} document can't be marked {to}{}", if *to == DocumentStatus::Approved { ": approve a revision instead" } else { "" })]
    StatusChange {
        from: DocumentStatus,
        to: DocumentStatus,
    },
    #[error("that finding is not in revision {number}")]
    NoSuchFinding { number: u32 },
    #[error("could not write {path}: {reason}")]
    WriteFile { path: String, reason: String },
    #[error("to erase {name} and everything about them, type their name exactly as shown")]
    EraseNotConfirmed { name: String },
    #[error("a meeting with this person is already going on (since {since}); end it first")]
    MeetingOpen { since: String },
    #[error("the office profile can't be used: {0}")]
    Profile(#[from] ProfileError),
    #[error("{name} can't be used as the office profile yet: {reason}")]
    ProfileFile { name: String, reason: String },
    #[error("\"{text}\" is not a date; pick one from the calendar (for example 2026-12-01)")]
    NotADate { text: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Export(#[from] ExportError),
}

pub type Result<T> = std::result::Result<T, WorkflowError>;

impl WorkflowError {
    /// What an adapter can do about it: the wrapped error's own code, or the workflow's.
    pub fn code(&self) -> ErrorCode {
        use WorkflowError::*;
        match self {
            NotFound(_) => ErrorCode::NotFound,
            Profile(e) => e.code(),
            ProfileFile { .. } => ErrorCode::BadFile,
            Store(e) => e.code(),
            Import(e) => e.code(),
            Export(e) => e.code(),
            WriteFile { .. } => ErrorCode::Internal,
            EmptyName { .. }
            | EmptyText { .. }
            | NotADate { .. }
            | EmptySelection
            | SpanOutsideRevision
            | NoMeeting
            | OpenBlockers { .. }
            | NotNewest { .. }
            | NothingToWaive { .. }
            | NothingToDefer { .. }
            | WaiverWithoutReason { .. }
            | Unchanged { .. }
            | StatusChange { .. }
            | NoSuchFinding { .. }
            | EraseNotConfirmed { .. }
            | MeetingOpen { .. } => ErrorCode::Refused,
        }
    }
}

fn describe(blockers: &[(String, String)]) -> String {
    let rules: Vec<&str> = blockers.iter().map(|(r, _)| r.as_str()).collect();
    format!(
        "{} must-fix item{} still open ({})",
        blockers.len(),
        if blockers.len() == 1 { " is" } else { "s are" },
        rules.join(", ")
    )
}

/// A store lookup that found nothing, worded for the person; other store errors pass on.
pub(crate) fn not_found(e: StoreError) -> WorkflowError {
    match e {
        StoreError::NotFound { what, id } => {
            WorkflowError::NotFound(format!("no {what} with id {id}"))
        }
        other => WorkflowError::Store(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_errors() -> Vec<(StoreError, ErrorCode)> {
        vec![
            (
                StoreError::DatabaseTooNew {
                    found: 99,
                    supported: 8,
                },
                ErrorCode::DatabaseTooNew,
            ),
            (
                StoreError::Open {
                    path: "x.db".into(),
                    reason: "denied".into(),
                },
                ErrorCode::Internal,
            ),
            (
                StoreError::NotFound {
                    what: "client",
                    id: "c1".into(),
                },
                ErrorCode::NotFound,
            ),
            (
                StoreError::Sqlite(rusqlite::Error::InvalidQuery),
                ErrorCode::Internal,
            ),
            (StoreError::Corrupt("bad".into()), ErrorCode::Internal),
            (
                StoreError::NotABackup {
                    path: "notes.txt".into(),
                    reason: "file is not a database".into(),
                },
                ErrorCode::BadFile,
            ),
            (
                StoreError::Saving {
                    path: "x.db".into(),
                    reason: "the disk is full".into(),
                },
                ErrorCode::Internal,
            ),
            (
                StoreError::Damaged {
                    path: "x.db".into(),
                    reason: "page 4 is never used".into(),
                },
                ErrorCode::Internal,
            ),
            (
                StoreError::WriteFile {
                    path: "backup.db".into(),
                    reason: "read-only".into(),
                },
                ErrorCode::Internal,
            ),
            (
                StoreError::HoldsErasedClients {
                    path: "backup.db".into(),
                    count: 1,
                },
                ErrorCode::NeedsConfirmation,
            ),
        ]
    }

    #[test]
    fn every_store_error_has_the_same_code_alone_and_through_the_workflow() {
        for (e, code) in store_errors() {
            assert_eq!(e.code(), code, "{e}");
            let message = e.to_string();
            let wrapped = WorkflowError::from(e);
            assert_eq!(wrapped.code(), code, "one route to the adapters: {message}");
            assert_eq!(
                wrapped.to_string(),
                message,
                "the words pass through unchanged"
            );
        }
    }

    #[test]
    fn restoring_a_file_that_is_not_a_backup_is_a_bad_file() {
        // The person chose the wrong file: they can choose another, so it is not `internal`.
        let e = WorkflowError::from(StoreError::NotABackup {
            path: "notes.txt".into(),
            reason: "file is not a database".into(),
        });
        assert_eq!(e.code(), ErrorCode::BadFile);
    }

    #[test]
    fn import_profile_and_export_errors_delegate_their_codes() {
        let import = WorkflowError::from(ImportError::TooLarge {
            file: "cv.docx".into(),
            size_mb: 25.0,
            limit_mb: 20,
            what: "files",
            of_text: false,
        });
        assert_eq!(import.code(), ErrorCode::BadFile, "a file the person chose");
        let profile = WorkflowError::from(ProfileError {
            line: 3,
            message: "no rule named x".into(),
        });
        assert_eq!(
            profile.code(),
            ErrorCode::BadFile,
            "a profile the office chose"
        );
        assert!(profile.to_string().contains("line 3"), "{profile}");
        for e in [
            ExportError::Build("numbering".into()),
            ExportError::Write {
                path: "a.docx".into(),
                reason: "disk full".into(),
            },
        ] {
            assert_eq!(WorkflowError::from(e).code(), ErrorCode::Internal);
        }
        let write = WorkflowError::WriteFile {
            path: "a.zip".into(),
            reason: "disk full".into(),
        };
        assert_eq!(write.code(), ErrorCode::Internal);
        let file = WorkflowError::ProfileFile {
            name: "office.toml".into(),
            reason: "line 2: no rule named x".into(),
        };
        assert_eq!(file.code(), ErrorCode::BadFile);
        assert!(file.to_string().starts_with("office.toml"), "{file}");
    }

    #[test]
    fn the_workflows_own_refusals_are_refused_and_lookups_not_found() {
        use WorkflowError::*;
        assert_eq!(
            NotFound("no client with id c1".into()).code(),
            ErrorCode::NotFound
        );
        let refusals = [
            EmptyName { what: "client" },
            EmptyText { what: "comment" },
            EmptySelection,
            SpanOutsideRevision,
            NoMeeting,
            OpenBlockers {
                number: 2,
                blockers: vec![("template.placeholder-left".into(), "m".into())],
            },
            NotNewest {
                number: 1,
                newest: 2,
            },
            NothingToWaive {
                rule: "r".into(),
                number: 1,
            },
            NothingToDefer {
                rule: "r".into(),
                number: 1,
            },
            WaiverWithoutReason { rule: "r".into() },
            Unchanged { number: 1 },
            StatusChange {
                from: DocumentStatus::Draft,
                to: DocumentStatus::Approved,
            },
            NoSuchFinding { number: 1 },
            EraseNotConfirmed {
                name: "Maria".into(),
            },
            MeetingOpen {
                since: "09:00".into(),
            },
            NotADate {
                text: "next tuesday".into(),
            },
        ];
        for e in refusals {
            assert_eq!(e.code(), ErrorCode::Refused, "{e}");
        }
    }

    #[test]
    fn empty_text_speaks_of_what_was_left_empty_not_of_a_name() {
        let comment = WorkflowError::EmptyText { what: "comment" }.to_string();
        assert!(
            comment.contains("comment") && !comment.contains("name"),
            "{comment}"
        );
        let step = WorkflowError::EmptyText {
            what: "action step",
        }
        .to_string();
        assert!(
            step.contains("action step") && !step.contains("name"),
            "{step}"
        );
    }

    #[test]
    fn not_found_words_a_missing_record_and_passes_other_store_errors_on() {
        let e = not_found(StoreError::NotFound {
            what: "document",
            id: "d9".into(),
        });
        assert_eq!(e.to_string(), "no document with id d9");
        assert_eq!(e.code(), ErrorCode::NotFound);
        let other = not_found(StoreError::Corrupt("x".into()));
        assert_eq!(other.code(), ErrorCode::Internal);
    }
}
