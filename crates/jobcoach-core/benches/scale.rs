//! A caseload at the scale of a busy office: 2,000 clients, 10,000 documents, 100,000
//! revisions (one document with 50). Measures what a specialist waits for: opening the
//! caseload, listing the review queue, and opening the document with 50 revisions. Target
//! (issue 5): each under 100 ms. Prints medians of 11 runs; fails on nothing.
//!
//! `cargo bench -p jobcoach-core --bench scale` (or `cargo xtask bench`). The database is
//! generated once into target/ and reused while the schema is the same.

use jobcoach_core::checklist::Checklist;
use jobcoach_core::clock::{SystemClock, UuidV7};
use jobcoach_core::import;
use jobcoach_core::store::{
    self, AuthorRole, Client, DocumentRecord, DocumentStatus, Revision, RevisionSource, Store,
    StoredFinding,
};
use jobcoach_core::workflow::Caseload;
use jobcoach_core::DocumentKind;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const CLIENTS: usize = 2_000;
const DOCUMENTS_PER_CLIENT: usize = 5;
const REVISIONS: u32 = 10;
const LONG_DOCUMENT_REVISIONS: u32 = 50;

fn db_path() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join(format!("scale-schema{}.db", store::MIGRATIONS.len()))
}

fn generate(path: &PathBuf) {
    let started = Instant::now();
    let _ = std::fs::remove_file(path);
    let mut s = Store::open(path).expect("the bench database opens");
    let checklist = Checklist::new();
    // Real texts and their real findings, reused: the store's work is what is measured.
    let texts: Vec<(String, Vec<jobcoach_core::checklist::Finding>)> = [
        include_str!("../../../tests/fixtures/two_page_resume.md"),
        include_str!("../../../tests/fixtures/maria_delgado_resume.md"),
        include_str!("../../../tests/fixtures/clean_resume.md"),
    ]
    .iter()
    .map(|md| {
        let doc = import::import_markdown(md);
        let outline = checklist.outline(&doc, None);
        let findings = checklist.check(
            &doc,
            &outline,
            &Default::default(),
            &Default::default(),
            jiff::civil::date(2026, 11, 22),
        );
        (doc.text, findings)
    })
    .collect();
    let t0: jiff::Timestamp = "2025-01-06T09:00:00Z".parse().unwrap();
    let mut n = 0u64;
    let mut at = || {
        n += 1;
        t0.checked_add(jiff::SignedDuration::from_secs(n as i64 * 60))
            .unwrap()
    };
    s.transaction(|tx| {
        for c in 0..CLIENTS {
            let client = Client {
                id: format!("client-{c:05}"),
                name: format!("Client {c:05}"),
                created_at: at(),
            };
            store::insert_client(tx, &client)?;
            for d in 0..DOCUMENTS_PER_CLIENT {
                let status = match (c + d) % 7 {
                    0 => DocumentStatus::InReview,
                    1 => DocumentStatus::Approved,
                    _ => DocumentStatus::Draft,
                };
                let record = DocumentRecord {
                    id: format!("doc-{c:05}-{d}"),
                    client_id: client.id.clone(),
                    kind: DocumentKind::Resume,
                    title: format!("Resume {d}"),
                    status,
                    target_employer: None,
                    target_role: None,
                    recipient_name: None,
                    posting_text: None,
                    template: Default::default(),
                    created_at: at(),
                    updated_at: at(),
                };
                store::insert_document(tx, &record)?;
                let revisions = if c == 0 && d == 0 {
                    LONG_DOCUMENT_REVISIONS
                } else {
                    REVISIONS
                };
                let mut parent: Option<String> = None;
                for r in 1..=revisions {
                    let (text, findings) = &texts[(c + d + r as usize) % texts.len()];
                    let id = format!("rev-{c:05}-{d}-{r:02}");
                    let seeker = r == revisions && (c + d) % 5 == 0;
                    let rev = Revision {
                        id: id.clone(),
                        document_id: record.id.clone(),
                        number: r,
                        parent_id: parent.replace(id.clone()),
                        content: text.clone(),
                        content_hash: String::new(),
                        source_facts: Default::default(),
                        author_role: if seeker {
                            AuthorRole::JobSeeker
                        } else {
                            AuthorRole::Specialist
                        },
                        author_name: "Bench".into(),
                        source: RevisionSource::InAppEdit,
                        source_file: None,
                        note: String::new(),
                        rules_version: "bench".into(),
                        profile_name: String::new(),
                        created_at: at(),
                    };
                    store::insert_revision(tx, &rev)?;
                    let stored: Vec<StoredFinding> = findings
                        .iter()
                        .enumerate()
                        .map(|(i, f)| StoredFinding {
                            id: format!("{id}-f{i}"),
                            revision_id: id.clone(),
                            finding: f.clone(),
                            fingerprint: f.fingerprint(text),
                        })
                        .collect();
                    store::insert_findings(tx, &stored)?;
                }
            }
        }
        Ok(())
    })
    .expect("the bench caseload is written");
    println!(
        "generated {CLIENTS} clients, {} documents, {} revisions in {:.1} s ({} MB)",
        CLIENTS * DOCUMENTS_PER_CLIENT,
        (CLIENTS * DOCUMENTS_PER_CLIENT - 1) as u32 * REVISIONS + LONG_DOCUMENT_REVISIONS,
        started.elapsed().as_secs_f64(),
        std::fs::metadata(path).map_or(0, |m| m.len() / 1_000_000)
    );
}

fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..11)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[5]
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` would pass nothing: skip then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let path = db_path();
    if !path.exists() {
        generate(&path);
    }
    let caseload = Caseload::new(
        Store::open(&path).expect("opens"),
        Checklist::new(),
        Box::new(SystemClock),
        Box::new(UuidV7),
    );
    let report = |what: &str, d: Duration| {
        println!(
            "{what:<52} {:>8.2} ms (target < 100 ms)",
            d.as_secs_f64() * 1000.0
        )
    };
    let mut clients = 0;
    report(
        "caseload opens (every client and document)",
        median(|| clients = caseload.overview("").unwrap().len()),
    );
    assert_eq!(clients, CLIENTS);
    let mut waiting = 0;
    report(
        "review queue lists",
        median(|| waiting = caseload.review_queue().unwrap().len()),
    );
    report(
        "document with 50 revisions opens",
        median(|| {
            let latest = caseload.latest_revision("doc-00000-0").unwrap();
            assert_eq!(latest.number, LONG_DOCUMENT_REVISIONS);
            caseload.findings("doc-00000-0", latest.number).unwrap();
            caseload.revisions("doc-00000-0").unwrap();
            caseload.draft("doc-00000-0").unwrap();
        }),
    );
    println!("({waiting} documents waiting in the queue)");
}
