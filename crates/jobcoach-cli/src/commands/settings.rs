//! The caseload as a whole: the office profile its checks use (`profile …`), and copying
//! it away and back (`backup`, `restore`).

use crate::args::ProfileCommand;
use crate::inputs::{actor, open};
use crate::writer::{outln, Out};
use crate::Exit;
use jobcoach_core::checklist::Profile;
use jobcoach_core::Error;
use std::path::{Path, PathBuf};

pub fn profile(db: Option<PathBuf>, command: ProfileCommand, out: &mut Out) -> Result<Exit, Error> {
    let mut caseload = open(db)?;
    match command {
        ProfileCommand::Show => {
            let p = caseload.profile();
            if p == &Profile::default() {
                outln!(out, "the catalogue as shipped (no office profile)");
            } else {
                outln!(out, "{}", p.name);
            }
        }
        ProfileCommand::Use { file } => {
            let p = caseload.use_profile_file(&file, &actor())?;
            outln!(out, "using \"{}\"", p.name);
        }
        ProfileCommand::Clear => {
            caseload.set_profile(None, &actor())?;
            outln!(out, "using the catalogue as shipped");
        }
    }
    Ok(Exit::Success)
}

pub fn backup(db: Option<PathBuf>, path: &Path, out: &mut Out) -> Result<Exit, Error> {
    let mut caseload = open(db)?;
    caseload.backup(path, &actor())?;
    outln!(out, "{}", path.display());
    Ok(Exit::Success)
}

pub fn restore(db: Option<PathBuf>, path: &Path, out: &mut Out) -> Result<Exit, Error> {
    let mut caseload = open(db)?;
    let safety = caseload.restore(path, &actor())?;
    outln!(
        out,
        "restored from {}; the caseload before is kept at {}",
        path.display(),
        safety.display()
    );
    Ok(Exit::Success)
}
