//! What the commands read before they call the core: text files, office profiles, the
//! caseload database, who is at the keyboard, and the target flags. Every failure here is
//! turned into an error that names the file, so the person knows which one to fix.

use crate::args::{Author, TargetArgs};
use jobcoach_core::checklist::{Context, Profile};
use jobcoach_core::import;
use jobcoach_core::store::{self, AuthorRole, NewDocument, NewRevision, RevisionSource};
use jobcoach_core::workflow::Caseload;
use jobcoach_core::Error;
use std::path::{Path, PathBuf};

/// A posting or profile file: UTF-8 text (with or without a BOM).
pub fn read_text(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(path, e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        unreadable(
            path,
            "it is not UTF-8 text; save it as plain text (UTF-8) and try again".into(),
        )
    })?;
    Ok(text.trim_start_matches('\u{feff}').to_string())
}

fn unreadable(path: &Path, reason: String) -> Error {
    import::ImportError::Unreadable {
        path: path.display().to_string(),
        reason,
    }
    .into()
}

/// The profile file's name, which the core shows as the profile's name when it has none.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// The office profile a `--profile` flag names, or the catalogue as shipped.
pub fn load_profile(path: Option<&Path>) -> Result<Profile, Error> {
    let Some(path) = path else {
        return Ok(Profile::default());
    };
    let text = read_text(path)?;
    Profile::from_toml(&text, &file_name(path)).map_err(|e| unreadable(path, e.to_string()))
}

/// The target flags as the checklist's context, for `check`. The kind is read apart
/// because it goes to the outline, not the context.
pub fn context(target: TargetArgs) -> Result<Context, Error> {
    Ok(Context {
        target_employer: target.employer,
        target_role: target.role,
        recipient_name: target.recipient,
        posting_text: posting_text(target.posting.as_deref())?,
        ..Context::default()
    })
}

/// The target flags as a new document's record, for `doc import`.
pub fn new_document(target: TargetArgs) -> Result<NewDocument, Error> {
    Ok(NewDocument {
        kind: target.kind.map(Into::into),
        target_employer: target.employer,
        target_role: target.role,
        recipient_name: target.recipient,
        posting_text: posting_text(target.posting.as_deref())?,
        ..NewDocument::default()
    })
}

fn posting_text(posting: Option<&Path>) -> Result<Option<String>, Error> {
    posting.map(read_text).transpose()
}

/// The caseload in `db`, or in the shared database.
pub fn open(db: Option<PathBuf>) -> Result<Caseload, Error> {
    Caseload::open(&db.unwrap_or_else(store::default_path))
}

/// A revision brought from a file, by the specialist or by the job seeker.
pub fn new_revision(by: Author, note: String) -> NewRevision {
    match by {
        Author::Specialist => NewRevision {
            author_role: AuthorRole::Specialist,
            author_name: actor(),
            source: RevisionSource::FileImport,
            source_file: None,
            note,
        },
        Author::JobSeeker => NewRevision::from_job_seeker(RevisionSource::FileImport, &note),
    }
}

/// The revision asked for, or the newest.
pub fn revision_or_newest(
    caseload: &Caseload,
    doc_id: &str,
    revision: Option<u32>,
) -> Result<u32, Error> {
    match revision {
        Some(n) => Ok(n),
        None => Ok(caseload.latest_revision(doc_id)?.number),
    }
}

/// The revision asked for (or the newest) with its text, for the commands that point
/// into that text.
pub fn revision_text(
    caseload: &Caseload,
    doc_id: &str,
    revision: Option<u32>,
) -> Result<(u32, String), Error> {
    let number = revision_or_newest(caseload, doc_id, revision)?;
    Ok((number, caseload.revision(doc_id, number)?.content))
}

/// Who is at the keyboard, for the history log.
pub fn actor() -> String {
    Caseload::acting_user_from_environment()
}

/// An import error that names the file, whatever went wrong, so the message says which
/// file to look at.
pub fn named(file: &Path, e: import::ImportError) -> Error {
    match e {
        import::ImportError::Unreadable { .. } => e.into(),
        other => import::ImportError::Unreadable {
            path: file.display().to_string(),
            reason: other.to_string(),
        }
        .into(),
    }
}
