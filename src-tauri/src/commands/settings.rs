use crate::ipc::{IpcError, IpcResult, Words};
use crate::state::AppState;
use jobcoach_core::words::PeopleWord;
use tauri::State;

#[tauri::command(async)]
pub fn get_words(state: State<'_, AppState>) -> IpcResult<Words> {
    Ok(state.caseload().words()?.into())
}

#[tauri::command(async)]
pub fn set_words(state: State<'_, AppState>, choice: String) -> IpcResult<Words> {
    let choice = PeopleWord::parse(&choice).ok_or_else(|| IpcError {
        code: crate::ipc::ErrorCode::Refused,
        message: format!("unknown choice: {choice}"),
    })?;
    Ok(state.caseload().set_words(choice, &state.actor)?.into())
}
