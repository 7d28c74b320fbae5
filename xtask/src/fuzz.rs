//! `cargo xtask fuzz [SECONDS]`: each importer's fuzz target (fuzz/) for a bounded time,
//! starting from the committed seed corpus. What a run discovers goes to a scratch folder
//! under target/, so the working tree stays clean; a crash leaves its input in
//! fuzz/artifacts/ and fails the run.
//!
//! cargo fuzz wants a nightly compiler for its sanitizer flags. This machine has one stable
//! toolchain, so the targets are built without a sanitizer (the code is safe Rust: panics
//! and runaway memory are what we look for) and RUSTC_BOOTSTRAP lets the stable compiler
//! take the one unstable flag cargo fuzz still passes.

use crate::{root, step, Result};
use std::process::Command;

/// For a person looking for bugs on purpose.
pub const DEFAULT_SECONDS: u64 = 300;
/// In every `cargo xtask test`: long enough to shake out shallow bugs, short enough to keep
/// CI within its budget.
pub const CI_SECONDS: u64 = 30;

const TARGETS: &[&str] = &["import_docx", "import_markdown"];

pub fn run(seconds: u64) -> Result {
    let cargo_fuzz = install()?;
    for target in TARGETS {
        let scratch = root().join("target/fuzz-corpus").join(target);
        std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
        let mut c = Command::new(&cargo_fuzz);
        c.current_dir(root())
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["fuzz", "run", "--sanitizer", "none", target])
            .arg(&scratch)
            .arg(root().join("fuzz/corpus").join(target))
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            // Bounded memory: an input that makes the importer hold more than this fails.
            .arg("-rss_limit_mb=1024")
            .arg("-max_len=1048576")
            .arg("-print_final_stats=1");
        step(&format!("fuzz {target} for {seconds}s"), c)?;
    }
    Ok(())
}

/// cargo-fuzz from crates.io into cargo's bin directory, once.
pub fn install() -> Result<std::path::PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cargo")))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let exe = home.join("bin/cargo-fuzz");
    if !exe.exists() {
        let mut c = crate::cargo();
        c.args(["install", "cargo-fuzz", "--locked"]);
        step("install cargo-fuzz", c)?;
    }
    Ok(exe)
}
