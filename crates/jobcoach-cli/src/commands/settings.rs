//! The caseload as a whole: the office profile its checks use (`profile …`), and copying
//! it away and back (`backup`, `restore`).

use crate::args::ProfileCommand;
use crate::inputs::{actor, open};
use crate::writer::{errln, outln, Out};
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

pub fn restore(
    db: Option<PathBuf>,
    path: &Path,
    erase_again: bool,
    out: &mut Out,
) -> Result<Exit, Error> {
    let mut caseload = open(db)?;
    let restored = match caseload.restore(path, erase_again, &actor()) {
        Ok(restored) => restored,
        Err(e) if e.code() == jobcoach_core::ErrorCode::NeedsConfirmation => {
            errln!(out, "{e}");
            errln!(
                out,
                "To restore it and erase them again: jobcoach restore --erase-again {}",
                path.display()
            );
            return Ok(Exit::Blocked);
        }
        Err(e) => return Err(e),
    };
    outln!(
        out,
        "restored from {}; the caseload before is kept at {}",
        path.display(),
        restored.safety.display()
    );
    if restored.erased_again > 0 {
        outln!(
            out,
            "{} {} erased since the backup was made {} erased again",
            restored.erased_again,
            if restored.erased_again == 1 {
                "person"
            } else {
                "people"
            },
            if restored.erased_again == 1 {
                "was"
            } else {
                "were"
            }
        );
    }
    Ok(Exit::Success)
}
