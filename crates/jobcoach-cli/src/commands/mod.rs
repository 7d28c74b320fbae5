//! One function per command, grouped by what the command is about. Each parses nothing
//! (clap did) and decides nothing the core could decide: it calls the core and prints.

mod caseload;
mod check;
mod coaching;
mod doc;
mod settings;

use crate::args::{Cli, Command};
use crate::writer::Out;
use crate::Exit;
use jobcoach_core::Error;

/// Runs the command. `Ok` carries the exit code the command chose (check's answer, or a
/// refusal it worded itself); `Err` is mapped to one in `main`.
pub fn run(cli: Cli, out: &mut Out) -> Result<Exit, Error> {
    let db = cli.db;
    match cli.command {
        Command::Check {
            files,
            target,
            profile,
            format,
        } => check::check(&files, target, profile.as_deref(), format, out),
        Command::Rules { format, profile } => check::rules(format, profile.as_deref(), out),
        Command::Export {
            file,
            out: to,
            name,
            kind,
            template,
            format,
        } => check::export(&file, &to, name, kind, template, format, out),
        Command::Backup { path } => settings::backup(db, &path, out),
        Command::Restore { path, erase_again } => settings::restore(db, &path, erase_again, out),
        Command::Profile { command } => settings::profile(db, command, out),
        Command::Queue => caseload::queue(db, out),
        Command::Client { command } => caseload::client(db, command, out),
        Command::Step { command } => coaching::step(db, command, out),
        Command::Meeting { command } => coaching::meeting(db, command, out),
        Command::Doc { command } => doc::doc(db, command, out),
    }
}
