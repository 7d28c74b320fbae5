//! End-to-end: the built desktop app, driven through its real webview as a person would.
//!
//! `cargo xtask e2e` (and `cargo xtask test`) builds the app, starts Xvfb and tauri-driver
//! with a fresh database and the dialog stand-ins (see src-tauri/src/commands/files.rs), then
//! runs this binary. Each scenario step fails loudly with what it expected to see. At the
//! end it prints the measured figures and one closing line: `e2e: N passed, N failed`.

mod webdriver;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use webdriver::{Session, WebDriver};

struct Env {
    app: PathBuf,
    driver: String,
    save_dir: PathBuf,
    fixtures: PathBuf,
}

fn env() -> Env {
    let var = |name: &str| {
        std::env::var(name).unwrap_or_else(|_| panic!("{name} is set by `cargo xtask e2e`"))
    };
    Env {
        app: PathBuf::from(var("JOBCOACH_E2E_APP")),
        driver: std::env::var("JOBCOACH_E2E_DRIVER")
            .unwrap_or_else(|_| "http://127.0.0.1:4444".into()),
        save_dir: PathBuf::from(var("JOBCOACH_TEST_SAVE_DIR")),
        fixtures: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fixtures"),
    }
}

type Step = Result<(), String>;
/// A scenario: what it checks, and the steps that check it.
type Scenario = (
    &'static str,
    Box<dyn Fn(&Session, &Env, &mut Vec<String>) -> Step>,
);

fn main() {
    let env = env();
    let driver = WebDriver::new(&env.driver);
    let started = Instant::now();
    // One retry: on a cold machine the first launch of WebKit can be slow to answer.
    let session = match driver.start(&env.app).or_else(|first| {
        println!("first launch failed ({first}); trying once more");
        std::thread::sleep(Duration::from_secs(2));
        driver.start(&env.app)
    }) {
        Ok(s) => s,
        Err(e) => {
            println!("could not start the app through tauri-driver: {e}");
            println!("e2e: 0 passed, 1 failed");
            std::process::exit(1);
        }
    };
    let mut passed = 0;
    let mut failed = 0;
    let mut figures: Vec<String> = Vec::new();

    let scenarios: Vec<Scenario> = vec![
        (
            "the sample caseload is listed soon after launch",
            Box::new(move |s, _, figures| {
                s.wait_count(".client", 3, Duration::from_secs(20))?;
                figures.push(format!(
                    "window shown and caseload listed: {} ms after launch (target 1500 ms)",
                    started.elapsed().as_millis()
                ));
                Ok(())
            }),
        ),
        (
            "import a DOCX for a new client and see its findings",
            Box::new(import_and_see_findings),
        ),
        (
            "apply a safe suggestion and save a revision",
            Box::new(apply_suggestion_and_save),
        ),
        (
            "approval is refused while a blocker is open; waive, then approve",
            Box::new(waive_then_approve),
        ),
        (
            "export the approved document, then choose a template with its preview, and save plain text",
            Box::new(export_and_check_file),
        ),
        (
            "nothing typed is lost: an unsaved draft comes back after reopening",
            Box::new(draft_survives),
        ),
        (
            "a target posting and an office profile change what the checklist finds",
            Box::new(posting_and_profile),
        ),
        (
            "a meeting: agree a step, end it, and get a case note and a take-home list",
            Box::new(meeting_and_steps),
        ),
        (
            "comment on words in a revision, reply, and see it in the history",
            Box::new(comments_and_history),
        ),
        (
            "put a finding off; a job seeker's revision puts the document in the queue",
            Box::new(defer_and_queue),
        ),
        (
            "export a person's data, then erase them after typing their name",
            Box::new(export_and_erase),
        ),
        (
            "back up the caseload and restore it, keeping the caseload before",
            Box::new(backup_and_restore),
        ),
        (
            "measure re-checking on a two-page resume and idle memory",
            Box::new(measure),
        ),
    ];
    for (name, scenario) in &scenarios {
        match scenario(&session, &env, &mut figures) {
            Ok(()) => {
                passed += 1;
                println!("ok     {name}");
            }
            Err(e) => {
                failed += 1;
                println!("FAILED {name}: {e}");
                let shot = env.save_dir.join(format!("failure-{passed}-{failed}.png"));
                if picture(&session, &shot) {
                    println!("       screenshot: {}", shot.display());
                }
            }
        }
    }
    session.end();

    // Quit and launch again on the same database: the unsaved text typed above must be back.
    let name = "nothing typed is lost: the draft is back after quitting and relaunching";
    match driver.start(&env.app).and_then(|again| {
        let result = draft_after_restart(&again);
        again.end();
        result
    }) {
        Ok(()) => {
            passed += 1;
            println!("ok     {name}");
        }
        Err(e) => {
            failed += 1;
            println!("FAILED {name}: {e}");
        }
    }
    println!();
    for f in &figures {
        println!("measured: {f}");
    }
    println!("e2e: {passed} passed, {failed} failed");
    std::process::exit(i32::from(failed > 0));
}

