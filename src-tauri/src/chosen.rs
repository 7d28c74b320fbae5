//! The files the person chose to import: only these may be read. The page asks to import a
//! path, and a page could name any file on the machine, so a path is read only if it came
//! from jobcoach's own file dialog or was dropped on the window, and has an extension that
//! dialog offers.

use crate::commands::IMPORT_EXTENSIONS;
use crate::ipc::{ErrorCode, IpcError, IpcResult};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

#[derive(Default)]
pub struct ChosenFiles {
    paths: Mutex<HashSet<PathBuf>>,
}

impl ChosenFiles {
    /// The person chose these (in the dialog, or by dropping them on the window).
    pub fn allow(&self, paths: impl IntoIterator<Item = PathBuf>) {
        let mut chosen = self.paths.lock().unwrap_or_else(|p| p.into_inner());
        chosen.extend(paths);
    }

    /// `path` as a file to read, if the person chose it and jobcoach reads its kind.
    pub fn file(&self, path: &str) -> IpcResult<PathBuf> {
        let path = PathBuf::from(path);
        let chosen = self.paths.lock().unwrap_or_else(|p| p.into_inner());
        if !chosen.contains(&path) {
            return Err(refused(
                "jobcoach opens only a file you choose with Import or drop on the window. Choose the file again",
            ));
        }
        if !has_import_extension(&path) {
            return Err(IpcError {
                code: ErrorCode::BadFile,
                message: format!(
                    "{} is not a document jobcoach reads. Choose a Word document (.docx), Markdown (.md) or plain text (.txt) file",
                    path.file_name()
                        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
                ),
            });
        }
        Ok(path)
    }
}

fn has_import_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| IMPORT_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn refused(message: &str) -> IpcError {
    IpcError {
        code: ErrorCode::Refused,
        message: message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_chosen_file_with_a_document_extension_is_read() {
        let chosen = ChosenFiles::default();
        let passwd = chosen.file("/etc/passwd").unwrap_err();
        assert_eq!(
            passwd.code,
            ErrorCode::Refused,
            "a path the person never chose"
        );
        chosen.allow([
            PathBuf::from("/home/dana/Maria resume.docx"),
            PathBuf::from("/etc/passwd"),
            PathBuf::from("/home/dana/notes.pdf"),
        ]);
        assert_eq!(
            chosen.file("/home/dana/Maria resume.docx").unwrap(),
            PathBuf::from("/home/dana/Maria resume.docx")
        );
        let no_extension = chosen.file("/etc/passwd").unwrap_err();
        assert_eq!(
            no_extension.code,
            ErrorCode::BadFile,
            "dropped, but not a document"
        );
        assert!(chosen.file("/home/dana/notes.pdf").is_err());
        assert!(
            chosen.file("/home/dana/other.docx").is_err(),
            "a sibling of a chosen file was not chosen"
        );
    }
}
