use crate::ipc::{ClientRow, DocumentRow, IpcResult};
use crate::state::AppState;
use tauri::State;

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
