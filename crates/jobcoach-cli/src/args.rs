//! The command line as clap sees it: every command, flag and help line. Nothing here runs;
//! `commands` does. The flags and their help are an interface (scripts and the README use
//! them), so change them only on purpose.

use clap::{Args, Parser, Subcommand, ValueEnum};
use jobcoach_core::export::{ExportFormat, Template};
use jobcoach_core::DocumentKind;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "jobcoach",
    version,
    about = "Check resumes and cover letters, track revisions, export polished DOCX."
)]
pub struct Cli {
    /// The database file (default: the one the desktop app uses, in your data directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Check files against the checklist.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        target: TargetArgs,
        /// An office profile (TOML) that adjusts the checklist.
        #[arg(long, value_name = "FILE")]
        profile: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// List every rule of the checklist with its documentation.
    Rules {
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
        /// Show the catalogue as this office profile (TOML) makes it.
        #[arg(long, value_name = "FILE")]
        profile: Option<PathBuf>,
    },
    /// Copy the whole caseload (every client, document and revision) to a file.
    Backup { path: PathBuf },
    /// Replace the caseload with a backup. The caseload as it was is kept beside the
    /// database first, so nothing is lost.
    Restore {
        path: PathBuf,
        /// The backup holds people erased since it was made: restore it anyway and erase
        /// them again at once.
        #[arg(long)]
        erase_again: bool,
    },
    /// Documents waiting for you, oldest first: submitted for review, or revised by the job
    /// seeker since you last worked on them.
    Queue,
    /// Action steps: what a person will do before the next meeting.
    Step {
        #[command(subcommand)]
        command: StepCommand,
    },
    /// Meetings with a client, and their case notes.
    Meeting {
        #[command(subcommand)]
        command: MeetingCommand,
    },
    /// The office profile the caseload's checks use (stored in the database).
    Profile {
        #[command(subcommand)]
        command: ProfileCommand,
    },
    /// Export any file jobcoach can read as a polished DOCX (marked as a draft), or as
    /// plain text for an online application form.
    Export {
        file: PathBuf,
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// The person's name for the file name (read from the document when left out).
        #[arg(long, value_name = "\"First Last\"")]
        name: Option<String>,
        #[arg(long, value_enum)]
        kind: Option<Kind>,
        #[arg(long, value_parser = template_names(), default_value = "modern")]
        template: Template,
        #[arg(long, value_enum, default_value_t = OutputFormat::Docx)]
        format: OutputFormat,
    },
    /// Clients in the caseload.
    Client {
        #[command(subcommand)]
        command: ClientCommand,
    },
    /// Documents and their revisions.
    Doc {
        #[command(subcommand)]
        command: DocCommand,
    },
}

