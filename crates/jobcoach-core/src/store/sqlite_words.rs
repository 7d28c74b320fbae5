//! What a SQLite failure means to the person at the keyboard, and what to do next. SQLite's
//! own words ("disk I/O error", "attempt to write a readonly database") name neither the
//! cause a person can see nor the next step.

use rusqlite::ErrorCode;

/// The failure in plain words with the next step, or SQLite's words for what is not one of
/// the failures a person can act on.
pub(crate) fn explain(e: &rusqlite::Error) -> String {
    let Some(code) = e.sqlite_error_code() else {
        return e.to_string();
    };
    match code {
        ErrorCode::DiskFull => {
            "the disk is full. Free some space (or choose another folder), then try again".into()
        }
        ErrorCode::SystemIoFailure => "the disk could not be written or read (it may be full, or a removable drive was taken out). Free some space or check the drive, then try again".into(),
        ErrorCode::ReadOnly => "the file or its folder is read-only, so nothing could be saved. Choose a folder you can write to, or ask for write access".into(),
        ErrorCode::PermissionDenied | ErrorCode::CannotOpen => "the file could not be opened: the folder may be missing, read-only or not yours. Check the folder, or choose another".into(),
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => "another jobcoach window or command is saving and did not finish in time. Wait a moment and try again".into(),
        ErrorCode::NotADatabase => "it is not a jobcoach caseload (or it is badly damaged). Choose the right file, or restore a backup".into(),
        ErrorCode::DatabaseCorrupt => "the caseload file is damaged. Restore the most recent backup (Settings → Restore), and keep the damaged file for support".into(),
        _ => e.to_string(),
    }
}

/// Whether the failure is about the disk, the file or another writer (something the person
/// can see and act on, so the message names the file), not a rule or a bug.
pub(crate) fn is_the_disk_or_the_file(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(
            ErrorCode::DiskFull
                | ErrorCode::SystemIoFailure
                | ErrorCode::ReadOnly
                | ErrorCode::PermissionDenied
                | ErrorCode::CannotOpen
                | ErrorCode::DatabaseBusy
                | ErrorCode::DatabaseLocked
                | ErrorCode::NotADatabase
                | ErrorCode::DatabaseCorrupt
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(code: i32) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
    }

    #[test]
    fn each_failure_a_person_can_act_on_says_what_to_do() {
        for (code, says) in [
            (rusqlite::ffi::SQLITE_FULL, "disk is full"),
            (rusqlite::ffi::SQLITE_IOERR, "could not be written"),
            (rusqlite::ffi::SQLITE_READONLY, "read-only"),
            (rusqlite::ffi::SQLITE_CANTOPEN, "could not be opened"),
            (rusqlite::ffi::SQLITE_BUSY, "try again"),
            (rusqlite::ffi::SQLITE_NOTADB, "not a jobcoach caseload"),
            (rusqlite::ffi::SQLITE_CORRUPT, "damaged"),
        ] {
            let words = explain(&failure(code));
            assert!(words.contains(says), "{code}: {words}");
            assert!(!words.contains("readonly database") && !words.contains("disk I/O"));
        }
    }

    #[test]
    fn a_real_non_database_file_is_explained() {
        let path = crate::store::tests::tempdir().join("notes.db");
        std::fs::write(
            &path,
            "this is a shopping list, not a database ".repeat(100),
        )
        .unwrap();
        let conn = rusqlite::Connection::open(&path).unwrap();
        let e = conn
            .pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))
            .unwrap_err();
        assert!(
            explain(&e).contains("not a jobcoach caseload"),
            "{}",
            explain(&e)
        );
    }
}
