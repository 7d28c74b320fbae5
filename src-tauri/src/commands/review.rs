use super::workspace;
use crate::ipc::{IpcResult, RevisionInfo, Status, Workspace};
use crate::state::AppState;
use tauri::State;

#[tauri::command(async)]
pub fn waive_finding(
    state: State<'_, AppState>,
    document_id: String,
    revision: u32,
    fingerprint: String,
    reason: String,
) -> IpcResult<Workspace> {
    let mut caseload = state.caseload();
    caseload.waive(&document_id, revision, &fingerprint, &reason, &state.actor)?;
    workspace(&caseload, &document_id)
}

/// Put a finding off to a later meeting: it stays open, marked as talked about.
#[tauri::command(async)]
pub fn defer_finding(
    state: State<'_, AppState>,
    document_id: String,
    revision: u32,
    fingerprint: String,
    note: String,
) -> IpcResult<Workspace> {
    let mut caseload = state.caseload();
    caseload.defer(&document_id, revision, &fingerprint, &note, &state.actor)?;
    workspace(&caseload, &document_id)
}

#[tauri::command(async)]
pub fn list_revisions(
    state: State<'_, AppState>,
    document_id: String,
) -> IpcResult<Vec<RevisionInfo>> {
    Ok(state
        .caseload()
        .revisions(&document_id)?
        .into_iter()
        .map(Into::into)
        .collect())
}

#[tauri::command(async)]
pub fn revision_text(
    state: State<'_, AppState>,
    document_id: String,
    number: u32,
) -> IpcResult<String> {
    Ok(state.caseload().revision(&document_id, number)?.content)
}

#[tauri::command(async)]
pub fn set_status(
    state: State<'_, AppState>,
    document_id: String,
    status: Status,
) -> IpcResult<Workspace> {
    let mut caseload = state.caseload();
    caseload.set_status(&document_id, status.into(), &state.actor)?;
    workspace(&caseload, &document_id)
}

#[tauri::command(async)]
pub fn approve_revision(
    state: State<'_, AppState>,
    document_id: String,
    revision: u32,
) -> IpcResult<Workspace> {
    let mut caseload = state.caseload();
    caseload.approve(&document_id, revision, &state.actor, &[])?;
    workspace(&caseload, &document_id)
}
