//! The desktop shell. It opens the shared database, keeps one `Caseload` for the window, and
//! exposes thin commands: each parses its arguments, calls one core function and maps the
//! result into the IPC types of `ipc.rs`. No SQL, no checklist logic here.

mod commands;
pub mod ipc;
mod state;

use state::AppState;
use tauri::Manager;

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let state = AppState::open().map_err(|e| e.message.clone())?;
            app.manage(state);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::settings::get_words,
            commands::settings::set_words,
            commands::settings::get_profile,
            commands::settings::choose_profile,
            commands::settings::clear_profile,
            commands::documents::set_targets,
            commands::documents::export_templates,
            commands::documents::preview_export,
            commands::documents::set_template,
            commands::coaching::review_queue,
            commands::coaching::list_action_steps,
            commands::coaching::add_action_step,
            commands::coaching::set_action_step_done,
            commands::coaching::export_take_home_list,
            commands::coaching::meeting_state,
            commands::coaching::start_meeting,
            commands::coaching::end_meeting,
            commands::records::list_comments,
            commands::records::add_comment,
            commands::records::reply_comment,
            commands::records::resolve_comment,
            commands::records::document_history,
            commands::records::client_history,
            commands::records::export_client_data,
            commands::records::erase_client,
            commands::records::backup_caseload,
            commands::records::restore_caseload,
            commands::caseload::list_caseload,
            commands::caseload::add_client,
            commands::files::pick_import_file,
            commands::documents::import_document,
            commands::documents::import_pasted,
            commands::documents::import_revision,
            commands::documents::open_document,
            commands::documents::check_text,
            commands::documents::save_draft,
            commands::documents::discard_draft,
            commands::documents::save_revision,
            commands::review::waive_finding,
            commands::review::defer_finding,
            commands::review::list_revisions,
            commands::review::revision_text,
            commands::review::set_status,
            commands::review::approve_revision,
            commands::files::export_document,
        ])
        .run(tauri::generate_context!())
        .expect("the jobcoach window could not start");
}
