//! The window's state: one caseload over the shared database, behind a mutex because
//! commands run on worker threads.

use crate::ipc::IpcError;
use jobcoach_core::checklist::Checklist;
use jobcoach_core::clock::{SystemClock, UuidV7};
use jobcoach_core::store::{self, Store};
use jobcoach_core::workflow::{sample, Caseload};
use std::sync::{Mutex, MutexGuard};

pub struct AppState {
    caseload: Mutex<Caseload>,
    /// Who is at the keyboard, for the history log.
    pub actor: String,
}

impl AppState {
    /// Open the database the CLI also uses; on first run, add the sample caseload.
    pub fn open() -> Result<AppState, IpcError> {
        let path = store::default_path();
        let store =
            Store::open(&path).map_err(|e| IpcError::from(jobcoach_core::Error::from(e)))?;
        let mut caseload = Caseload::new(
            store,
            Checklist::new(),
            Box::new(SystemClock),
            Box::new(UuidV7),
        );
        if std::env::var_os("JOBCOACH_NO_SAMPLE").is_none() {
            sample::seed_if_empty(&mut caseload).map_err(IpcError::from)?;
        }
        let actor = std::env::var("JOBCOACH_USER")
            .or_else(|_| std::env::var("USER"))
            .unwrap_or_else(|_| "Specialist".into());
        Ok(AppState {
            caseload: Mutex::new(caseload),
            actor,
        })
    }

    pub fn caseload(&self) -> MutexGuard<'_, Caseload> {
        // A panic in one command must not lock the person out of their caseload.
        self.caseload
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