#[derive(Subcommand)]
pub enum StepCommand {
    /// Add a step; prints its id.
    Add {
        client_id: String,
        text: String,
        /// The document the step is about.
        #[arg(long, value_name = "DOC_ID")]
        doc: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        due: Option<jiff::civil::Date>,
    },
    Done {
        step_id: String,
    },
    /// Mark a step not done again.
    Undo {
        step_id: String,
    },
    /// The open steps as a one-page take-home list (Markdown), or as DOCX with --docx.
    List {
        client_id: String,
        #[arg(long, value_name = "PATH")]
        docx: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum MeetingCommand {
    /// Start a meeting; everything done until it ends goes into its record. Prints its id.
    Start { client_id: String },
    /// End the client's meeting and print its case note.
    End {
        client_id: String,
        /// Your own words for the case note.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Print a meeting's case note, ready to paste into a case-management system.
    Show { meeting_id: String },
    /// Replace a meeting's note.
    Note { meeting_id: String, note: String },
}

#[derive(Subcommand)]
pub enum ProfileCommand {
    /// Print the profile in use.
    Show,
    /// Use this profile file for every check from now on.
    Use { file: PathBuf },
    /// Go back to the catalogue as shipped.
    Clear,
}

#[derive(Subcommand)]
pub enum ClientCommand {
    /// Add a client; prints the new id.
    Add { name: String },
    /// List clients.
    List,
    /// Every change about a client, oldest first.
    Log { client_id: String },
    /// Write everything held about a client to one ZIP of readable text files.
    Export { client_id: String, path: PathBuf },
    /// Erase a client and everything about them (the log keeps that it happened).
    Erase {
        client_id: String,
        /// The client's name, typed to confirm.
        #[arg(long, value_name = "NAME")]
        confirm: String,
    },
}

#[derive(Subcommand)]
pub enum DocCommand {
    /// Import a file as a client's new document; prints the document id.
    Import {
        client_id: String,
        file: PathBuf,
        #[command(flatten)]
        target: TargetArgs,
        /// Who brought the file.
        #[arg(long, value_enum, default_value_t = Author::Specialist)]
        by: Author,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Import a file as the next revision of a document.
    Revise {
        doc_id: String,
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = Author::JobSeeker)]
        by: Author,
        #[arg(long, default_value = "")]
        note: String,
    },
    /// One revision a line: number, time, author, open findings, note.
    History { doc_id: String },
    /// Approve a revision. Open blockers must be fixed or waived with a reason.
    Approve {
        doc_id: String,
        #[arg(long, value_name = "N")]
        revision: u32,
        #[arg(long, value_name = "NAME")]
        by: String,
        /// Waive a rule's findings: RULE_ID=REASON. Repeat for more.
        #[arg(long, value_name = "RULE_ID=REASON")]
        waive: Vec<String>,
    },
    /// Export the approved revision (or the newest, marked as a draft) as DOCX in the
    /// document's template, or as plain text for an online application form.
    Export {
        doc_id: String,
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = OutputFormat::Docx)]
        format: OutputFormat,
    },
    /// Choose the template a document is exported in.
    Template {
        doc_id: String,
        #[arg(value_parser = template_names())]
        template: Template,
    },
    /// A revision's findings and what became of each: open (since when, or back after a
    /// fix), waived, deferred; and what the revision fixed.
    Findings {
        doc_id: String,
        /// The revision (default: the newest).
        #[arg(long, value_name = "N")]
        revision: Option<u32>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Waive a rule's open findings in a revision, with a reason.
    Waive {
        doc_id: String,
        rule_id: String,
        #[arg(long)]
        reason: String,
        #[arg(long, value_name = "N")]
        revision: Option<u32>,
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
    /// Put a rule's open findings off to a later meeting (they stay open).
    Defer {
        doc_id: String,
        rule_id: String,
        #[arg(long, default_value = "")]
        note: String,
        #[arg(long, value_name = "N")]
        revision: Option<u32>,
    },
    /// What changed between two revisions, line by line.
    Diff { doc_id: String, a: u32, b: u32 },
    /// Every change to a document, oldest first.
    Log { doc_id: String },
    /// Comment on a revision's text (the first place TEXT appears).
    Comment {
        doc_id: String,
        body: String,
        #[arg(long, value_name = "TEXT")]
        on: String,
        #[arg(long, value_name = "N")]
        revision: Option<u32>,
        /// Staff only: left out of what the job seeker sees.
        #[arg(long)]
        internal: bool,
    },
    /// The comments on a revision, each where its text is now (or marked outdated).
    Comments {
        doc_id: String,
        #[arg(long, value_name = "N")]
        revision: Option<u32>,
    },
}

/// What a document is and the job it is for, on `check` and `doc import`. Written once so
/// the two commands cannot drift apart in their flags or their help.
#[derive(Args)]
pub struct TargetArgs {
    /// What the files are (detected when left out).
    #[arg(long, value_enum)]
    pub kind: Option<Kind>,
    /// The employer the document is for.
    #[arg(long, value_name = "NAME")]
    pub employer: Option<String>,
    /// The job the document is for.
    #[arg(long, value_name = "TITLE")]
    pub role: Option<String>,
    /// The person a cover letter is addressed to.
    #[arg(long, value_name = "NAME")]
    pub recipient: Option<String>,
    /// A job posting (text or Markdown file) for the posting rules.
    #[arg(long, value_name = "FILE")]
    pub posting: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Kind {
    Resume,
    CoverLetter,
}

impl From<Kind> for DocumentKind {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Resume => DocumentKind::Resume,
            Kind::CoverLetter => DocumentKind::CoverLetter,
        }
    }
}

/// A template by its name, offering the names in --help.
pub fn template_names() -> impl clap::builder::TypedValueParser<Value = Template> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(Template::ALL.map(Template::as_str))
        .map(|name| Template::parse(&name).expect("only the offered names parse"))
}

#[derive(Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    Docx,
    Text,
}

impl From<OutputFormat> for ExportFormat {
    fn from(f: OutputFormat) -> Self {
        match f {
            OutputFormat::Docx => ExportFormat::Docx,
            OutputFormat::Text => ExportFormat::Text,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub enum RulesFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Author {
    Specialist,
    JobSeeker,
}
