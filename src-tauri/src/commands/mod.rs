//! Commands grouped by feature; each parses, calls the core, maps the result. The commands
//! the UI may call are listed once, in `list.rs`.

pub mod caseload;
pub mod coaching;
pub mod comments;
mod dialogs;

pub use dialogs::IMPORT_EXTENSIONS;
pub mod documents;
pub mod files;
pub mod person;
pub mod review;
pub mod settings;

/// Makes, from the one list, the invoke handler and the names of the commands.
macro_rules! commands {
    ($($module:ident::$name:ident),* $(,)?) => {
        /// The invoke handler of every command in `list.rs` (on the app's runtime, which the
        /// commands that open dialogs name through `AppHandle`).
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($module::$name),*]
        }

        /// The name of every command in `list.rs`, as the UI invokes it.
        #[cfg_attr(not(test), allow(dead_code))]
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

include!("list.rs");

use crate::ipc::{IpcResult, Workspace};
use jobcoach_core::workflow::Caseload;

/// The workspace of a document as it stands, which most document commands answer with.
pub(crate) fn workspace(caseload: &Caseload, document_id: &str) -> IpcResult<Workspace> {
    Ok(caseload.workspace(document_id)?.into())
}

#[cfg(test)]
mod tests;
