//! `cargo xtask <command>`: the project's own build tool, so a newcomer needs two commands.
//!
//! - `test`: set up what is missing, then run every test layer: format, lints, Rust unit,
//!   store, golden, CLI and IPC-drift tests, the UI's type check and Vitest, and the
//!   end-to-end scenarios in the real app under Xvfb.
//! - `run`: set up what is missing and open the desktop app on the local database (with a
//!   sample caseload the first time).
//! - `setup`: install what a fresh Debian 12 machine lacks (system packages as root, the
//!   UI's npm packages, tauri-driver); `test` and `run` do this themselves.
//! - `e2e`: only the end-to-end scenarios (`--screenshot PATH` saves the final window).
//! - `bench`: in-process benchmarks (divan), long text (1 MB and 10 MB), and the CLI over
//!   200 resumes and cold start.
//! - `goldens` / `bindings`: regenerate golden snapshots / the UI's TypeScript IPC types;
//!   review the diff like code.
//! - `fixtures`: convert the LibreOffice Writer sources in tests/fixtures/libreoffice to
//!   DOCX with LibreOffice itself. `pictures`: render each export template's first page to
//!   docs/templates for the README.
//! - `soak [ROUNDS]`: the crash loop (the CLI killed mid-save, default 500 rounds) and the
//!   concurrency tests, at length and in release; CI runs a short crash loop in `test`.
//! - `fuzz [SECONDS]`: run the DOCX and Markdown importers' fuzz targets (cargo fuzz).

