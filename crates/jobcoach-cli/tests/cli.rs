//! The `jobcoach` binary on fixture files: its output formats and exit codes are an
//! interface, so these tests pin them.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
}

/// The built binary with ARGS, as a person named Dana with no database set in the
/// environment.
fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jobcoach"));
    command
        .args(args)
        .env_remove("JOBCOACH_DB")
        .env("JOBCOACH_USER", "Dana");
    command
}

fn jobcoach(args: &[&str]) -> Output {
    command(args).output().expect("the binary runs")
}

/// `jobcoach --db DB ARGS…`
fn with_db(db: &str, args: &[&str]) -> Output {
    let mut all = vec!["--db", db];
    all.extend_from_slice(args);
    jobcoach(&all)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 output")
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn check_prints_file_line_col_severity_rule_message_and_exits_1_on_a_blocker() {
    let letter = fixture("aisha_khan_letter.md");
    let out = jobcoach(&["check", path(&letter)]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a blocker makes the exit status 1"
    );
    let text = stdout(&out);
    let first = text.lines().next().expect("a finding");
    let want = format!(
        "{}:4:1: major letter.generic-salutation: ",
        letter.display()
    );
    assert!(
        first.starts_with(&want),
        "text lines read file:line:col: severity rule-id: message, got {first}"
    );
    assert!(
        text.contains(":6:64: blocker template.placeholder-left: "),
        "{text}"
    );

    let clean = jobcoach(&["check", path(&fixture("clean_resume.md"))]);
    assert_eq!(clean.status.code(), Some(0), "no blocker: exit 0");
    assert!(
        stdout(&clean).is_empty(),
        "a clean resume prints no findings"
    );
}

#[test]
fn check_json_is_an_object_for_one_file_and_an_array_for_several() {
    let resume = fixture("maria_delgado_resume.md");
    let out = jobcoach(&["check", path(&resume), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    assert_eq!(v["file"], resume.display().to_string());
    assert_eq!(v["kind"], "resume");
    let f = &v["findings"][0];
    for key in [
        "rule",
        "severity",
        "message",
        "line",
        "column",
        "start",
        "end",
        "excerpt",
        "suggestions",
    ] {
        assert!(!f[key].is_null(), "each finding has {key}: {f}");
    }
    let repeated = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "wording.repeated-word")
        .unwrap();
    assert_eq!(repeated["excerpt"], "the the");
    assert_eq!(
        repeated["suggestions"][0]["replacement"], "the",
        "mechanical fixes carry the replacement"
    );
    let text = std::fs::read_to_string(&resume).unwrap();
    let (s, e) = (
        repeated["start"].as_u64().unwrap() as usize,
        repeated["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &text[s..e],
        "the the",
        "start/end are byte offsets into the canonical text (here equal to the file)"
    );

    let both = jobcoach(&[
        "check",
        path(&resume),
        path(&fixture("clean_resume.md")),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&both)).unwrap();
    assert_eq!(
        v.as_array().map(Vec::len),
        Some(2),
        "several files make an array"
    );
}

#[test]
fn check_names_an_unreadable_file_keeps_going_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.docx");
    std::fs::write(&broken, b"this is not a Word file").unwrap();
    let out = jobcoach(&[
        "check",
        path(&broken),
        path(&fixture("clean_resume.md")),
        "--format",
        "json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unreadable file makes the exit status 2"
    );
    let err = stderr(&out);
    assert!(
        err.contains("broken.docx") && err.contains("not really a Word document"),
        "stderr names the file and why: {err}"
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        v.as_array().map(Vec::len),
        Some(1),
        "the readable file is still reported"
    );

    let missing = jobcoach(&["check", "/nowhere/resume.md"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("/nowhere/resume.md")
            && stderr(&missing).contains("no such file")
    );
}

#[test]
fn check_uses_the_target_employer_and_kind() {
    let letter = fixture("aisha_khan_letter.md");
    let out = jobcoach(&[
        "check",
        path(&letter),
        "--kind",
        "cover-letter",
        "--employer",
        "Lakeview Clinic",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["kind"], "cover-letter");
    let salutation = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "letter.generic-salutation")
        .unwrap();
    let labels: Vec<&str> = salutation["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap())
        .collect();
    assert!(
        labels
            .iter()
            .any(|l| l.contains("Lakeview Clinic Hiring Team")),
        "{labels:?}"
    );
}

#[test]
fn rules_lists_every_rule_with_its_documentation() {
    let out = jobcoach(&["rules", "--format", "json"]);
    assert!(out.status.success());
    let rules: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(rules.len() >= 12, "the first twelve rules at least");
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for id in [
        "contact.email-missing",
        "spelling.unknown-word",
        "letter.generic-salutation",
        "layout.table",
    ] {
        assert!(ids.contains(&id), "{id} is listed");
    }
    for r in &rules {
        for key in ["kinds", "severity", "what", "why", "example", "better"] {
            assert!(!r[key].is_null(), "{} has {key}", r["id"]);
        }
    }
    let text = stdout(&jobcoach(&["rules"]));
    assert!(
        text.contains("contact.email-missing  [resume, cover-letter]  blocker"),
        "{text}"
    );
}

#[test]
fn export_any_file_as_a_draft_docx() {
    let dir = tempfile::tempdir().unwrap();
    let out = jobcoach(&[
        "export",
        path(&fixture("maria_delgado_resume.md")),
        "--out",
        path(dir.path()),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written = PathBuf::from(stdout(&out).trim());
    assert_eq!(
        written.file_name().unwrap(),
        "Maria_Delgado_Resume_DRAFT.docx",
        "named after the person, marked draft"
    );
    let named = jobcoach(&[
        "export",
        path(&fixture("james_carter_resume.txt")),
        "--out",
        path(dir.path()),
        "--name",
        "Jim Carter",
    ]);
    assert!(
        stdout(&named)
            .trim()
            .ends_with("Jim_Carter_Resume_DRAFT.docx"),
        "{}",
        stdout(&named)
    );
    // The exported file checks like the original: same text, same findings but the layout.
    let again = jobcoach(&["check", path(&written), "--format", "json"]);
    let original = jobcoach(&[
        "check",
        path(&fixture("maria_delgado_resume.md")),
        "--format",
        "json",
    ]);
    let rules = |o: &Output| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&stdout(o)).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        rules(&again),
        rules(&original),
        "the export keeps every word the checklist reads"
    );
}

#[test]
fn the_caseload_from_import_to_approved_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("jobcoach.db");
    let db = path(&db);
    let add = jobcoach(&["--db", db, "client", "add", "Aisha Khan"]);
    assert!(add.status.success(), "{}", stderr(&add));
    let client = stdout(&add).trim().to_string();
    assert_eq!(client.len(), 36, "the new id alone on stdout: {client}");
    assert!(stdout(&jobcoach(&["--db", db, "client", "list"])).contains("Aisha Khan"));

    let import = jobcoach(&[
        "--db",
        db,
        "doc",
        "import",
        &client,
        path(&fixture("aisha_khan_letter.md")),
        "--kind",
        "cover-letter",
    ]);
    assert!(import.status.success(), "{}", stderr(&import));
    let doc = stdout(&import).trim().to_string();

    let refused = jobcoach(&[
        "--db",
        db,
        "doc",
        "approve",
        &doc,
        "--revision",
        "1",
        "--by",
        "Dana",
    ]);
    assert_eq!(
        refused.status.code(),
        Some(1),
        "approval with an open blocker is refused"
    );
    assert!(
        stderr(&refused).contains("template.placeholder-left"),
        "the refusal names what is open: {}",
        stderr(&refused)
    );

    let fixed_path = dir.path().join("letter_v2.md");
    let fixed = std::fs::read_to_string(fixture("aisha_khan_letter.md"))
        .unwrap()
        .replace("[Company Name]", "Lakeview Clinic");
    std::fs::write(&fixed_path, fixed).unwrap();
    let revise = jobcoach(&[
        "--db",
        db,
        "doc",
        "revise",
        &doc,
        path(&fixed_path),
        "--note",
        "named the clinic",
    ]);
    assert_eq!(stdout(&revise).trim(), "2", "{}", stderr(&revise));

    let approve = jobcoach(&[
        "--db",
        db,
        "doc",
        "approve",
        &doc,
        "--revision",
        "2",
        "--by",
        "Dana",
        "--waive",
        "letter.generic-salutation=No contact name could be found",
    ]);
    assert!(approve.status.success(), "{}", stderr(&approve));

    let history = stdout(&jobcoach(&["--db", db, "doc", "history", &doc]));
    let lines: Vec<&str> = history.lines().collect();
    assert_eq!(lines.len(), 2, "one revision a line: {history}");
    assert!(
        lines[0].starts_with("1\t") && lines[1].starts_with("2\t"),
        "each line starts with its number: {history}"
    );
    assert!(
        lines[1].contains("approved") && lines[1].contains("named the clinic"),
        "{history}"
    );

    let export = jobcoach(&["--db", db, "doc", "export", &doc, "--out", path(dir.path())]);
    assert_eq!(
        PathBuf::from(stdout(&export).trim()).file_name().unwrap(),
        "Aisha_Khan_Cover_Letter.docx",
        "approved: no _DRAFT"
    );

    // The template is the document's; plain text is the other format.
    let chosen = jobcoach(&["--db", db, "doc", "template", &doc, "compact"]);
    assert!(
        stdout(&chosen).contains("Compact template"),
        "{}",
        stderr(&chosen)
    );
    let text = jobcoach(&[
        "--db",
        db,
        "doc",
        "export",
        &doc,
        "--out",
        path(dir.path()),
        "--format",
        "text",
    ]);
    let written = PathBuf::from(stdout(&text).trim());
    assert_eq!(written.file_name().unwrap(), "Aisha_Khan_Cover_Letter.txt");
    let plain = std::fs::read_to_string(&written).unwrap();
    assert!(
        plain.starts_with("Aisha Khan") && plain.is_ascii(),
        "{plain}"
    );
    let log = stdout(&jobcoach(&["--db", db, "doc", "log", &doc]));
    assert!(log.contains("Modern → Compact"), "{log}");
}

#[test]
fn a_database_from_a_newer_jobcoach_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("jobcoach.db");
    assert!(jobcoach(&["--db", path(&db), "client", "list"])
        .status
        .success());
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 42)
        .unwrap();
    let out = jobcoach(&["--db", path(&db), "client", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("newer version of jobcoach"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn docs_rules_md_is_the_generated_catalogue() {
    let committed = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md"),
    )
    .expect("docs/rules.md is committed");
    let o = jobcoach(&["rules", "--format", "markdown"]);
    assert!(o.status.success());
    assert!(
        stdout(&o) == committed,
        "docs/rules.md is out of date; regenerate it with\n  cargo run -p jobcoach-cli -- rules --format markdown > docs/rules.md"
    );
}

#[test]
fn a_profile_turns_rules_off_and_changes_severities_and_a_broken_one_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("eastside.toml");
    std::fs::write(
        &profile,
        "name = \"Eastside\"\n[rules]\noff = [\"template.placeholder-left\"]\n[rules.severity]\n\"letter.generic-salutation\" = \"tip\"\n[words]\nbuzzwords = [\"dear\"]\n",
    )
    .unwrap();
    let letter = fixture("aisha_khan_letter.md");
    let plain = stdout(&jobcoach(&["check", path(&letter)]));
    assert!(
        plain.contains("blocker template.placeholder-left"),
        "{plain}"
    );
    let o = jobcoach(&["check", "--profile", path(&profile), path(&letter)]);
    let out = stdout(&o);
    assert!(!out.contains("template.placeholder-left"), "{out}");
    assert!(out.contains("tip letter.generic-salutation"), "{out}");
    assert_eq!(
        o.status.code(),
        Some(0),
        "no blocker is left once the office turns it off"
    );

    let rules = stdout(&jobcoach(&["rules", "--profile", path(&profile)]));
    assert!(
        rules.contains("template.placeholder-left  [resume, cover-letter]  blocker  (off)"),
        "{rules}"
    );

    std::fs::write(&profile, "[rules]\n\noff = [\"dates.gapp\"]\n").unwrap();
    let o = jobcoach(&["check", "--profile", path(&profile), path(&letter)]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("eastside.toml") && err.contains("line 3") && err.contains("dates.gapp"),
        "{err}"
    );
}

#[test]
fn a_posting_drives_the_posting_rules() {
    let dir = tempfile::tempdir().unwrap();
    let posting = dir.path().join("posting.txt");
    std::fs::write(
        &posting,
        "Job Title: Patient Care Technician\n\nRequirements:\n- Phlebotomy and EKG experience\n- Phlebotomy certification\n",
    )
    .unwrap();
    let resume = fixture("clean_resume.md");
    let before = stdout(&jobcoach(&["check", path(&resume)]));
    assert!(!before.contains("posting."), "{before}");
    let after = stdout(&jobcoach(&[
        "check",
        "--posting",
        path(&posting),
        path(&resume),
    ]));
    assert!(
        after.contains("minor posting.title-not-mirrored")
            && after.contains("\"Patient Care Technician\""),
        "{after}"
    );
    assert!(
        after.contains("major posting.missing-keywords") && after.contains("phlebotomy"),
        "{after}"
    );
}

#[test]
fn findings_carry_over_and_waive_defer_diff_backup_restore() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("jobcoach.db");
    let db = path(&db);
    let run = |args: &[&str]| with_db(db, args);
    let client = stdout(&run(&["client", "add", "Maria Delgado"]))
        .trim()
        .to_string();
    let doc = stdout(&run(&[
        "doc",
        "import",
        &client,
        path(&fixture("maria_delgado_resume.md")),
    ]))
    .trim()
    .to_string();
    let v2 = dir.path().join("v2.md");
    let text = std::fs::read_to_string(fixture("maria_delgado_resume.md")).unwrap();
    std::fs::write(&v2, text.replace("Recieved", "Received")).unwrap();
    assert!(
        run(&["doc", "revise", &doc, path(&v2), "--note", "spelling"])
            .status
            .success()
    );

    let out = stdout(&run(&["doc", "findings", &doc]));
    assert!(out.contains("open since revision 1"), "{out}");
    assert!(
        out.contains("fixed in revision 2: major spelling.unknown-word"),
        "{out}"
    );

    let o = run(&[
        "doc",
        "waive",
        &doc,
        "wording.buzzword",
        "--reason",
        "the posting asks for a team player",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("waived 2 findings of wording.buzzword in revision 2"),
        "{}",
        stdout(&o)
    );
    let nothing = run(&[
        "doc",
        "waive",
        &doc,
        "wording.buzzword",
        "--reason",
        "again",
    ]);
    assert_eq!(nothing.status.code(), Some(1));
    assert!(run(&[
        "doc",
        "defer",
        &doc,
        "wording.weak-opener",
        "--note",
        "next meeting"
    ])
    .status
    .success());

    let json: serde_json::Value = serde_json::from_str(&stdout(&run(&[
        "doc",
        "findings",
        &doc,
        "--revision",
        "2",
        "--format",
        "json",
    ])))
    .unwrap();
    let status_of = |rule: &str| -> Vec<String> {
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == rule)
            .map(|f| f["status"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(status_of("wording.buzzword"), vec!["waived", "waived"]);
    assert!(status_of("wording.weak-opener")
        .iter()
        .all(|s| s == "deferred"));
    assert_eq!(json["fixed"][0]["rule"], "spelling.unknown-word");

    let diff = stdout(&run(&["doc", "diff", &doc, "1", "2"]));
    assert!(
        diff.contains("--- revision 1") && diff.contains("+++ revision 2"),
        "{diff}"
    );
    assert!(
        diff.contains("-- Recieved") && diff.contains("+- Received"),
        "{diff}"
    );

    // Back up, add a client, restore: the added client is gone, and the caseload before the
    // restore is kept beside the database.
    let backup = dir.path().join("backup.db");
    assert!(run(&["backup", path(&backup)]).status.success());
    assert!(run(&["client", "add", "Added Later"]).status.success());
    let o = run(&["restore", path(&backup)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let list = stdout(&run(&["client", "list"]));
    assert!(
        list.contains("Maria Delgado") && !list.contains("Added Later"),
        "{list}"
    );
    let kept = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().contains("before-restore"));
    assert!(kept, "the caseload before the restore is kept");
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "hello").unwrap();
    let refused = run(&["restore", path(&notes)]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("not a jobcoach backup"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn a_meeting_with_steps_a_case_note_the_queue_and_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("jobcoach.db");
    let db = path(&db);
    let run = |args: &[&str]| with_db(db, args);
    let client = stdout(&run(&["client", "add", "James Carter"]))
        .trim()
        .to_string();
    let meeting = run(&["meeting", "start", &client]);
    assert!(meeting.status.success(), "{}", stderr(&meeting));
    let twice = run(&["meeting", "start", &client]);
    assert_eq!(twice.status.code(), Some(1), "one meeting at a time");
    let doc = stdout(&run(&[
        "doc",
        "import",
        &client,
        path(&fixture("james_carter_resume.txt")),
    ]))
    .trim()
    .to_string();
    let step = run(&[
        "step",
        "add",
        &client,
        "Add an email address at the top",
        "--doc",
        &doc,
        "--due",
        "2026-12-01",
    ]);
    assert!(step.status.success(), "{}", stderr(&step));
    let note = stdout(&run(&[
        "meeting",
        "end",
        &client,
        "--note",
        "James is aiming for forklift lead jobs.",
    ]));
    for says in [
        "Meeting with James Carter",
        "James is aiming for forklift lead jobs.",
        "Started a document",
        "Agreed an action step",
        "Add an email address at the top (by 2026-12-01)",
    ] {
        assert!(note.contains(says), "case note says {says:?}:\n{note}");
    }
    let list = stdout(&run(&["step", "list", &client]));
    assert!(
        list.contains("- Add an email address at the top (Resume) — by Tuesday, December 1"),
        "{list}"
    );
    let docx = dir.path().join("steps.docx");
    assert!(run(&["step", "list", &client, "--docx", path(&docx)])
        .status
        .success());
    assert!(docx.exists());

    assert!(stdout(&run(&["queue"])).contains("nothing is waiting"));
    let v2 = dir.path().join("v2.txt");
    std::fs::write(
        &v2,
        "James Carter\njames.carter@gmail.com | (937) 555-0123\n\nSKILLS\n- Forklift\n",
    )
    .unwrap();
    assert!(
        run(&["doc", "revise", &doc, path(&v2), "--by", "job-seeker"])
            .status
            .success()
    );
    let queue = stdout(&run(&["queue"]));
    assert!(
        // The reason is worded by the core, as the app shows it.
        queue.contains("James Carter") && queue.contains("New revision from the job seeker"),
        "{queue}"
    );

    let log = stdout(&run(&["client", "log", &client]));
    assert!(
        log.contains("meeting.started")
            && log.contains("action-step.added")
            && log.contains("revision.added"),
        "{log}"
    );
    assert!(stdout(&run(&["doc", "log", &doc])).contains("document.added"));
}

#[test]
fn comments_and_a_clients_data_exported_then_erased() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("jobcoach.db");
    let db = path(&db);
    let run = |args: &[&str]| with_db(db, args);
    let client = stdout(&run(&["client", "add", "Aisha Khan"]))
        .trim()
        .to_string();
    let doc = stdout(&run(&[
        "doc",
        "import",
        &client,
        path(&fixture("aisha_khan_letter.md")),
    ]))
    .trim()
    .to_string();
    let o = run(&[
        "doc",
        "comment",
        &doc,
        "Name the clinic here",
        "--on",
        "Medical Receptionist",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(run(&[
        "doc",
        "comment",
        &doc,
        "Check her availability",
        "--on",
        "Sincerely",
        "--internal"
    ])
    .status
    .success());
    assert_eq!(
        run(&["doc", "comment", &doc, "x", "--on", "not in the text"])
            .status
            .code(),
        Some(1)
    );
    let list = stdout(&run(&["doc", "comments", &doc]));
    assert!(
        list.contains("on \"Medical Receptionist\": Name the clinic here"),
        "{list}"
    );
    assert!(list.contains("(staff only)"), "{list}");

    let zip = dir.path().join("aisha.zip");
    assert!(run(&["client", "export", &client, path(&zip)])
        .status
        .success());
    assert!(std::fs::metadata(&zip).unwrap().len() > 200);

    let refused = run(&["client", "erase", &client, "--confirm", "Aisha"]);
    assert_eq!(
        refused.status.code(),
        Some(1),
        "a wrong name does not erase"
    );
    assert!(
        stderr(&refused).contains("type their name exactly"),
        "{}",
        stderr(&refused)
    );
    assert!(
        run(&["client", "erase", &client, "--confirm", "Aisha Khan"])
            .status
            .success()
    );
    assert!(!stdout(&run(&["client", "list"])).contains("Aisha"));
    assert_eq!(
        run(&["doc", "history", &doc]).status.code(),
        Some(1),
        "the document is gone"
    );
}

/// `jobcoach ARGS… | head -1`: reads the first line of stdout, closes the pipe while the
/// binary still has output to write, and waits. Returns that line and the finished run.
fn first_line_then_hang_up(args: &[&str]) -> (String, Output) {
    let mut child = command(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout is piped"))
        .read_line(&mut first)
        .expect("a first line");
    // The reader is dropped here, so the pipe is closed before the output ends.
    (first, child.wait_with_output().expect("the binary ends"))
}

/// A run whose reader left early ends as the full run did, and quietly: the exit code is
/// the command's answer, not 101, and no panic message reaches stderr.
fn ends_like_the_full_run(cut: &Output, full: &Output) {
    assert_eq!(
        cut.status.code(),
        full.status.code(),
        "a reader leaving early does not change the exit code (never 101)"
    );
    assert!(
        stderr(cut).is_empty(),
        "nothing on stderr when the pipe closes, least of all \"panicked\": {}",
        stderr(cut)
    );
}

/// A resume with three findings on each of `bullets` lines, one of them a blocker (the
/// placeholder), so the output is far bigger than a pipe's buffer.
fn big_resume(dir: &Path, bullets: usize) -> PathBuf {
    let mut text = String::from("# Sam Lee\n\nsam@example.com\n\n## Experience\n\n");
    for n in 0..bullets {
        text.push_str(&format!(
            "- Responsible for the the [Company Name] reports number {n}\n"
        ));
    }
    let file = dir.join("big_resume.md");
    std::fs::write(&file, text).unwrap();
    file
}

#[test]
fn check_ends_quietly_with_its_own_code_when_the_reader_leaves_early() {
    let dir = tempfile::tempdir().unwrap();
    let resume = big_resume(dir.path(), 3000);
    let full = jobcoach(&["check", path(&resume)]);
    assert!(
        full.stdout.len() > 256 * 1024,
        "the output must outgrow the pipe buffer for this test to mean anything"
    );
    assert_eq!(full.status.code(), Some(1), "the placeholder is a blocker");

    let (first, cut) = first_line_then_hang_up(&["check", path(&resume)]);
    assert!(
        first.starts_with(&format!("{}:", resume.display())),
        "the first line is a finding: {first}"
    );
    ends_like_the_full_run(&cut, &full);
}

#[test]
fn a_caseload_listing_ends_quietly_when_the_reader_leaves_early() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("jobcoach.db");
    let db = path(&db);
    let client = stdout(&with_db(db, &["client", "add", "Sam Lee"]))
        .trim()
        .to_string();
    let resume = big_resume(dir.path(), 3000);
    let import = with_db(db, &["doc", "import", &client, path(&resume)]);
    assert!(import.status.success(), "{}", stderr(&import));
    let doc = stdout(&import).trim().to_string();
    let findings = ["--db", db, "doc", "findings", &doc];
    let full = jobcoach(&findings);
    assert!(
        full.stdout.len() > 256 * 1024,
        "the listing must outgrow the pipe buffer for this test to mean anything"
    );

    let (first, cut) = first_line_then_hang_up(&findings);
    assert!(!first.is_empty(), "a first finding was read");
    assert_eq!(
        full.status.code(),
        Some(0),
        "listing findings is not a check"
    );
    ends_like_the_full_run(&cut, &full);
}

#[test]
fn a_newline_in_a_file_name_cannot_forge_a_line_of_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("jobcoach.db");
    let db = path(&db);
    let run = |args: &[&str]| with_db(db, args);
    let client = stdout(&run(&["client", "add", "James Carter"]))
        .trim()
        .to_string();
    let sneaky = dir
        .path()
        .join("cv.txt\n2026-01-01 00:00:00\tDana\tdocument.approved\trevision 1.txt");
    std::fs::copy(fixture("james_carter_resume.txt"), &sneaky).unwrap();
    let doc = run(&["doc", "import", &client, path(&sneaky)]);
    assert!(doc.status.success(), "{}", stderr(&doc));
    let doc = stdout(&doc).trim().to_string();
    let log = stdout(&run(&["doc", "log", &doc]));
    assert!(
        !log.lines().any(|l| l.starts_with("2026-01-01")),
        "no forged line:\n{log}"
    );
    assert_eq!(
        log.lines().count(),
        2,
        "document added, revision added:\n{log}"
    );
    assert!(
        log.contains("cv.txt\\n2026-01-01"),
        "the name is shown, escaped:\n{log}"
    );
}
