//! `cargo xtask <command>`: the project's own build tool, so a newcomer needs two commands.
//!
//! - `test`: set up what is missing, then run every test layer (format, lints, unit,
//!   store, golden, CLI tests).
//! - `run`: set up what is missing and open jobcoach on the local database with a sample
//!   caseload.
//! - `bench`: measure the in-process benchmarks (divan) and the CLI over 200 resumes and
//!   cold start; prints medians.
//! - `goldens`: regenerate the golden snapshots; review the diff like code.

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
        _ => {
            eprintln!("usage: cargo xtask <test|run|bench|goldens>");
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

type Result<T = ()> = std::result::Result<T, String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

/// Run a command, echoing it; fail with its name if it fails.
fn step(title: &str, mut command: Command) -> Result {
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
    // Goldens must match what is committed; never rewrite them during a test run.
    tests.env("INSTA_UPDATE", "no").env("CI", "true");
    let (passed, failed) = counted("unit, store, golden and CLI tests (cargo test)", tests)?;
    let mut bench_build = cargo();
    bench_build.args(["bench", "--workspace", "--no-run"]);
    step("benchmarks compile", bench_build)?;
    println!("\nAll test layers passed.");
    println!("tests: {passed} passed, {failed} failed");
    Ok(())
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
            let number = |word: &str| {
                rest.split(';').find_map(|part| {
                    part.trim()
                        .strip_suffix(word)?
                        .trim()
                        .rsplit(' ')
                        .next()?
                        .parse::<usize>()
                        .ok()
                })
            };
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
    c.args(["test", "-p", "jobcoach-tests", "goldens"])
        .env("INSTA_UPDATE", "always");
    step("regenerate goldens", c)?;
    println!("Review with: git diff tests/snapshots");
    Ok(())
}

/// The desktop window arrives with the desktop issue; until then `run` prepares the same
/// local database the app will use, with the sample caseload, and shows it with the CLI.
fn run() -> Result {
    let mut build = cargo();
    build.args(["build", "--release", "-p", "jobcoach-cli"]);
    step("build jobcoach", build)?;
    let exe = root().join("target/release/jobcoach");
    let db = std::env::var_os("JOBCOACH_DB").map(PathBuf::from);
    let db_args: Vec<String> = db
        .iter()
        .flat_map(|p| ["--db".to_string(), p.display().to_string()])
        .collect();
    let list = Command::new(&exe)
        .args(&db_args)
        .args(["client", "list"])
        .output()
        .map_err(|e| e.to_string())?;
    if !list.status.success() {
        return Err(String::from_utf8_lossy(&list.stderr).into_owned());
    }
    if list.stdout.is_empty() {
        println!("\n==> The database is empty: adding a sample caseload");
        seed_sample_caseload(&exe, &db_args)?;
    }
    println!("\n==> Caseload");
    step("jobcoach client list", {
        let mut c = Command::new(&exe);
        c.args(&db_args).args(["client", "list"]);
        c
    })?;
    println!(
        "\nThe desktop window is not built yet (it is the next piece of work). Meanwhile every\n\
         action is in the CLI: {} --help",
        exe.display()
    );
    Ok(())
}

/// Three clients with typical faults; one document with a few revisions, one approved.
fn seed_sample_caseload(exe: &Path, db_args: &[String]) -> Result {
    let fixtures = root().join("tests/fixtures");
    let jc = |args: &[&str]| -> Result<String> {
        let out = Command::new(exe)
            .args(db_args)
            .args(args)
            .env("JOBCOACH_USER", "Sample Specialist")
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(format!(
                "jobcoach {}: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let f = |name: &str| fixtures.join(name).display().to_string();
    let maria = jc(&["client", "add", "Maria Delgado"])?;
    jc(&[
        "doc",
        "import",
        &maria,
        &f("maria_delgado_resume.md"),
        "--note",
        "First meeting",
    ])?;
    let james = jc(&["client", "add", "James Carter"])?;
    jc(&[
        "doc",
        "import",
        &james,
        &f("james_carter_resume.txt"),
        "--note",
        "Brought from home",
    ])?;
    let aisha = jc(&["client", "add", "Aisha Khan"])?;
    let letter = jc(&[
        "doc",
        "import",
        &aisha,
        &f("aisha_khan_letter.md"),
        "--kind",
        "cover-letter",
        "--employer",
        "Lakeview Clinic",
    ])?;
    let tmp = std::env::temp_dir().join("jobcoach-sample-letter-v2.md");
    let fixed = std::fs::read_to_string(fixtures.join("aisha_khan_letter.md"))
        .map_err(|e| e.to_string())?
        .replace("[Company Name]", "Lakeview Clinic");
    std::fs::write(&tmp, fixed).map_err(|e| e.to_string())?;
    jc(&[
        "doc",
        "revise",
        &letter,
        &tmp.display().to_string(),
        "--note",
        "Named the clinic",
    ])?;
    jc(&[
        "doc",
        "approve",
        &letter,
        "--revision",
        "2",
        "--by",
        "Sample Specialist",
        "--waive",
        "letter.generic-salutation=The clinic does not publish a contact name",
    ])?;
    Ok(())
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn bench() -> Result {
    let mut divan = cargo();
    divan.args(["bench", "-p", "jobcoach-core", "--bench", "pipeline"]);
    step(
        "in-process benchmarks (divan; see the median column)",
        divan,
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
