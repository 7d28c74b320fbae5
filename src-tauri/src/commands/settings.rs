use super::dialogs;
use crate::ipc::{IpcError, IpcResult, ProfileInfo, Words};
use crate::state::AppState;
use jobcoach_core::words::PeopleWord;
use tauri::{AppHandle, State};

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

#[tauri::command(async)]
pub fn get_profile(state: State<'_, AppState>) -> IpcResult<ProfileInfo> {
    Ok(state.caseload().profile().into())
}

/// Ask for an office profile (a .toml file) and use it from now on. `None` when the person
/// cancels. A broken file is refused with its line named, and the old profile stays.
#[tauri::command(async)]
pub fn choose_profile(
    app: AppHandle,
    state: State<'_, AppState>,
) -> IpcResult<Option<ProfileInfo>> {
    let Some(path) = dialogs::pick(&app, &dialogs::PROFILE) else {
        return Ok(None);
    };
    let mut caseload = state.caseload();
    let profile = caseload.use_profile_file(&path, &state.actor)?;
    Ok(Some(profile.into()))
}

/// Go back to the checklist as shipped.
#[tauri::command(async)]
pub fn clear_profile(state: State<'_, AppState>) -> IpcResult<ProfileInfo> {
    let mut caseload = state.caseload();
    Ok(caseload.set_profile(None, &state.actor)?.into())
}
