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
#[tauri::command(async)]
pub fn restore_caseload(app: AppHandle, state: State<'_, AppState>) -> IpcResult<Option<String>> {
    let Some(path) = dialogs::pick(&app, &dialogs::BACKUP) else {
        return Ok(None);
    };
    let safety = state.caseload().restore(&path, &state.actor)?;
    Ok(Some(safety.display().to_string()))
}
