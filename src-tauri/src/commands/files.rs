//! Native file dialogs, opened from Rust so the webview needs no file or dialog access.
//!
//! End-to-end tests cannot click in a native GTK dialog, so two environment variables stand
//! in for the person's choice: JOBCOACH_TEST_OPEN_FILE (the file to import) and
//! JOBCOACH_TEST_SAVE_DIR (the folder to export into). Nothing else reads them.

use crate::ipc::{FileFormat, IpcResult};
use crate::state::AppState;
use jobcoach_core::export::ExportFormat;
use std::path::PathBuf;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

/// Ask for a .docx, .md or .txt file; `None` when the person cancels.
#[tauri::command(async)]
pub fn pick_import_file(app: AppHandle) -> IpcResult<Option<String>> {
    if let Some(path) = std::env::var_os("JOBCOACH_TEST_OPEN_FILE") {
        return Ok(Some(PathBuf::from(path).display().to_string()));
    }
    let picked = app
        .dialog()
        .file()
        .set_title("Choose a resume or cover letter")
        .add_filter("Documents", &["docx", "md", "txt"])
        .blocking_pick_file();
    Ok(picked
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

/// Ask where to save, then export: the approved revision, or the newest as a draft, as a
/// Word file in the document's template or as plain text. Returns the path written, or
/// `None` when the person cancels.
#[tauri::command(async)]
pub fn export_document(
    app: AppHandle,
    state: State<'_, AppState>,
    document_id: String,
    format: FileFormat,
) -> IpcResult<Option<String>> {
    let format = ExportFormat::from(format);
    let (title, filter) = match format {
        ExportFormat::Docx => ("Save the Word file", "Word document"),
        ExportFormat::Text => ("Save the text for online forms", "Plain text"),
    };
    let target = match std::env::var_os("JOBCOACH_TEST_SAVE_DIR") {
        Some(dir) => Some(PathBuf::from(dir)),
        None => app
            .dialog()
            .file()
            .set_title(title)
            .add_filter(filter, &[format.extension()])
            .set_file_name(suggested_name(&state, &document_id, format)?)
            .blocking_save_file()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(target) = target else {
        return Ok(None);
    };
    let mut caseload = state.caseload();
    let written = caseload.export(&document_id, &target, format, &state.actor)?;
    Ok(Some(written.display().to_string()))
}

/// The standard file name, offered in the save dialog.
fn suggested_name(state: &AppState, document_id: &str, format: ExportFormat) -> IpcResult<String> {
    let caseload = state.caseload();
    let record = caseload.document(document_id)?;
    let client = caseload.client(&record.client_id)?;
    let approved = record.status == jobcoach_core::store::DocumentStatus::Approved;
    Ok(jobcoach_core::export::file_name(
        &client.name,
        record.kind,
        !approved,
        format,
    ))
}