/// Add a client from the caseload's name field and wait for the app to say so.
fn add_client(s: &Session, name: &str) -> Step {
    s.type_into("input[placeholder$=\"client's name\"]", name)?;
    s.click_text("button", "Add client")?;
    s.wait_text(
        "[data-testid=notice]",
        &format!("Added {name}"),
        Duration::from_secs(5),
    )
}

fn import_and_see_findings(s: &Session, _: &Env, _: &mut Vec<String>) -> Step {
    add_client(s, "Pat Example")?;
    // The dialog stand-in answers with the e2e fixture (JOBCOACH_TEST_OPEN_FILE).
    s.click_text("button", "Import file")?;
    s.wait_text(".workspace-head h2", "Pat Example", Duration::from_secs(10))?;
    s.wait_count(
        ".finding[data-rule=\"wording.repeated-word\"]",
        1,
        Duration::from_secs(5),
    )?;
    s.wait_count(
        ".finding[data-rule=\"template.placeholder-left\"]",
        1,
        Duration::from_secs(5),
    )?;
    let text = s.text(".cm-content")?;
    if !text.contains("the the dinner rush") {
        return Err(format!("the editor shows the imported text, got: {text}"));
    }
    // The picture of the workspace in the README is this moment.
    if let Ok(path) = std::env::var("JOBCOACH_E2E_SCREENSHOT") {
        std::thread::sleep(Duration::from_millis(300));
        if !picture(s, Path::new(&path)) {
            println!("       (no screenshot could be taken)");
        }
    }
    Ok(())
}

fn apply_suggestion_and_save(s: &Session, _: &Env, _: &mut Vec<String>) -> Step {
    s.click_text(
        ".finding[data-rule=\"wording.repeated-word\"] button.suggestion",
        "Keep one",
    )?;
    s.wait(
        Duration::from_secs(5),
        "the doubled word is gone from the editor",
        || Ok(!s.text(".cm-content")?.contains("the the")),
    )?;
    // The checklist refreshes from the live text.
    s.wait_count(
        ".finding[data-rule=\"wording.repeated-word\"]",
        0,
        Duration::from_secs(5),
    )?;
    s.type_into(
        "input[placeholder^=\"What changed\"]",
        "Fixed the doubled word",
    )?;
    s.click_text("button", "Save revision")?;
    s.wait_text(
        "[data-testid=notice]",
        "Saved revision 2",
        Duration::from_secs(5),
    )?;
    Ok(())
}

fn waive_then_approve(s: &Session, _: &Env, _: &mut Vec<String>) -> Step {
    let approve = s.find("[data-testid=approve]")?;
    if s.enabled(&approve)? {
        return Err("Approve must be disabled while a blocker is open".into());
    }
    s.wait_text(
        "[data-testid=approve-reason]",
        "must-fix item is still open",
        Duration::from_secs(3),
    )?;
    s.click_text(
        ".finding[data-rule=\"template.placeholder-left\"] button",
        "Waive",
    )?;
    s.type_into(
        ".waive-form input",
        "Agency fills in the employer before sending",
    )?;
    s.click_text(".waive-form button", "Waive")?;
    s.wait_text("[data-testid=notice]", "Waived", Duration::from_secs(5))?;
    s.wait(Duration::from_secs(5), "Approve becomes enabled", || {
        s.enabled(&s.find("[data-testid=approve]")?)
    })?;
    s.click("[data-testid=approve]")?;
    s.wait_text("[data-testid=status]", "Approved", Duration::from_secs(5))?;
    Ok(())
}

