//! What a consumer can do about an error: the small `ErrorCode` adapters branch on (the CLI's
//! exit status, the desktop shell's `{ code, message }`).
//!
//! This is a leaf: it imports nothing of the crate. Each module keeps its own `thiserror`
//! enum and knows its own `code()`; the workflow's error wraps the others and delegates, so
//! every error reaches an adapter by one route (`jobcoach_core::Error`, the workflow's).

use serde::Serialize;

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
    /// The request would undo something a person decided (a restore bringing back an erased
    /// client): ask them, and repeat it with their confirmation.
    NeedsConfirmation,
    /// Anything else: disk, SQLite, a bug.
    Internal,
}
