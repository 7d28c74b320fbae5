//! Coaching across meetings: the review queue, a client's action steps and their take-home
//! list, and meetings with their case notes. Thin: each command calls the core and maps.

use super::dialogs;
use crate::ipc::{ActionStepItem, CaseNote, DocumentRow, IpcResult, MeetingInfo, QueueItemRow};
use crate::state::AppState;
use jobcoach_core::workflow::{due_date, Caseload};
use tauri::{AppHandle, State};

#[tauri::command(async)]
pub fn review_queue(state: State<'_, AppState>) -> IpcResult<Vec<QueueItemRow>> {
    Ok(state
        .caseload()
        .review_queue()?
        .into_iter()
        .map(|q| QueueItemRow {
            client_name: q.client_name,
            reason: q.reason.label().into(),
            waiting_since: q.waiting_since.to_string(),
            document: DocumentRow::new(q.document),
        })
        .collect())
}

fn steps(caseload: &Caseload, client_id: &str) -> IpcResult<Vec<ActionStepItem>> {
    let mut out = Vec::new();
    for s in caseload.action_steps(client_id)? {
        let document_title = match &s.document_id {
            Some(d) => Some(caseload.document(d)?.title),
            None => None,
        };
        out.push(ActionStepItem {
            id: s.id,
            text: s.text,
            due: s.due.map(|d| d.to_string()),
            done: s.done_at.is_some(),
            document_title,
        });
    }
    Ok(out)
}

#[tauri::command(async)]
pub fn list_action_steps(
    state: State<'_, AppState>,
    client_id: String,
) -> IpcResult<Vec<ActionStepItem>> {
    steps(&state.caseload(), &client_id)
}

#[tauri::command(async)]
pub fn add_action_step(
    state: State<'_, AppState>,
    client_id: String,
    document_id: Option<String>,
    text: String,
    due: Option<String>,
) -> IpcResult<Vec<ActionStepItem>> {
    let due = due_date(due.as_deref().unwrap_or(""))?;
    let mut caseload = state.caseload();
    caseload.add_action_step(&client_id, document_id.as_deref(), &text, due, &state.actor)?;
    steps(&caseload, &client_id)
}

#[tauri::command(async)]
pub fn set_action_step_done(
    state: State<'_, AppState>,
    step_id: String,
    done: bool,
) -> IpcResult<Vec<ActionStepItem>> {
    let mut caseload = state.caseload();
    let step = caseload.set_action_step_done(&step_id, done, &state.actor)?;
    steps(&caseload, &step.client_id)
}

/// Save the open steps as a one-page Word file to hand over or print. `None` on cancel.
#[tauri::command(async)]
pub fn export_take_home_list(
    app: AppHandle,
    state: State<'_, AppState>,
    client_id: String,
) -> IpcResult<Option<String>> {
    let name = state.caseload().take_home_file_name(&client_id)?;
    let Some(path) = dialogs::save(&app, &dialogs::TAKE_HOME_LIST, &name) else {
        return Ok(None);
    };
    state.caseload().export_take_home_list(&client_id, &path)?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command(async)]
pub fn meeting_state(
    state: State<'_, AppState>,
    client_id: String,
) -> IpcResult<Option<MeetingInfo>> {
    Ok(state
        .caseload()
        .open_meeting(&client_id)?
        .map(MeetingInfo::from))
}

#[tauri::command(async)]
pub fn start_meeting(state: State<'_, AppState>, client_id: String) -> IpcResult<MeetingInfo> {
    Ok(state
        .caseload()
        .start_meeting(&client_id, &state.actor)?
        .into())
}

/// End the meeting; the note (the specialist's words) goes into the case note returned.
#[tauri::command(async)]
pub fn end_meeting(
    state: State<'_, AppState>,
    client_id: String,
    note: String,
) -> IpcResult<CaseNote> {
    let ended = state
        .caseload()
        .end_meeting(&client_id, &note, &state.actor)?;
    Ok(CaseNote {
        minutes: ended.record.minutes,
        text: ended.case_note,
    })
}
