//! End-to-end run: build the UI and the app, start Xvfb and tauri-driver with a fresh
//! database and the dialog stand-ins, run the scenarios, and always clean up.

use crate::{cargo, root, setup, Result};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// A helper process, started in its own process group so that it and everything it
/// started (tauri-driver starts WebKitWebDriver, which starts the app) stop when the run
/// ends, however it ends.
struct Background(Child);

impl Background {
    fn spawn(mut command: Command, what: &str) -> Result<Background> {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
        command
            .spawn()
            .map(Background)
            .map_err(|e| format!("could not start {what}: {e}"))
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let group = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        std::thread::sleep(Duration::from_millis(300));
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.0.wait();
    }
}

/// A display number no X server holds (no lock file, no socket).
fn free_display() -> u32 {
    (90..400)
        .find(|n| {
            !Path::new(&format!("/tmp/.X{n}-lock")).exists()
                && !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
        })
        .unwrap_or(99)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(4444)
}

fn wait_for_port(port: u16, timeout: Duration) -> Result {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(format!(
        "nothing listened on port {port} within {timeout:?}"
    ))
}

/// Returns (passed, failed) as the e2e binary reported them.
pub fn run(screenshot: Option<&str>) -> Result<(usize, usize)> {
    setup::system_packages(setup::DESKTOP_PACKAGES)?;
    setup::system_packages(setup::E2E_PACKAGES)?;
    setup::build_ui()?;
    let driver = setup::tauri_driver()?;
    let mut build = cargo();
    build.args(["build", "-p", "jobcoach-desktop", "-p", "jobcoach-e2e"]);
    crate::step("build the desktop app and the e2e driver", build)?;

    let work = std::env::temp_dir().join(format!("jobcoach-e2e-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let save_dir = work.join("exports");
    std::fs::create_dir_all(&save_dir).map_err(|e| e.to_string())?;

    // A display of our own, so the run never touches a person's screen.
    let number = free_display();
    let display = format!(":{number}");
    let mut xvfb = Command::new("Xvfb");
    xvfb.args([
        display.as_str(),
        "-screen",
        "0",
        "1400x900x24",
        "-nolisten",
        "tcp",
    ]);
    let _xvfb = Background::spawn(xvfb, "Xvfb")?;
    let socket = format!("/tmp/.X11-unix/X{number}");
    let deadline = Instant::now() + Duration::from_secs(15);
    while !Path::new(&socket).exists() {
        if Instant::now() > deadline {
            return Err(format!("Xvfb did not open display {display}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }

    let port = free_port();
    let native_port = free_port();
    let native = which("WebKitWebDriver")
        .ok_or("WebKitWebDriver is missing (Debian package webkit2gtk-driver)")?;
    let mut driver_cmd = Command::new(&driver);
    driver_cmd
        .args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
            "--native-driver",
            &native,
        ])
        .env("DISPLAY", &display)
        .env("JOBCOACH_DB", work.join("jobcoach.db"))
        .env(
            "JOBCOACH_TEST_OPEN_FILE",
            root().join("tests/fixtures/e2e_resume_pandoc.docx"),
        )
        .env("JOBCOACH_TEST_SAVE_DIR", &save_dir)
        .env(
            "JOBCOACH_TEST_RESTORE_FILE",
            save_dir.join("backup-to-restore.db"),
        )
        .env(
            "JOBCOACH_TEST_PROFILE_FILE",
            root().join("tests/fixtures/office_profile.toml"),
        )
        .env("JOBCOACH_USER", "E2E Specialist")
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    let _driver = Background::spawn(driver_cmd, "tauri-driver")?;
    // tauri-driver listens at once but starts WebKitWebDriver behind it; a session asked
    // for before that one listens is refused. Wait for both.
    wait_for_port(port, Duration::from_secs(20))?;
    wait_for_port(native_port, Duration::from_secs(20))?;

    println!("\n==> end-to-end scenarios (real app, real webview)");
    let mut e2e = Command::new(root().join("target/debug/jobcoach-e2e"));
    e2e.env(
        "JOBCOACH_E2E_APP",
        root().join("target/debug/jobcoach-desktop"),
    )
    .env("JOBCOACH_E2E_DRIVER", format!("http://127.0.0.1:{port}"))
    .env("JOBCOACH_TEST_SAVE_DIR", &save_dir)
    .env("JOBCOACH_E2E_DISPLAY", &display);
    if let Some(path) = screenshot {
        e2e.env("JOBCOACH_E2E_SCREENSHOT", path);
    }
    let out = e2e.output().map_err(|e| e.to_string())?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    let tally = stdout
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("e2e: "))
        .and_then(|rest| {
            let mut nums = rest
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .map(|n| n.parse::<usize>().ok());
            Some((nums.next()??, nums.next()??))
        })
        .ok_or("the e2e run printed no tally")?;
    if !out.status.success() || tally.1 > 0 {
        return Err(format!(
            "end-to-end scenarios failed ({} failed); screenshots of failures are in {}",
            tally.1,
            save_dir.display()
        ));
    }
    let _ = std::fs::remove_dir_all(&work);
    Ok(tally)
}

pub fn which(name: &str) -> Option<String> {
    std::env::var_os("PATH")?
        .to_string_lossy()
        .split(':')
        .map(|d| std::path::Path::new(d).join(name))
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
}
