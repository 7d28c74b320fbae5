//! The caseload as a whole: the list of clients, adding one, and backing up and restoring
//! everything. Thin: each command calls the core and maps.

use super::dialogs;
use crate::ipc::{ClientRow, DocumentRow, IpcResult};
use crate::state::AppState;
use tauri::{AppHandle, State};

#[tauri::command(async)]
pub fn list_caseload(state: State<'_, AppState>, search: String) -> IpcResult<Vec<ClientRow>> {
    let overview = state.caseload().overview(&search)?;
    Ok(overview
        .into_iter()
        .map(|o| ClientRow {
            id: o.client.id,
            name: o.client.name,
            documents: o.documents.into_iter().map(DocumentRow::new).collect(),
        })
        .collect())
}

#[tauri::command(async)]
pub fn add_client(state: State<'_, AppState>, name: String) -> IpcResult<ClientRow> {
    let client = state.caseload().add_client(&name, &state.actor)?;
    Ok(ClientRow {
        id: client.id,
        name: client.name,
        documents: Vec::new(),
    })
}

#[tauri::command(async)]
pub fn backup_caseload(app: AppHandle, state: State<'_, AppState>) -> IpcResult<Option<String>> {
    let name = state.caseload().backup_file_name();
    let Some(path) = dialogs::save(&app, &dialogs::BACKUP_COPY, &name) else {
        return Ok(None);
    };
    state.caseload().backup(&path, &state.actor)?;
    Ok(Some(path.display().to_string()))
}

/// Replace the caseload with a backup; the caseload as it was is kept beside the database.
/// A backup holding people erased since is refused with `needs_confirmation`; the page
/// asks, and calls again with `erase_again` for the same file (kept here, never sent).
#[tauri::command(async)]
pub fn restore_caseload(
    app: AppHandle,
    state: State<'_, AppState>,
    erase_again: bool,
) -> IpcResult<Option<String>> {
    let pending = erase_again
        .then(|| {
            state
                .pending_restore
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .take()
        })
        .flatten();
    let Some(path) = pending.or_else(|| dialogs::pick(&app, &dialogs::BACKUP)) else {
        return Ok(None);
    };
    match state.caseload().restore(&path, erase_again, &state.actor) {
        Ok(restored) => Ok(Some(restored.safety.display().to_string())),
        Err(e) => {
            if e.code() == jobcoach_core::ErrorCode::NeedsConfirmation {
                *state
                    .pending_restore
                    .lock()
                    .unwrap_or_else(|p| p.into_inner()) = Some(path);
            }
            Err(e.into())
        }
    }
}
