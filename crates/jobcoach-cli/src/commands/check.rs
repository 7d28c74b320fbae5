//! The commands that need no caseload: `check` and `rules` over files and the catalogue,
//! and the standalone `export` of any file as a draft. They read files and print; they
//! never open the database.

use crate::args::{Format, Kind, OutputFormat, RulesFormat, TargetArgs};
use crate::inputs::{self, load_profile, named};
use crate::output;
use crate::writer::{out, outln, Out};
use crate::Exit;
use jobcoach_core::checklist::catalogue;
use jobcoach_core::clock::SystemClock;
use jobcoach_core::export::{ExportFormat, Template};
use jobcoach_core::workflow::{export_file, FileExport};
use jobcoach_core::Error;
use std::path::{Path, PathBuf};

/// `check`: the exit code is the answer (0 no blocker, 1 a blocker, 2 a file unreadable).
pub fn check(
    files: &[PathBuf],
    target: TargetArgs,
    profile: Option<&Path>,
    format: Format,
    out: &mut Out,
) -> Result<Exit, Error> {
    let kind = target.kind.map(Into::into);
    let context = inputs::context(target)?;
    let profile = load_profile(profile)?;
    Ok(output::check(
        files,
        kind,
        &context,
        &profile,
        format == Format::Json,
        out,
    ))
}

/// `rules`: the catalogue as the profile makes it.
pub fn rules(format: RulesFormat, profile: Option<&Path>, out: &mut Out) -> Result<Exit, Error> {
    let profile = load_profile(profile)?;
    match format {
        RulesFormat::Markdown => out!(out, "{}", catalogue::markdown(&profile)),
        RulesFormat::Json => output::rules(&profile, true, out),
        RulesFormat::Text => output::rules(&profile, false, out),
    }
    Ok(Exit::Success)
}

/// `export FILE`: any file as a draft DOCX or plain text; prints where it went.
pub fn export(
    file: &Path,
    to: &Path,
    name: Option<String>,
    kind: Option<Kind>,
    template: Template,
    format: OutputFormat,
    out: &mut Out,
) -> Result<Exit, Error> {
    let path = export_draft(file, to, name, kind, template, format.into())?;
    outln!(out, "{}", path.display());
    Ok(Exit::Success)
}

/// The core's file export, with an import error that names the file.
fn export_draft(
    file: &Path,
    to: &Path,
    name: Option<String>,
    kind: Option<Kind>,
    template: Template,
    format: ExportFormat,
) -> Result<PathBuf, Error> {
    let request = FileExport {
        file,
        out: to,
        name,
        kind: kind.map(Into::into),
        template,
        format,
    };
    export_file(request, &SystemClock).map_err(|e| match e {
        Error::Import(e) => named(file, e),
        other => other,
    })
}
