//! Choosing a file to import, and exporting a document to a file (dialogs in `dialogs.rs`).

use super::dialogs;
use crate::ipc::{FileFormat, IpcResult};
use crate::state::AppState;
use jobcoach_core::export::ExportFormat;
use tauri::{AppHandle, State};

/// Ask for a .docx, .md or .txt file; `None` when the person cancels.
#[tauri::command(async)]
pub fn pick_import_file(app: AppHandle, state: State<'_, AppState>) -> IpcResult<Option<String>> {
    let picked = dialogs::pick(&app, &dialogs::IMPORT);
    if let Some(path) = &picked {
        state.chosen.allow([path.clone()]);
    }
    Ok(picked.map(|p| p.display().to_string()))
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
    let target = dialogs::save_export(&app, &dialogs::export(format), || {
        Ok(state.caseload().export_file_name(&document_id, format)?)
    })?;
    let Some(target) = target else {
        return Ok(None);
    };
    let mut caseload = state.caseload();
    let written = caseload.export(&document_id, &target, format, &state.actor)?;
    Ok(Some(written.display().to_string()))
}
