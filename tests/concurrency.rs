//! Several windows and the CLI on one caseload file at once. SQLite serialises the writers;
//! what these tests hold the core to is that nothing a caller was told is saved goes missing,
//! that revision numbers stay 1, 2, 3 … whoever saves, and that a restore in the middle of
//! steady saving keeps every saved write either in the caseload or in its safety copy.
//!
//! Each writer has a connection of its own, as a second process would: SQLite locks the file
//! the same way for both.

use jobcoach_core::import::import_markdown;
use jobcoach_core::store::{AuthorRole, NewDocument, NewRevision, RevisionSource};
use jobcoach_core::workflow::Caseload;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;

/// Run `work` on `writers` threads, each with a connection of its own opened on `db`, all
/// starting together; what each returns, in writer order.
fn in_parallel<T: Send + 'static>(
    db: &Path,
    writers: usize,
    work: impl Fn(usize, &mut Caseload) -> T + Send + Sync + 'static,
) -> Vec<T> {
    let start = Arc::new(Barrier::new(writers));
    let work = Arc::new(work);
    let threads: Vec<_> = (0..writers)
        .map(|w| {
            let (db, start, work) = (db.to_path_buf(), start.clone(), work.clone());
            thread::spawn(move || {
                let mut c = Caseload::open(&db).unwrap();
                start.wait();
                work(w, &mut c)
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

fn by(name: &str) -> NewRevision {
    NewRevision {
        author_role: AuthorRole::Specialist,
        author_name: name.into(),
        source: RevisionSource::InAppEdit,
        source_file: None,
        note: String::new(),
    }
}

/// A caseload file with one client and one resume; their ids.
fn caseload_with_a_resume(db: &Path) -> (String, String) {
    let mut c = Caseload::open(db).unwrap();
    let client = c.add_client("Maria Delgado", "Dana").unwrap();
    let (doc, _) = c
        .add_document(
            &client.id,
            import_markdown("# Maria Delgado\n\n## Experience\n\n- Trained 12 new cashiers\n"),
            NewDocument::default(),
            by("Dana"),
        )
        .unwrap();
    (client.id, doc.id)
}

fn step_texts(db: &Path, client_id: &str) -> BTreeSet<String> {
    let c = Caseload::open(db).unwrap();
    c.action_steps(client_id)
        .unwrap()
        .into_iter()
        .map(|s| s.text)
        .collect()
}

const WRITERS: usize = 4;
const WRITES: usize = 25;

#[test]
fn every_acknowledged_write_from_parallel_writers_is_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let (client_id, _) = caseload_with_a_resume(&db);
    let client = client_id.clone();
    let acked: BTreeSet<String> = in_parallel(&db, WRITERS, move |w, c| {
        let mut acked = Vec::new();
        for n in 0..WRITES {
            let text = format!("Writer {w} step {n}");
            match c.add_action_step(&client, None, &text, None, "Dana") {
                Ok(_) => acked.push(text),
                // A refusal must say why; it is simply not counted as saved.
                Err(e) => assert!(!e.to_string().is_empty()),
            }
        }
        acked
    })
    .into_iter()
    .flatten()
    .collect();
    let saved = step_texts(&db, &client_id);
    assert_eq!(
        acked.len(),
        WRITERS * WRITES,
        "with a patient busy timeout no writer is turned away"
    );
    assert_eq!(
        saved, acked,
        "every acknowledged write is saved, and only those"
    );
}

#[test]
fn revisions_saved_at_once_from_two_windows_are_numbered_without_gaps() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let (_, doc_id) = caseload_with_a_resume(&db);
    let doc = doc_id.clone();
    let mut given: Vec<u32> = in_parallel(&db, WRITERS, move |w, c| {
        (0..10)
            .map(|n| {
                let text = format!(
                    "# Maria Delgado\n\n## Experience\n\n- Trained {} new cashiers\n",
                    100 * w + n
                );
                c.revise_text(&doc, &text, by(&format!("Window {w}")))
                    .unwrap()
                    .number
            })
            .collect::<Vec<u32>>()
    })
    .into_iter()
    .flatten()
    .collect();
    given.sort();
    let expected: Vec<u32> = (2..=(WRITERS as u32 * 10 + 1)).collect();
    assert_eq!(given, expected, "each save got its own next number");
    let c = Caseload::open(&db).unwrap();
    let mut stored: Vec<u32> = c
        .revisions(&doc_id)
        .unwrap()
        .into_iter()
        .map(|r| r.number)
        .collect();
    stored.sort();
    let all: Vec<u32> = (1..=(WRITERS as u32 * 10 + 1)).collect();
    assert_eq!(
        stored, all,
        "the document's revisions are 1, 2, 3 … with no gap"
    );
}

#[test]
fn a_restore_during_steady_saving_keeps_every_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let (client_id, _) = caseload_with_a_resume(&db);
    let backup = dir.path().join("backup.db");
    Caseload::open(&db)
        .unwrap()
        .backup(&backup, "Dana")
        .unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let saved = Arc::new(AtomicUsize::new(0));
    let writer = {
        let (db, client_id, stop, saved) =
            (db.clone(), client_id.clone(), stop.clone(), saved.clone());
        thread::spawn(move || {
            let mut c = Caseload::open(&db).unwrap();
            let mut acked = Vec::new();
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) || n < 20 {
                let text = format!("Steady step {n}");
                if c.add_action_step(&client_id, None, &text, None, "Dana")
                    .is_ok()
                {
                    acked.push(text);
                    saved.fetch_add(1, Ordering::SeqCst);
                }
                n += 1;
            }
            acked
        })
    };
    let mut safeties = Vec::new();
    {
        let mut c = Caseload::open(&db).unwrap();
        let mut before = 0;
        for _ in 0..3 {
            // Each restore comes while the writer is saving, with saves since the last one.
            while saved.load(Ordering::SeqCst) < before + 5 {
                thread::sleep(std::time::Duration::from_millis(1));
            }
            safeties.push(c.restore(&backup, false, "Dana").unwrap().safety);
            before = saved.load(Ordering::SeqCst);
        }
    }
    stop.store(true, Ordering::Relaxed);
    let acked = writer.join().unwrap();

    let mut kept = step_texts(&db, &client_id);
    for safety in &safeties {
        let copy = step_texts(safety, &client_id);
        assert!(
            !copy.is_empty(),
            "the safety copy at {safety:?} holds the saves the restore replaced"
        );
        kept.extend(copy);
    }
    let lost: Vec<&String> = acked.iter().filter(|t| !kept.contains(*t)).collect();
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged writes are in neither the caseload nor a safety copy, the first {:?}",
        lost.len(),
        acked.len(),
        &lost[..lost.len().min(5)]
    );
    let distinct: BTreeSet<&PathBuf> = safeties.iter().collect();
    assert_eq!(distinct.len(), 3, "each restore keeps its own safety copy");
}

