//! The window's state: one caseload over the shared database, behind a mutex because
//! commands run on worker threads.

use crate::chosen::ChosenFiles;
use crate::ipc::IpcError;
use jobcoach_core::store;
use jobcoach_core::workflow::{sample, Caseload};
use std::sync::{Mutex, MutexGuard};

pub struct AppState {
    caseload: Mutex<Caseload>,
    /// Who is at the keyboard, for the history log.
    pub actor: String,
    /// The files the person chose to import; no other file is read.
    pub chosen: ChosenFiles,
    /// A backup the person chose whose restore waits for their confirmation (it holds
    /// people erased since), so confirming never asks the page for a path.
    pub pending_restore: Mutex<Option<std::path::PathBuf>>,
}

impl AppState {
    /// Open the database the CLI also uses; on first run, add the sample caseload.
    pub fn open() -> Result<AppState, IpcError> {
        let mut caseload = Caseload::open(&store::default_path())?;
        if std::env::var_os("JOBCOACH_NO_SAMPLE").is_none() {
            sample::seed_if_empty(&mut caseload).map_err(IpcError::from)?;
        }
        let actor = Caseload::acting_user_from_environment();
        Ok(AppState {
            caseload: Mutex::new(caseload),
            actor,
            chosen: ChosenFiles::default(),
            pending_restore: Mutex::new(None),
        })
    }

    pub fn caseload(&self) -> MutexGuard<'_, Caseload> {
        // A panic in one command must not lock the person out of their caseload.
        self.caseload
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