fn export_and_check_file(s: &Session, env: &Env, _: &mut Vec<String>) -> Step {
    s.click_text("button", "Export DOCX")?;
    s.wait_text("[data-testid=notice]", "Saved", Duration::from_secs(10))?;
    let file = env.save_dir.join("Pat_Example_Resume.docx");
    if !file.exists() {
        return Err(format!(
            "the approved export is at {} (no _DRAFT in its name)",
            file.display()
        ));
    }
    let back = jobcoach_core::import::import_file(&file)
        .map_err(|e| format!("the exported file imports: {e}"))?;
    if back.text.contains("the the") || !back.text.contains("during the dinner rush") {
        return Err(format!(
            "the exported file holds the approved revision, got:\n{}",
            back.text
        ));
    }
    if !back.facts.header_footer_text.is_empty() {
        return Err("an approved export carries no draft header".into());
    }
    // The Export tab: choose Classic, see it in the preview, save both kinds of file.
    s.click("[data-testid=export-tab]")?;
    s.wait_text(
        "[data-testid=export-preview]",
        "during the dinner rush",
        Duration::from_secs(5),
    )?;
    s.click("[data-testid=template-classic]")?;
    s.wait(Duration::from_secs(5), "the preview is drawn in Cambria", || {
        let html = s.execute_async(
            "const done = arguments[arguments.length - 1]; done(document.querySelector('[data-testid=export-preview]').innerHTML)",
            &[],
        )?;
        Ok(html.as_str().unwrap_or("").contains("Cambria"))
    })?;
    std::fs::remove_file(&file).map_err(|e| e.to_string())?;
    s.click("[data-testid=export-docx]")?;
    s.wait(
        Duration::from_secs(10),
        "the Classic file is written",
        || Ok(file.exists()),
    )?;
    let classic = jobcoach_core::import::import_file(&file)
        .map_err(|e| format!("the Classic export imports: {e}"))?;
    if classic.facts.fonts != vec!["Cambria".to_string()] || classic.text != back.text {
        return Err(format!(
            "the chosen template is used and the text is the same: {:?}",
            classic.facts.fonts
        ));
    }
    s.click("[data-testid=export-text]")?;
    let text_file = env.save_dir.join("Pat_Example_Resume.txt");
    s.wait(Duration::from_secs(10), "the plain text is written", || {
        Ok(text_file.exists())
    })?;
    let plain = std::fs::read_to_string(&text_file).map_err(|e| e.to_string())?;
    if !plain.starts_with("Pat Example")
        || plain.contains(['“', '”', '’', '•', '–'])
        || plain.lines().any(|l| l.chars().count() > 78)
    {
        return Err(format!("plain text for online forms, got:\n{plain}"));
    }
    Ok(())
}

fn draft_survives(s: &Session, _: &Env, _: &mut Vec<String>) -> Step {
    s.click(".cm-content")?;
    // Plain typing where the click put the caret (WebKitWebDriver's modifier keys on a
    // contenteditable are unreliable).
    s.send_keys(".cm-content", " Unsaved line typed in the meeting")?;
    s.wait_text(
        ".cm-content",
        "Unsaved line typed in the meeting",
        Duration::from_secs(3),
    )?;
    s.wait(
        Duration::from_secs(5),
        "the caseload marks unsaved work",
        || Ok(s.count(".pill.draft")? >= 1),
    )?;
    // Navigate away and back: the typed text must still be there.
    s.click_text(".document", "Resume for Target")?;
    s.wait_text(
        ".workspace-head h2",
        "Maria Delgado",
        Duration::from_secs(5),
    )?;
    s.click_xpath("//li[contains(@class,'client')][.//button[contains(@class,'client-name') and contains(.,'Pat Example')]]//button[contains(@class,'document')]")?;
    s.wait_text(
        ".cm-content",
        "Unsaved line typed in the meeting",
        Duration::from_secs(5),
    )?;
    s.wait_text(
        "[data-testid=notice]",
        "unsaved changes from last time",
        Duration::from_secs(5),
    )?;
    Ok(())
}

