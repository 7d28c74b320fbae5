//! The product-wide error: every module keeps its own `thiserror` enum, and this one gathers
//! them with a small `ErrorCode` that adapters branch on (the CLI's exit status, the desktop
//! shell's `{ code, message }`). Messages are written for the person in the meeting.

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Workflow(#[from] crate::workflow::WorkflowError),
    #[error(transparent)]
    Export(#[from] crate::export::ExportError),
}

/// What a consumer can do about an error. Add a variant only when a consumer branches on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The file could not be read or understood; nothing was stored.
    BadFile,
    /// The thing asked for does not exist.
    NotFound,
    /// The request breaks a rule of the product (approve with open blockers, ...).
    Refused,
    /// The database was written by a newer jobcoach.
    DatabaseTooNew,
    /// Anything else: disk, SQLite, a bug.
    Internal,
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        use crate::store::StoreError;
        use crate::workflow::WorkflowError;
        match self {
            Error::Import(_) => ErrorCode::BadFile,
            Error::Store(StoreError::NotFound { .. }) => ErrorCode::NotFound,
            Error::Store(StoreError::DatabaseTooNew { .. }) => ErrorCode::DatabaseTooNew,
            Error::Store(StoreError::NotABackup { .. }) => ErrorCode::BadFile,
            Error::Store(_) => ErrorCode::Internal,
            Error::Workflow(WorkflowError::NotFound(_)) => ErrorCode::NotFound,
            Error::Workflow(WorkflowError::Import(_) | WorkflowError::Profile(_)) => {
                ErrorCode::BadFile
            }
            Error::Workflow(WorkflowError::Store(StoreError::DatabaseTooNew { .. })) => {
                ErrorCode::DatabaseTooNew
            }
            Error::Workflow(
                WorkflowError::Store(_)
                | WorkflowError::Export(_)
                | WorkflowError::WriteFile { .. },
            ) => ErrorCode::Internal,
            Error::Workflow(_) => ErrorCode::Refused,
            Error::Export(_) => ErrorCode::Internal,
        }
    }
}
