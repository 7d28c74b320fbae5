//! A person's data: everything held about them as one file, and erasing them. Thin: each
//! command calls the core and maps.

use super::dialogs;
use crate::ipc::IpcResult;
use crate::state::AppState;
use tauri::{AppHandle, State};

/// Everything held about a client, as one ZIP of readable files. `None` on cancel.
#[tauri::command(async)]
pub fn export_client_data(
    app: AppHandle,
    state: State<'_, AppState>,
    client_id: String,
) -> IpcResult<Option<String>> {
    let name = state.caseload().client_data_file_name(&client_id)?;
    let Some(path) = dialogs::save(&app, &dialogs::CLIENT_DATA, &name) else {
        return Ok(None);
    };
    state
        .caseload()
        .export_client(&client_id, &path, &state.actor)?;
    Ok(Some(path.display().to_string()))
}

/// Erase a client; `confirm` is their name as typed by the specialist.
#[tauri::command(async)]
pub fn erase_client(
    state: State<'_, AppState>,
    client_id: String,
    confirm: String,
) -> IpcResult<()> {
    Ok(state
        .caseload()
        .erase_client(&client_id, &confirm, &state.actor)?)
}