fn posting_and_profile(s: &Session, _: &Env, _: &mut Vec<String>) -> Step {
    let keywords = ".finding[data-rule=\"posting.missing-keywords\"]";
    s.click("[data-testid=target-tab]")?;
    s.type_into(
        "[data-testid=targets] input[placeholder=\"Kroger\"]",
        "Riverside Grill",
    )?;
    s.type_into(
        "[data-testid=posting]",
        // One line: WebKitWebDriver drops newlines typed into a textarea.
        "Grill cook wanted for catering. Grill and catering experience needed.",
    )?;
    s.click_text("[data-testid=targets] button", "Save target job")?;
    s.wait_text(
        "[data-testid=notice]",
        "Target job saved",
        Duration::from_secs(5),
    )?;
    // Saving shows the checklist again, re-checked with the posting.
    s.wait_count(keywords, 1, Duration::from_secs(5))
        .map_err(|e| format!("{e}; page errors: {}", page_errors(s)))?;
    // The editor keeps the unsaved line typed earlier: saving targets touches no text.
    s.wait_text(
        ".cm-content",
        "Unsaved line typed in the meeting",
        Duration::from_secs(2),
    )?;
    // The office profile (JOBCOACH_TEST_PROFILE_FILE stands in for the dialog) turns the
    // keyword rule off; the open document re-checks at once.
    s.click_text("button", "Settings")?;
    s.click_text(
        "[data-testid=profile-settings] button",
        "Choose an office profile",
    )?;
    s.wait_text(
        "[data-testid=profile-name]",
        "Eastside Library Job Help",
        Duration::from_secs(5),
    )?;
    s.wait_count(keywords, 0, Duration::from_secs(5))?;
    s.click_text(
        "[data-testid=profile-settings] button",
        "Use the standard checklist",
    )?;
    s.wait_count(keywords, 1, Duration::from_secs(5))?;
    s.click_text("button", "Settings")?;
    Ok(())
}

fn meeting_and_steps(s: &Session, env: &Env, _: &mut Vec<String>) -> Step {
    s.click("[data-testid=steps-tab]")?;
    s.click_text("[data-testid=coaching] button", "Start meeting")?;
    s.wait_text(
        "[data-testid=notice]",
        "Meeting started",
        Duration::from_secs(5),
    )?;
    s.type_into(
        "[data-testid=coaching] input[placeholder^=\"Add numbers\"]",
        "Bring two references",
    )?;
    s.click_text("[data-testid=coaching] button", "Add step")?;
    s.wait_text(".steps", "Bring two references", Duration::from_secs(5))?;
    s.type_into("[data-testid=meeting-note]", "Pat wants weekend shifts.")?;
    s.click_text("[data-testid=coaching] button", "End meeting")?;
    s.wait_text(
        "[data-testid=case-note]",
        "Case note",
        Duration::from_secs(5),
    )
    .map_err(|e| format!("{e}; page errors: {}", page_errors(s)))?;
    let note = s.execute_async(
        "const done = arguments[arguments.length - 1]; done(document.querySelector('[data-testid=case-note] textarea').value);",
        &[],
    )?;
    let note = note.as_str().unwrap_or_default().to_string();
    for says in [
        "Meeting with Pat Example",
        "Pat wants weekend shifts.",
        "Agreed an action step",
        "Bring two references",
    ] {
        if !note.contains(says) {
            return Err(format!("the case note says {says:?}, got:\n{note}"));
        }
    }
    s.click_text("[data-testid=coaching] button", "Save take-home list")?;
    s.wait_text(
        "[data-testid=notice]",
        "take-home list",
        Duration::from_secs(5),
    )?;
    let file = env.save_dir.join("Pat_Example_Next_Steps.docx");
    let list = jobcoach_core::import::import_file(&file)
        .map_err(|e| format!("the take-home list at {} opens: {e}", file.display()))?;
    if !list.text.contains("Bring two references") {
        return Err(format!(
            "the take-home list has the step, got:\n{}",
            list.text
        ));
    }
    s.click_text("[role=tab]", "Checklist")?;
    Ok(())
}