mod e2e;
mod fuzz;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(),
        Some("run") => run(),
        Some("bench") => bench(),
        Some("goldens") => goldens(),
        Some("fixtures") => fixtures(),
        Some("pictures") => pictures(),
        Some("fuzz") => fuzz::run(
            args.get(1)
                .and_then(|s| s.parse().ok())
                .unwrap_or(fuzz::DEFAULT_SECONDS),
        ),
        Some("bindings") => bindings(),
        Some("soak") => soak(args.get(1).map(String::as_str).unwrap_or("500")),
        Some("setup") => setup(),
        Some("e2e") => {
            let shot = args
                .iter()
                .position(|a| a == "--screenshot")
                .and_then(|i| args.get(i + 1))
                .map(String::as_str);
            e2e::run(shot).map(|(p, f)| println!("e2e: {p} passed, {f} failed"))
        }
        _ => {
            eprintln!(
                "usage: cargo xtask <test|run|setup|e2e|bench|soak|goldens|bindings|fixtures|pictures|fuzz>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) type Result<T = ()> = std::result::Result<T, String>;

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

pub(crate) fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

/// Run a command, echoing it; fail with its name if it fails.
pub(crate) fn step(title: &str, mut command: Command) -> Result {
    println!("\n==> {title}");
    let started = Instant::now();
    let status = command
        .status()
        .map_err(|e| format!("{title}: could not start: {e}"))?;
    if !status.success() {
        return Err(format!("{title} failed ({status})"));
    }
    println!("    ({title}: {:.1}s)", started.elapsed().as_secs_f64());
    Ok(())
}

/// The shared corpus of real DOCX files sits beside the repository (../shared). Without it
/// the corpus test cannot prove anything, so say so plainly.
fn check_shared_corpus() -> Result {
    let corpus = root().join("../shared/corpus/wild-docx");
    if corpus.is_dir() {
        Ok(())
    } else {
        Err(format!(
            "the shared DOCX corpus is missing at {}: clone the project beside ../shared",
            corpus.display()
        ))
    }
}

fn test() -> Result {
    check_shared_corpus()?;
    setup::system_packages(setup::DESKTOP_PACKAGES)?;
    setup::system_packages(setup::E2E_PACKAGES)?;
    setup::system_packages(setup::LIBREOFFICE_PACKAGES)?;
    // The desktop crate embeds ui/dist at compile time, so the UI is built first.
    setup::build_ui()?;
    let mut fmt = cargo();
    fmt.args(["fmt", "--all", "--check"]);
    step("format (cargo fmt --check)", fmt)?;
    let mut clippy = cargo();
    clippy.args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    step("lints (cargo clippy -D warnings)", clippy)?;
    let mut tests = cargo();
    tests.args(["test", "--workspace"]);
    // Goldens and IPC bindings must match what is committed; never rewrite them here.
    tests
        .env("INSTA_UPDATE", "no")
        .env("CI", "true")
        // LibreOffice was installed above: the rendering test must run, not skip.
        .env("JOBCOACH_REQUIRE_LIBREOFFICE", "1")
        .env_remove("JOBCOACH_WRITE_BINDINGS");
    let (mut passed, mut failed) = counted(
        "unit, store, golden, CLI and IPC-drift tests (cargo test)",
        tests,
    )?;
    let mut check = Command::new("npm");
    check.args(["run", "check"]).current_dir(root().join("ui"));
    step("UI type check (svelte-check)", check)?;
    let mut vitest = Command::new("npm");
    vitest
        .args(["test", "--", "--reporter=verbose"])
        .current_dir(root().join("ui"));
    let (p, f) = counted_vitest("UI tests (Vitest)", vitest)?;
    passed += p;
    failed += f;
    // The importers meet random bytes for a bounded time; a crash fails the run.
    fuzz::run(fuzz::CI_SECONDS)?;
    let mut bench_build = cargo();
    bench_build.args(["bench", "--workspace", "--no-run"]);
    step("benchmarks compile", bench_build)?;
    let (p, f) = e2e::run(None)?;
    passed += p;
    failed += f;
    println!("\nAll test layers passed.");
    println!("tests: {passed} passed, {failed} failed");
    Ok(())
}

/// Run Vitest and read its "Tests  N passed" summary.
fn counted_vitest(title: &str, mut command: Command) -> Result<(usize, usize)> {
    println!("\n==> {title}");
    let out = command.output().map_err(|e| format!("{title}: {e}"))?;
    let text = strip_ansi(&String::from_utf8_lossy(&out.stdout));
    print!("{text}");
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("Tests "))
        .unwrap_or("");
    let number = |word: &str| count_before(line, word).unwrap_or(0);
    let (passed, failed) = (number("passed"), number("failed"));
    if !out.status.success() || failed > 0 || passed == 0 {
        return Err(format!("{title} failed ({passed} passed, {failed} failed)"));
    }
    Ok((passed, failed))
}

/// Text without terminal colour codes (ESC [ ... letter), which runners add when they
/// think a person is watching.
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The number just before `word` in a runner's summary: "12 passed; 0 failed" (cargo),
/// "Tests  18 passed (18)" and "1 failed | 17 passed" (Vitest).
fn count_before(summary: &str, word: &str) -> Option<usize> {
    summary.split([';', '|', '(', ',']).find_map(|part| {
        part.trim()
            .strip_suffix(word)?
            .trim()
            .rsplit(' ')
            .next()?
            .parse()
            .ok()
    })
}

/// Run `cargo test`, passing its output through, and add up its "test result" lines so
/// the run ends with one total.
fn counted(title: &str, mut command: Command) -> Result<(usize, usize)> {
    use std::io::{BufRead, BufReader};
    println!("\n==> {title}");
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("{title}: {e}"))?;
    let (mut passed, mut failed) = (0, 0);
    for line in BufReader::new(child.stdout.take().expect("piped")).lines() {
        let line = line.map_err(|e| e.to_string())?;
        println!("{line}");
        if let Some(rest) = line.strip_prefix("test result: ") {
            let number = |word: &str| count_before(rest, word);
            passed += number("passed").unwrap_or(0);
            failed += number("failed").unwrap_or(0);
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if !status.success() || failed > 0 {
        println!("tests: {passed} passed, {failed} failed");
        return Err(format!("{title} failed ({status})"));
    }
    Ok((passed, failed))
}

fn goldens() -> Result {
    let mut c = cargo();
    c.args(["test", "-p", "jobcoach-tests", "--", "goldens", "fidelity"])
        .env("INSTA_UPDATE", "always");
    step("regenerate goldens", c)?;
    println!("Review with: git diff tests/snapshots");
    Ok(())
}

/// The LibreOffice fixtures, made by LibreOffice from the flat ODT sources beside them.
fn fixtures() -> Result {
    setup::system_packages(setup::LIBREOFFICE_PACKAGES)?;
    let dir = root().join("tests/fixtures/libreoffice");
    let out = std::env::temp_dir().join("jobcoach-fixtures");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let sources: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| e.to_string())?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "fodt"))
        .collect();
    let mut c = Command::new("soffice");
    c.args([
        "--headless",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
    ])
    .arg(&out)
    .args(&sources);
    step("convert the Writer sources (soffice)", c)?;
    for source in &sources {
        let stem = source.file_stem().unwrap_or_default().to_string_lossy();
        std::fs::copy(
            out.join(format!("{stem}.docx")),
            dir.join(format!("{stem}_libreoffice.docx")),
        )
        .map_err(|e| format!("{stem}: {e}"))?;
    }
    println!("Review with: cargo xtask goldens && git diff tests/snapshots");
    Ok(())
}