#[test]
fn a_backup_during_steady_saving_finishes_whole() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let (client_id, _) = caseload_with_a_resume(&db);
    let stop = Arc::new(AtomicBool::new(false));
    let saved = Arc::new(AtomicUsize::new(0));
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let (db, client_id, stop, saved) =
                (db.clone(), client_id.clone(), stop.clone(), saved.clone());
            thread::spawn(move || {
                let mut c = Caseload::open(&db).unwrap();
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    let text = format!("Writer {w} step {n}");
                    c.add_action_step(&client_id, None, &text, None, "Dana")
                        .unwrap();
                    saved.fetch_add(1, Ordering::SeqCst);
                    n += 1;
                }
            })
        })
        .collect();
    let mut c = Caseload::open(&db).unwrap();
    let mut held = Vec::new();
    for round in 0..3 {
        let before = saved.load(Ordering::SeqCst);
        while saved.load(Ordering::SeqCst) < before + 5 {
            thread::sleep(std::time::Duration::from_millis(1));
        }
        let backup = dir.path().join(format!("backup-{round}.db"));
        c.backup(&backup, "Dana").unwrap();
        let copy = Caseload::open(&backup).unwrap();
        copy.store().check_integrity().unwrap();
        held.push(copy.action_steps(&client_id).unwrap().len());
    }
    stop.store(true, Ordering::Relaxed);
    for w in writers {
        w.join().unwrap();
    }
    assert!(
        held.windows(2).all(|w| w[0] < w[1]),
        "each backup, taken while the writers saved, holds the saves made before it: {held:?}"
    );
}
