//! `jobcoach`: the command line over jobcoach-core. It parses arguments, calls the core and
//! prints; every rule of the product lives in the core. Exit status: 0 fine, 1 a blocker was
//! found (check) or a request was refused, 2 a file or the database could not be read, or
//! anything else went wrong (stderr says which and why). Nothing else ever comes out: not
//! 101 for a panic, and not a panic for a reader that closed the pipe early.

mod args;
mod commands;
mod inputs;
mod output;
mod writer;

use clap::Parser;
use jobcoach_core::ErrorCode;
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use writer::{errln, Out};

/// How a command ended: the only exit codes jobcoach gives (clap's own, 0 for `--help` and
/// 2 for a command line it cannot read, are the same ones).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Exit {
    /// 0: done; for `check`, no blocker.
    Success = 0,
    /// 1: `check` found a blocker, or the request was refused or named nothing known.
    Blocked = 1,
    /// 2: a file or the database could not be read, or something else went wrong.
    Failed = 2,
}

fn main() -> ExitCode {
    // A panic is a bug, but a script still gets a documented code and one readable line
    // (not a backtrace): the hook says it, and `guarded` turns it into exit 2.
    panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| (l.file(), l.line()));
        let line = panic_line(info.payload_as_str().unwrap_or("unknown cause"), at);
        Out::stdio().error(format_args!("{line}"));
    }));
    let mut out = Out::stdio();
    let exit = guarded(|| run(&mut out));
    let exit = match out.finish() {
        Some(e) => {
            Out::stdio().error(format_args!("could not write the output: {e}"));
            Exit::Failed
        }
        None => exit,
    };
    ExitCode::from(exit as u8)
}

/// Runs `f`; a panic in it ends as exit 2 instead of Rust's 101.
fn guarded(f: impl FnOnce() -> Exit) -> Exit {
    panic::catch_unwind(AssertUnwindSafe(f)).unwrap_or(Exit::Failed)
}

/// What stderr says about a panic: one line, whatever the message held.
fn panic_line(what: &str, at: Option<(&str, u32)>) -> String {
    let at = at.map_or_else(String::new, |(file, line)| format!(" at {file}:{line}"));
    format!(
        "internal error{at}: {}; please report it",
        what.replace('\n', " ")
    )
}

/// Parses the command line, runs the command and maps a core error to its exit code.
fn run(out: &mut Out) -> Exit {
    let cli = args::Cli::parse();
    match commands::run(cli, out) {
        Ok(exit) => exit,
        Err(e) => {
            errln!(out, "{e}");
            match e.code() {
                ErrorCode::BadFile | ErrorCode::DatabaseTooNew | ErrorCode::Internal => {
                    Exit::Failed
                }
                ErrorCode::NotFound | ErrorCode::Refused | ErrorCode::NeedsConfirmation => {
                    Exit::Blocked
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_ends_as_exit_2() {
        // The default hook would print a backtrace into the test output; this test only
        // needs the code.
        panic::set_hook(Box::new(|_| {}));
        let exit = guarded(|| panic!("boom"));
        let _ = panic::take_hook();
        assert_eq!(exit, Exit::Failed, "a panic is exit 2, never 101");
        assert_eq!(
            guarded(|| Exit::Blocked),
            Exit::Blocked,
            "no panic: the command's code"
        );
    }

    #[test]
    fn a_panic_is_told_in_one_line() {
        let line = panic_line("two\nlines", Some(("src/x.rs", 3)));
        assert_eq!(
            line, "internal error at src/x.rs:3: two lines; please report it",
            "stderr gets one line a script can log"
        );
    }

    #[test]
    fn the_exit_codes_are_the_documented_ones() {
        let codes = [Exit::Success, Exit::Blocked, Exit::Failed].map(|e| e as u8);
        assert_eq!(codes, [0, 1, 2], "README and --help promise 0, 1 and 2");
    }
}