fn comments_and_history(s: &Session, _: &Env, _: &mut Vec<String>) -> Step {
    s.click_text(".document", "Resume for Target")?;
    s.wait_text(
        ".workspace-head h2",
        "Maria Delgado",
        Duration::from_secs(5),
    )?;
    s.click_text("[role=tab]", "Checklist")?;
    // "Show in text" selects a finding's words in the editor: the comment is about them.
    s.click(".finding button.link")?;
    s.click("[data-testid=comments-tab]")?;
    s.type_into(
        "[data-testid=comment-body]",
        "Say which store and how many staff",
    )?;
    s.click_text("[data-testid=comments] button", "Add comment")?;
    s.wait_text(
        "[data-testid=thread]",
        "Say which store",
        Duration::from_secs(5),
    )
    .map_err(|e| format!("{e}; page errors: {}", page_errors(s)))?;
    s.click_text("[data-testid=thread] button", "Reply")?;
    s.type_into("[data-testid=thread] input", "Target on Main St, 40 staff")?;
    s.click_text("[data-testid=thread] form button", "Reply")?;
    s.wait_text("[data-testid=thread]", "40 staff", Duration::from_secs(5))?;
    s.wait_text(
        "[data-testid=history]",
        "Left a comment",
        Duration::from_secs(5),
    )?;
    s.click_text("[role=tab]", "Checklist")?;
    Ok(())
}

fn defer_and_queue(s: &Session, _: &Env, _: &mut Vec<String>) -> Step {
    // Maria Delgado's resume is open (the comments scenario).
    s.click_text(".finding button", "Put off")?;
    s.wait_text(".finding .deferred", "Put off by", Duration::from_secs(5))
        .map_err(|e| format!("{e}; page errors: {}", page_errors(s)))?;
    // The job seeker brings a new revision (the dialog stand-in answers with a file).
    s.click_text(".review-actions button", "Import next revision")?;
    s.wait_text(
        "[data-testid=queue]",
        "New revision from the job seeker",
        Duration::from_secs(10),
    )
    .map_err(|e| format!("{e}; page errors: {}", page_errors(s)))?;
    s.wait_text(
        "[data-testid=queue]",
        "Maria Delgado",
        Duration::from_secs(2),
    )?;
    Ok(())
}

fn export_and_erase(s: &Session, env: &Env, _: &mut Vec<String>) -> Step {
    add_client(s, "Erin Erase")?;
    s.click_text(".client-actions button", "Export their data")?;
    s.wait_text(
        "[data-testid=notice]",
        "Saved everything",
        Duration::from_secs(5),
    )?;
    let zip = env.save_dir.join("Erin_Erase_jobcoach_data.zip");
    if !zip.exists() {
        return Err(format!("the archive is at {}", zip.display()));
    }
    s.click_text(".client-actions button", "Erase")?;
    s.type_into("[data-testid=erase-form] input", "Erin Erase")?;
    s.click_text("[data-testid=erase-form] button", "Erase Erin Erase")?;
    s.wait_text(
        "[data-testid=notice]",
        "were erased",
        Duration::from_secs(5),
    )?;
    s.wait(
        Duration::from_secs(5),
        "Erin is gone from the caseload",
        || Ok(!s.text(".clients")?.contains("Erin Erase")),
    )?;
    Ok(())
}

fn backup_and_restore(s: &Session, env: &Env, _: &mut Vec<String>) -> Step {
    s.click_text("button", "Settings")?;
    s.click_text(
        "[data-testid=backup-settings] button",
        "Back up the caseload",
    )?;
    s.wait_text("[data-testid=notice]", "Backed up", Duration::from_secs(10))?;
    let backup = std::fs::read_dir(&env.save_dir)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("jobcoach-backup-"))
        })
        .ok_or("a backup file was written")?;
    // The dialog stand-in restores from this name (JOBCOACH_TEST_RESTORE_FILE).
    std::fs::copy(&backup, env.save_dir.join("backup-to-restore.db")).map_err(|e| e.to_string())?;
    s.click_text(
        "[data-testid=backup-settings] button",
        "Restore from a backup",
    )?;
    s.wait_text(
        "[data-testid=notice]",
        "as it was before is kept",
        Duration::from_secs(10),
    )
    .map_err(|e| format!("{e}; page errors: {}", page_errors(s)))?;
    s.wait_count(".client", 4, Duration::from_secs(5))?;
    s.click_text("button", "Settings")?;
    Ok(())
}

