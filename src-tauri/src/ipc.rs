//! The shapes that cross the IPC boundary, generated into TypeScript by ts-rs
//! (`ui/src/ipc/bindings/`, checked for drift by a test): here the error every command
//! returns; in `ipc/` the shapes by feature. Byte spans of the canonical text become the
//! UTF-16 offsets the editor counts in one place, `ipc/findings.rs`.

use jobcoach_core::{Error, ErrorCode as CoreCode};
use serde::Serialize;
use ts_rs::TS;

mod caseload;
mod coaching;
mod findings;
mod names;
mod preview;
mod records;
mod settings;

pub use caseload::*;
pub use coaching::*;
pub use findings::*;
pub use names::*;
pub use preview::*;
pub use records::*;
pub use settings::*;

/// Every command error: a code for the program, a message for the person.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl From<Error> for IpcError {
    fn from(e: Error) -> Self {
        let code = match e.code() {
            CoreCode::BadFile => ErrorCode::BadFile,
            CoreCode::NotFound => ErrorCode::NotFound,
            CoreCode::Refused => ErrorCode::Refused,
            CoreCode::DatabaseTooNew => ErrorCode::DatabaseTooNew,
            CoreCode::NeedsConfirmation => ErrorCode::NeedsConfirmation,
            CoreCode::Internal => ErrorCode::Internal,
        };
        IpcError {
            code,
            message: e.to_string(),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn bindings_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/bindings")
    }

    fn export_all(dir: &Path) {
        let cfg = ts_rs::Config::new().with_out_dir(dir);
        IpcError::export_all(&cfg).unwrap();
        Words::export_all(&cfg).unwrap();
        ClientRow::export_all(&cfg).unwrap();
        Workspace::export_all(&cfg).unwrap();
        RevisionInfo::export_all(&cfg).unwrap();
        FindingItem::export_all(&cfg).unwrap();
        ProfileInfo::export_all(&cfg).unwrap();
        QueueItemRow::export_all(&cfg).unwrap();
        ActionStepItem::export_all(&cfg).unwrap();
        MeetingInfo::export_all(&cfg).unwrap();
        CaseNote::export_all(&cfg).unwrap();
        CommentItem::export_all(&cfg).unwrap();
        HistoryItem::export_all(&cfg).unwrap();
        TemplateChoice::export_all(&cfg).unwrap();
        FileFormat::export_all(&cfg).unwrap();
        ExportPreview::export_all(&cfg).unwrap();
    }

    fn files(dir: &Path) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|e| e == "ts"))
                    .map(|p| {
                        (
                            p.file_name().unwrap().to_string_lossy().to_string(),
                            std::fs::read_to_string(&p).unwrap(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.sort();
        out
    }

    /// The committed TypeScript types must be what the Rust types generate. Set
    /// JOBCOACH_WRITE_BINDINGS=1 (or run `cargo xtask bindings`) to rewrite them.
    #[test]
    fn typescript_bindings_match_the_rust_types() {
        if std::env::var_os("JOBCOACH_WRITE_BINDINGS").is_some() {
            let _ = std::fs::remove_dir_all(bindings_dir());
            export_all(&bindings_dir());
            return;
        }
        let fresh = tempfile::tempdir().unwrap();
        export_all(fresh.path());
        assert_eq!(
            files(&bindings_dir()),
            files(fresh.path()),
            "ui/src/ipc/bindings is out of date with the types in src-tauri/src/ipc.rs and ipc/: run `cargo xtask bindings` and commit the result"
        );
    }
}
