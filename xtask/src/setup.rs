//! Setting up what a fresh Debian 12 machine lacks: system packages (installed when we are
//! root, otherwise the exact command is printed), the UI's npm packages, and tauri-driver.

use crate::{root, Result};
use std::path::Path;
use std::process::Command;

/// Debian packages for building and testing the desktop app.
pub const DESKTOP_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libgtk-3-dev",
    "librsvg2-dev",
    "libsoup-3.0-dev",
    "libjavascriptcoregtk-4.1-dev",
    "libxdo-dev",
    "libssl-dev",
    "file",
];

/// LibreOffice opens every exported template in the rendering test and makes the Writer
/// fixtures; the fonts are metric twins of Cambria, Calibri and Arial, so pages break as
/// they do in Word; pdftoppm renders the pictures in docs/.
pub const LIBREOFFICE_PACKAGES: &[&str] = &[
    "libreoffice-writer-nogui",
    "fonts-crosextra-caladea",
    "fonts-crosextra-carlito",
    "fonts-liberation2",
    "poppler-utils",
];

/// Packages only the end-to-end tests need.
pub const E2E_PACKAGES: &[&str] = &["xvfb", "xauth", "webkit2gtk-driver"];

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}

pub fn system_packages(packages: &[&str]) -> Result {
    let missing: Vec<&str> = packages.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    if !is_root {
        return Err(format!(
            "missing system packages. Run:\n  sudo apt-get install -y {}",
            missing.join(" ")
        ));
    }
    println!("==> installing {}", missing.join(" "));
    let update = Command::new("apt-get")
        .args(["update", "-qq"])
        .status()
        .map_err(|e| e.to_string())?;
    if !update.success() {
        return Err("apt-get update failed".into());
    }
    let status = Command::new("apt-get")
        .args(["install", "-y", "-qq"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("apt-get install {} failed", missing.join(" ")))
    }
}

/// `npm ci` when ui/node_modules is missing or older than the lock file.
pub fn npm_packages() -> Result {
    let ui = root().join("ui");
    let stamp = ui.join("node_modules/.package-lock.json");
    let fresh = modified(&stamp)
        .zip(modified(&ui.join("package-lock.json")))
        .is_some_and(|(a, b)| a >= b);
    if fresh {
        return Ok(());
    }
    if Command::new("npm").arg("--version").output().is_err() {
        return Err(
            "npm is missing: install Node.js 20 or newer (Debian: apt-get install nodejs npm)"
                .into(),
        );
    }
    let mut c = Command::new("npm");
    c.args(["ci", "--no-audit", "--no-fund"]).current_dir(&ui);
    crate::step("install UI packages (npm ci)", c)
}

fn modified(p: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

pub fn build_ui() -> Result {
    npm_packages()?;
    let mut c = Command::new("npm");
    c.args(["run", "build"]).current_dir(root().join("ui"));
    crate::step("build the UI (vite)", c)
}

/// tauri-driver from crates.io (2.x), into cargo's bin directory.
pub fn tauri_driver() -> Result<std::path::PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let exe = home.join("bin/tauri-driver");
    if !exe.exists() {
        let mut c = crate::cargo();
        c.args(["install", "tauri-driver", "--version", "^2", "--locked"]);
        crate::step("install tauri-driver", c)?;
    }
    Ok(exe)
}
