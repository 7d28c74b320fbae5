use crate::ipc::{IpcError, IpcResult, ProfileInfo, Words};
use crate::state::AppState;
use jobcoach_core::words::PeopleWord;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

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
/// End-to-end tests name the file in JOBCOACH_TEST_PROFILE_FILE instead of a dialog.
#[tauri::command(async)]
pub fn choose_profile(
    app: AppHandle,
    state: State<'_, AppState>,
) -> IpcResult<Option<ProfileInfo>> {
    let picked = match std::env::var_os("JOBCOACH_TEST_PROFILE_FILE") {
        Some(path) => Some(std::path::PathBuf::from(path)),
        None => app
            .dialog()
            .file()
            .set_title("Choose your office's checklist profile")
            .add_filter("Checklist profile", &["toml"])
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(path) = picked else { return Ok(None) };
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let text = std::fs::read_to_string(&path).map_err(|e| IpcError {
        code: crate::ipc::ErrorCode::BadFile,
        message: format!("{name} could not be read: {e}"),
    })?;
    let mut caseload = state.caseload();
    let profile = caseload
        .set_profile(Some((&text, &name)), &state.actor)
        .map_err(|e| IpcError {
            code: crate::ipc::ErrorCode::BadFile,
            message: format!("{name} can't be used yet. {e}"),
        })?;
    Ok(Some(profile.into()))
}

/// Go back to the checklist as shipped.
#[tauri::command(async)]
pub fn clear_profile(state: State<'_, AppState>) -> IpcResult<ProfileInfo> {
    let mut caseload = state.caseload();
    Ok(caseload.set_profile(None, &state.actor)?.into())
}