/// Uncaught errors the page recorded (see ui/src/main.ts), and what the side pane shows.
fn page_errors(s: &Session) -> String {
    s.execute_async(
        "const done = arguments[arguments.length - 1]; done(JSON.stringify({ errors: window.__jobcoachErrors, pane: (document.querySelector('.side-pane') || {}).innerText?.slice(0, 200) }));",
        &[],
    )
    .map(|v| v.to_string())
    .unwrap_or_else(|e| e)
}

fn draft_after_restart(s: &Session) -> Step {
    s.wait_count(".client", 4, Duration::from_secs(20))?;
    s.wait_text(".pill.draft", "unsaved", Duration::from_secs(5))?;
    s.click_xpath("//li[contains(@class,'client')][.//button[contains(@class,'client-name') and contains(.,'Pat Example')]]//button[contains(@class,'document')]")?;
    s.wait_text(
        ".cm-content",
        "Unsaved line typed in the meeting",
        Duration::from_secs(5),
    )?;
    Ok(())
}

fn measure(s: &Session, env: &Env, figures: &mut Vec<String>) -> Step {
    let resume = std::fs::read_to_string(env.fixtures.join("two_page_resume.md"))
        .map_err(|e| e.to_string())?;
    let script = r#"
        const [text, done] = [arguments[0], arguments[arguments.length - 1]];
        const invoke = window.__TAURI_INTERNALS__.invoke;
        (async () => {
          const clients = await invoke("list_caseload", { search: "" });
          const id = clients.flatMap((c) => c.documents)[0].id;
          const times = [];
          for (let i = 0; i < 40; i++) {
            const t = performance.now();
            await invoke("check_text", { documentId: id, text: text + " x".repeat(i) });
            times.push(performance.now() - t);
          }
          times.sort((a, b) => a - b);
          done(times[20]);
        })().catch((e) => done("error: " + JSON.stringify(e)));
    "#;
    let median = s.execute_async(script, &[serde_json::Value::String(resume)])?;
    let ms = median
        .as_f64()
        .ok_or_else(|| format!("the timing script answered {median}"))?;
    figures.push(format!("re-check of a two-page resume from the webview (IPC round trip): median {ms:.2} ms per keystroke pause (target 16 ms)"));
    std::thread::sleep(Duration::from_secs(2));
    figures.push(format!(
        "idle memory of the app and its WebKit processes: {} MB",
        memory_mb(&env.app)
    ));
    Ok(())
}

/// A picture of the window: through WebDriver, or else of the whole Xvfb display with
/// ImageMagick's `import` where it is installed. Best effort.
fn picture(s: &Session, path: &Path) -> bool {
    if s.screenshot(path).is_ok() {
        return true;
    }
    let Ok(display) = std::env::var("JOBCOACH_E2E_DISPLAY") else {
        return false;
    };
    std::process::Command::new("import")
        .args([
            "-display",
            &display,
            "-window",
            "root",
            &path.display().to_string(),
        ])
        .status()
        .is_ok_and(|s| s.success())
}

/// Resident memory of the app and every process under it (WebKit runs the page in its own).
fn memory_mb(app: &Path) -> u64 {
    let name = app
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut parents: Vec<(u32, u32, String)> = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        let Some(close) = stat.rfind(')') else {
            continue;
        };
        let comm = stat[stat.find('(').map_or(0, |i| i + 1)..close].to_string();
        let ppid = stat[close + 2..]
            .split_whitespace()
            .nth(1)
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        parents.push((pid, ppid, comm));
    }
    let mut tree: Vec<u32> = parents
        .iter()
        .filter(|(_, _, c)| {
            name.starts_with(c.as_str()) || c.starts_with(&name[..name.len().min(15)])
        })
        .map(|p| p.0)
        .collect();
    let mut grew = true;
    while grew {
        grew = false;
        for (pid, ppid, _) in &parents {
            if tree.contains(ppid) && !tree.contains(pid) {
                tree.push(*pid);
                grew = true;
            }
        }
    }
    let kb: u64 = tree
        .iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
        .filter_map(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .sum();
    kb / 1024
}
