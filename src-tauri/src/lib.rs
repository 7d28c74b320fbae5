//! The desktop shell. It opens the shared database, keeps one `Caseload` for the window, and
//! exposes thin commands: each parses its arguments, calls one core function and maps the
//! result into the IPC types of `ipc.rs`. No SQL, no checklist logic here.

mod chosen;
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
        // A dropped file counts as chosen, as one picked in the dialog does. This runs
        // before the page can act on the drop, since both come from the same event.
        .on_webview_event(|webview, event| {
            if let tauri::WebviewEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event {
                webview
                    .state::<AppState>()
                    .chosen
                    .allow(paths.iter().cloned());
            }
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("the jobcoach window could not start");
}