/// docs/templates/*.png: the rendering test's PDFs, first pages.
fn pictures() -> Result {
    setup::system_packages(setup::LIBREOFFICE_PACKAGES)?;
    let mut c = cargo();
    c.args(["test", "-p", "jobcoach-tests", "--", "rendering"])
        .env("JOBCOACH_WRITE_PICTURES", "1")
        .env("JOBCOACH_REQUIRE_LIBREOFFICE", "1");
    step("render each template's first page", c)?;
    println!("Look at them in docs/templates/");
    Ok(())
}

/// Build and open the desktop app on the shared local database; on first run the app adds
/// a sample caseload itself.
fn run() -> Result {
    setup::system_packages(setup::DESKTOP_PACKAGES)?;
    setup::build_ui()?;
    let mut build = cargo();
    build.args(["build", "-p", "jobcoach-desktop"]);
    step("build the desktop app", build)?;
    println!(
        "\n==> opening jobcoach (database: {})",
        std::env::var("JOBCOACH_DB").unwrap_or_else(|_| "your data directory".into())
    );
    let status = Command::new(root().join("target/debug/jobcoach-desktop"))
        .status()
        .map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("jobcoach exited with {status}"))
    }
}

fn setup() -> Result {
    setup::system_packages(setup::DESKTOP_PACKAGES)?;
    setup::system_packages(setup::E2E_PACKAGES)?;
    setup::system_packages(setup::LIBREOFFICE_PACKAGES)?;
    setup::npm_packages()?;
    setup::tauri_driver()?;
    fuzz::install()?;
    println!("Everything jobcoach needs is installed.");
    Ok(())
}

