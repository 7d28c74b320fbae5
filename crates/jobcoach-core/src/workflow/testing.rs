//! Fixtures shared by the workflow's tests: a caseload on an in-memory database with a test
//! clock and sequential ids, a specialist's revision, and a client with one document.
#![cfg(test)]

// What the workflow's tests use, so each test module needs one `use` line.
pub(crate) use super::{Caseload, WorkflowError};
pub(crate) use crate::checklist::{Checklist, RULES_VERSION};
pub(crate) use crate::clock::{SequentialIds, TestClock};
pub(crate) use crate::document::DocumentKind;
pub(crate) use crate::export::ExportFormat;
pub(crate) use crate::import;
pub(crate) use crate::store::{
    AuthorRole, DocumentRecord, DocumentStatus, NewDocument, NewRevision, RevisionSource, Store,
};

pub(crate) fn caseload() -> Caseload {
    let start: jiff::Timestamp = "2026-11-22T09:00:00Z".parse().unwrap();
    Caseload::new(
        Store::open_in_memory().unwrap(),
        Checklist::new(),
        Box::new(TestClock::new(start)),
        Box::new(SequentialIds::default()),
    )
}

/// The caseload's counts (kept by triggers) agree with counting each document's
/// findings the slow way.
pub(crate) fn assert_summaries_match(c: &Caseload) {
    for client in c.overview("").unwrap() {
        for fast in client.documents {
            let slow = c.document_overview(fast.record.clone()).unwrap();
            assert_eq!(
                fast, slow,
                "the kept summary of {} is right",
                fast.record.title
            );
        }
    }
}

pub(crate) fn by_specialist(note: &str) -> NewRevision {
    NewRevision {
        author_role: AuthorRole::Specialist,
        author_name: "Dana Specialist".into(),
        source: RevisionSource::InAppEdit,
        source_file: None,
        note: note.into(),
    }
}

/// Has a placeholder (a blocker) and no phone (a major).
pub(crate) const DRAFT: &str = "# Maria Delgado\n\nmaria@example.com\n\n## Experience\n\nCashier, \\[Company Name\\], 2019 – Present\n\n- Trained 12 new cashiers\n";

pub(crate) fn with_document(c: &mut Caseload) -> DocumentRecord {
    let client = c.add_client("  Maria   Delgado ", "Dana").unwrap();
    assert_eq!(client.name, "Maria Delgado", "names are tidied");
    let (record, rev) = c
        .add_document(
            &client.id,
            import::import_markdown(DRAFT),
            NewDocument::default(),
            by_specialist("first look"),
        )
        .unwrap();
    assert_eq!(rev.number, 1);
    assert_eq!(
        record.kind,
        DocumentKind::Resume,
        "the kind is detected when not given"
    );
    record
}

/// Add `markdown` as a new document of `client_id`, as the specialist's first revision.
pub(crate) fn add_markdown(c: &mut Caseload, client_id: &str, markdown: &str) -> DocumentRecord {
    c.add_document(
        client_id,
        import::import_markdown(markdown),
        NewDocument::default(),
        by_specialist(""),
    )
    .unwrap()
    .0
}

pub(crate) fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "jobcoach-profile-test-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A caseload on a real file (`office.db` in a new folder), for tests that look at the file
/// or open it from a second connection.
pub(crate) fn file_caseload() -> (Caseload, std::path::PathBuf) {
    let db = crate::store::tests::tempdir().join("office.db");
    let start: jiff::Timestamp = "2026-11-22T09:00:00Z".parse().unwrap();
    let c = Caseload::new(
        Store::open(&db).unwrap(),
        Checklist::new(),
        Box::new(TestClock::new(start)),
        Box::new(SequentialIds::default()),
    );
    (c, db)
}
