//! Every native file dialog the app opens, opened from Rust so the webview needs no file or
//! dialog access of its own.
//!
//! End-to-end tests cannot click in a native GTK dialog, so environment variables stand in
//! for the person's choice, and this is the only file that reads them:
//! - JOBCOACH_TEST_OPEN_FILE: the file to import;
//! - JOBCOACH_TEST_PROFILE_FILE: the office profile to use;
//! - JOBCOACH_TEST_RESTORE_FILE: the backup to restore from;
//! - JOBCOACH_TEST_SAVE_DIR: the folder every save goes into, under the name the app offers
//!   (or, for a document export, under the standard name the core gives it).

use crate::ipc::IpcResult;
use jobcoach_core::export::ExportFormat;
use std::ffi::OsString;
use std::path::PathBuf;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

/// A file to open: what the dialog says, and the variable that stands in for it in tests.
pub struct Pick {
    title: &'static str,
    filter: &'static str,
    extensions: &'static [&'static str],
    stand_in: &'static str,
}

/// What the import dialog offers, and so the only kinds of file the shell reads.
pub const IMPORT_EXTENSIONS: &[&str] = &["docx", "md", "txt"];

/// A resume or cover letter to import.
pub const IMPORT: Pick = Pick {
    title: "Choose a resume or cover letter",
    filter: "Documents",
    extensions: IMPORT_EXTENSIONS,
    stand_in: "JOBCOACH_TEST_OPEN_FILE",
};

/// An office checklist profile.
pub const PROFILE: Pick = Pick {
    title: "Choose your office's checklist profile",
    filter: "Checklist profile",
    extensions: &["toml"],
    stand_in: "JOBCOACH_TEST_PROFILE_FILE",
};

/// A backup of the caseload to restore.
pub const BACKUP: Pick = Pick {
    title: "Restore the caseload from a backup",
    filter: "jobcoach backup",
    extensions: &["db"],
    stand_in: "JOBCOACH_TEST_RESTORE_FILE",
};

/// Ask for a file to open; `None` when the person cancels.
pub fn pick(app: &AppHandle, what: &Pick) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(what.stand_in) {
        return Some(PathBuf::from(path));
    }
    app.dialog()
        .file()
        .set_title(what.title)
        .add_filter(what.filter, what.extensions)
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}

/// A file to save: what the dialog says. In tests every save goes into the stand-in folder.
pub struct Save {
    title: &'static str,
    filter: &'static str,
    extension: &'static str,
}

/// Everything held about a person, as a ZIP.
pub const CLIENT_DATA: Save = Save {
    title: "Save everything held about this person",
    filter: "zip",
    extension: "zip",
};

/// A backup of the whole caseload.
pub const BACKUP_COPY: Save = Save {
    title: "Back up the caseload",
    filter: "db",
    extension: "db",
};

/// A client's take-home list of next steps.
pub const TAKE_HOME_LIST: Save = Save {
    title: "Save the take-home list",
    filter: "Word document",
    extension: "docx",
};

/// An exported document, as a Word file or as plain text.
pub fn export(format: ExportFormat) -> Save {
    let (title, filter) = match format {
        ExportFormat::Docx => ("Save the Word file", "Word document"),
        ExportFormat::Text => ("Save the text for online forms", "Plain text"),
    };
    Save {
        title,
        filter,
        extension: format.extension(),
    }
}

fn save_dir() -> Option<OsString> {
    std::env::var_os("JOBCOACH_TEST_SAVE_DIR")
}

fn save_dialog(app: &AppHandle, what: &Save, name: &str) -> Option<PathBuf> {
    app.dialog()
        .file()
        .set_title(what.title)
        .add_filter(what.filter, &[what.extension])
        .set_file_name(name)
        .blocking_save_file()
        .and_then(|p| p.into_path().ok())
}

/// Ask where to save, offering `name`; `None` when the person cancels. In tests, `name` in
/// the stand-in folder.
pub fn save(app: &AppHandle, what: &Save, name: &str) -> Option<PathBuf> {
    match save_dir() {
        Some(dir) => Some(PathBuf::from(dir).join(name)),
        None => save_dialog(app, what, name),
    }
}

/// Ask where to save an export, offering the name `name()` gives. In tests, the stand-in
/// folder itself, where the core writes the file under its standard name (so `name` is not
/// asked for).
pub fn save_export(
    app: &AppHandle,
    what: &Save,
    name: impl FnOnce() -> IpcResult<String>,
) -> IpcResult<Option<PathBuf>> {
    Ok(match save_dir() {
        Some(dir) => Some(PathBuf::from(dir)),
        None => save_dialog(app, what, &name()?),
    })
}