fn bindings() -> Result {
    let mut c = cargo();
    c.args(["test", "-p", "jobcoach-desktop", "typescript_bindings"])
        .env("JOBCOACH_WRITE_BINDINGS", "1");
    step("regenerate ui/src/ipc/bindings", c)?;
    println!("Review with: git diff ui/src/ipc/bindings");
    Ok(())
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Long runs of what CI runs briefly: kills at random moments of a save, then several
/// writers and a restore at once, ten times over.
fn soak(rounds: &str) -> Result {
    let mut crash = cargo();
    crash
        .args(["test", "--release", "-p", "jobcoach-cli", "--test", "crash"])
        .args(["--", "--nocapture"])
        .env("JOBCOACH_CRASH_ROUNDS", rounds);
    step(&format!("crash loop, {rounds} rounds"), crash)?;
    for n in 1..=10 {
        let mut concurrency = cargo();
        concurrency.args([
            "test",
            "--release",
            "-p",
            "jobcoach-tests",
            "--test",
            "tests",
            "concurrency",
        ]);
        step(
            &format!("writers and restores at once, run {n} of 10"),
            concurrency,
        )?;
    }
    Ok(())
}

fn bench() -> Result {
    let mut divan = cargo();
    divan.args(["bench", "-p", "jobcoach-core", "--bench", "pipeline"]);
    step(
        "in-process benchmarks (divan; see the median column)",
        divan,
    )?;

    let mut scale = cargo();
    scale.args(["bench", "-p", "jobcoach-core", "--bench", "scale"]);
    step(
        "a caseload of 2,000 clients, 10,000 documents and 100,000 revisions",
        scale,
    )?;

    let mut long = cargo();
    long.args(["bench", "-p", "jobcoach-core", "--bench", "long_text"]);
    step(
        "long text: import+check of 1 MB and 10 MB, one line and many (time, peak memory)",
        long,
    )?;

    let mut build = cargo();
    build.args(["build", "--release", "-p", "jobcoach-cli"]);
    step("build the CLI (release)", build)?;
    let exe = root().join("target/release/jobcoach");
    let fixtures = root().join("tests/fixtures");
    let sources = [
        "maria_delgado_resume.md",
        "clean_resume.md",
        "two_page_resume.md",
        "james_carter_resume.txt",
        "rosa_martinez_resume_pandoc.docx",
        "kevin_nguyen_resume_python_docx.docx",
    ];
    let dir = std::env::temp_dir().join(format!("jobcoach-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut files = Vec::new();
    for i in 0..200 {
        let src = fixtures.join(sources[i % sources.len()]);
        let dest = dir.join(format!(
            "resume_{i:03}.{}",
            src.extension().unwrap().to_string_lossy()
        ));
        std::fs::copy(&src, &dest).map_err(|e| e.to_string())?;
        files.push(dest);
    }
    let time = |args: &[PathBuf]| -> Result<Duration> {
        let t = Instant::now();
        let out = Command::new(&exe)
            .arg("check")
            .args(args)
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.code() == Some(2) {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned());
        }
        Ok(t.elapsed())
    };
    time(&files)?; // warm the file cache
    let batch = median((0..7).map(|_| time(&files)).collect::<Result<Vec<_>>>()?);
    let one = [fixtures.join("clean_resume.md")];
    let cold = median((0..21).map(|_| time(&one)).collect::<Result<Vec<_>>>()?);
    let _ = std::fs::remove_dir_all(&dir);
    println!("\n==> CLI (median of runs)");
    println!(
        "    jobcoach check over 200 resumes: {:>8.1} ms   (target < 500 ms)",
        batch.as_secs_f64() * 1e3
    );
    println!(
        "    cold start, one resume:          {:>8.1} ms   (target < 50 ms)",
        cold.as_secs_f64() * 1e3
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{count_before, strip_ansi};

    #[test]
    fn reads_coloured_output() {
        let coloured = "\u{1b}[2m      Tests \u{1b}[22m \u{1b}[1m\u{1b}[32m18 passed\u{1b}[39m\u{1b}[22m\u{1b}[90m (18)\u{1b}[39m";
        let plain = strip_ansi(coloured);
        assert!(plain.trim_start().starts_with("Tests "), "{plain:?}");
        assert_eq!(count_before(&plain, "passed"), Some(18));
    }

    #[test]
    fn reads_runner_summaries() {
        let cargo = "ok. 12 passed; 1 failed; 0 ignored";
        assert_eq!(
            (count_before(cargo, "passed"), count_before(cargo, "failed")),
            (Some(12), Some(1))
        );
        let vitest = "      Tests  1 failed | 17 passed (18)";
        assert_eq!(
            (
                count_before(vitest, "passed"),
                count_before(vitest, "failed")
            ),
            (Some(17), Some(1))
        );
        assert_eq!(count_before("Tests  18 passed (18)", "failed"), None);
    }
}
