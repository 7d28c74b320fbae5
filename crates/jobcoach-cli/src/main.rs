//! `jobcoach`: the command line over jobcoach-core. It parses arguments, calls the core and
//! prints; every rule of the product lives in the core. Exit status: 0 fine, 1 a blocker was
//! found (check) or a request was refused, 2 a file or the database could not be read.

mod output;

use clap::{Parser, Subcommand, ValueEnum};
use jobcoach_core::checklist::{catalogue, Checklist, Context, Profile};
use jobcoach_core::clock::{SystemClock, UuidV7};
use jobcoach_core::export::{self, ExportFormat, ExportOptions, Template};
use jobcoach_core::import;
use jobcoach_core::store::{self, AuthorRole, NewDocument, NewRevision, RevisionSource, Store};
use jobcoach_core::workflow::{Caseload, WorkflowError};
use jobcoach_core::{DocumentKind, Error, ErrorCode};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "jobcoach",
    version,
    about = "Check resumes and cover letters, track revisions, export polished DOCX."
)]
struct Cli {
    /// The database file (default: the one the desktop app uses, in your data directory).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files against the checklist.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// What the files are (detected when left out).
        #[arg(long, value_enum)]
        kind: Option<Kind>,
        /// The employer the document is for.
        #[arg(long, value_name = "NAME")]
        employer: Option<String>,
        /// The job the document is for.
        #[arg(long, value_name = "TITLE")]
        role: Option<String>,
        /// The person a cover letter is addressed to.
        #[arg(long, value_name = "NAME")]
        recipient: Option<String>,
        /// A job posting (text or Markdown file) for the posting rules.
        #[arg(long, value_name = "FILE")]
        posting: Option<PathBuf>,
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
    Restore { path: PathBuf },
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
enum StepCommand {
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
enum MeetingCommand {
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
enum ProfileCommand {
    /// Print the profile in use.
    Show,
    /// Use this profile file for every check from now on.
    Use { file: PathBuf },
    /// Go back to the catalogue as shipped.
    Clear,
}

#[derive(Subcommand)]
enum ClientCommand {
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
enum DocCommand {
    /// Import a file as a client's new document; prints the document id.
    Import {
        client_id: String,
        file: PathBuf,
        #[arg(long, value_enum)]
        kind: Option<Kind>,
        #[arg(long, value_name = "NAME")]
        employer: Option<String>,
        #[arg(long, value_name = "TITLE")]
        role: Option<String>,
        /// The person a cover letter is addressed to.
        #[arg(long, value_name = "NAME")]
        recipient: Option<String>,
        /// The job posting the document targets (text or Markdown file).
        #[arg(long, value_name = "FILE")]
        posting: Option<PathBuf>,
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

#[derive(Clone, Copy, ValueEnum)]
enum Kind {
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
fn template_names() -> impl clap::builder::TypedValueParser<Value = Template> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(Template::ALL.map(Template::as_str))
        .map(|name| Template::parse(&name).expect("only the offered names parse"))
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
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
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum RulesFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum Author {
    Specialist,
    JobSeeker,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("jobcoach: {e}");
            match e.code() {
                ErrorCode::BadFile | ErrorCode::DatabaseTooNew | ErrorCode::Internal => {
                    ExitCode::from(2)
                }
                ErrorCode::NotFound | ErrorCode::Refused => ExitCode::from(1),
            }
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Check {
            files,
            kind,
            employer,
            role,
            recipient,
            posting,
            profile,
            format,
        } => {
            let context = Context {
                target_employer: employer,
                target_role: role,
                recipient_name: recipient,
                posting_text: posting.as_deref().map(read_text).transpose()?,
                ..Context::default()
            };
            let profile = load_profile(profile.as_deref())?;
            Ok(output::check(
                &files,
                kind.map(Into::into),
                &context,
                &profile,
                format == Format::Json,
            ))
        }
        Command::Rules { format, profile } => {
            let profile = load_profile(profile.as_deref())?;
            match format {
                RulesFormat::Markdown => print!("{}", catalogue::markdown(&profile)),
                RulesFormat::Json => output::rules(&profile, true),
                RulesFormat::Text => output::rules(&profile, false),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { path } => {
            let mut caseload = open(cli.db)?;
            caseload.backup(&path, &actor())?;
            println!("{}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Restore { path } => {
            let db = cli.db.unwrap_or_else(store::default_path);
            let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
            let safety = db.with_file_name(format!(
                "{}.before-restore-{stamp}.db",
                db.file_stem()
                    .map_or_else(|| "jobcoach".into(), |s| s.to_string_lossy().into_owned())
            ));
            let mut caseload = open(Some(db))?;
            caseload.restore(&path, &safety, &actor())?;
            println!(
                "restored from {}; the caseload before is kept at {}",
                path.display(),
                safety.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Queue => {
            let caseload = open(cli.db)?;
            let queue = caseload.review_queue()?;
            if queue.is_empty() {
                println!("nothing is waiting for review");
            }
            for q in queue {
                let why = match q.reason {
                    store::QueueReason::Submitted => "submitted for review",
                    store::QueueReason::RevisedByJobSeeker => "revised by the job seeker",
                };
                println!(
                    "{}\t{}\t{}\t{why} since {}",
                    q.document.record.id,
                    q.client_name,
                    q.document.record.title,
                    q.waiting_since.strftime("%Y-%m-%d %H:%M")
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Step { command } => {
            let mut caseload = open(cli.db)?;
            match command {
                StepCommand::Add {
                    client_id,
                    text,
                    doc,
                    due,
                } => {
                    let step = caseload.add_action_step(
                        &client_id,
                        doc.as_deref(),
                        &text,
                        due,
                        &actor(),
                    )?;
                    println!("{}", step.id);
                }
                StepCommand::Done { step_id } => {
                    caseload.set_action_step_done(&step_id, true, &actor())?;
                }
                StepCommand::Undo { step_id } => {
                    caseload.set_action_step_done(&step_id, false, &actor())?;
                }
                StepCommand::List { client_id, docx } => match docx {
                    Some(path) => {
                        caseload.export_take_home_list(&client_id, &path)?;
                        println!("{}", path.display());
                    }
                    None => print!("{}", caseload.take_home_list(&client_id)?),
                },
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Meeting { command } => {
            let mut caseload = open(cli.db)?;
            match command {
                MeetingCommand::Start { client_id } => {
                    println!("{}", caseload.start_meeting(&client_id, &actor())?.id);
                }
                MeetingCommand::End { client_id, note } => {
                    let record = caseload.end_meeting(&client_id, &actor())?;
                    if !note.trim().is_empty() {
                        caseload.set_meeting_note(&record.meeting.id, &note)?;
                    }
                    print!("{}", caseload.case_note(&record.meeting.id)?);
                }
                MeetingCommand::Show { meeting_id } => {
                    print!("{}", caseload.case_note(&meeting_id)?)
                }
                MeetingCommand::Note { meeting_id, note } => {
                    caseload.set_meeting_note(&meeting_id, &note)?
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Profile { command } => {
            let mut caseload = open(cli.db)?;
            match command {
                ProfileCommand::Show => {
                    let p = caseload.profile();
                    if p == &Profile::default() {
                        println!("the catalogue as shipped (no office profile)");
                    } else {
                        println!("{}", p.name);
                    }
                }
                ProfileCommand::Use { file } => {
                    let text = read_text(&file)?;
                    let name = file
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    let p = caseload
                        .set_profile(Some((&text, &name)), &actor())
                        .map_err(|e| profile_error(&file, e))?;
                    println!("using \"{}\"", p.name);
                }
                ProfileCommand::Clear => {
                    caseload.set_profile(None, &actor())?;
                    println!("using the catalogue as shipped");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            file,
            out,
            name,
            kind,
            template,
            format,
        } => {
            let doc = import::import_file(&file).map_err(|e| named(&file, e))?;
            let checklist = Checklist::new();
            let outline = checklist.outline(&doc, kind.map(Into::into));
            let person = name.or(outline.name).unwrap_or_else(|| "Document".into());
            let path = export::output_path(&out, &person, outline.kind, true, format.into());
            let options = ExportOptions {
                kind: outline.kind,
                template,
                title: export::document_title(&person, outline.kind),
                author: person,
                draft: true,
                timestamp: jiff::Timestamp::now().to_string(),
            };
            export::write(&doc.text, &options, format.into(), &path)?;
            println!("{}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Client { command } => {
            let mut caseload = open(cli.db)?;
            match command {
                ClientCommand::Add { name } => {
                    println!("{}", caseload.add_client(&name, &actor())?.id)
                }
                ClientCommand::Export { client_id, path } => {
                    caseload.export_client(&client_id, &path, &actor())?;
                    println!("{}", path.display());
                }
                ClientCommand::Erase { client_id, confirm } => {
                    caseload.erase_client(&client_id, &confirm, &actor())?;
                    println!("erased");
                }
                ClientCommand::Log { client_id } => {
                    for e in caseload.history_of_client(&client_id)? {
                        print_entry(&e);
                    }
                }
                ClientCommand::List => {
                    for c in caseload.clients()? {
                        println!(
                            "{}\t{}\t{} document{}",
                            c.client.id,
                            c.client.name,
                            c.documents,
                            if c.documents == 1 { "" } else { "s" }
                        );
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Doc { command } => {
            let mut caseload = open(cli.db)?;
            doc(&mut caseload, command)
        }
    }
}

fn doc(caseload: &mut Caseload, command: DocCommand) -> Result<ExitCode, Error> {
    match command {
        DocCommand::Import {
            client_id,
            file,
            kind,
            employer,
            role,
            recipient,
            posting,
            by,
            note,
        } => {
            let meta = NewDocument {
                kind: kind.map(Into::into),
                target_employer: employer,
                target_role: role,
                recipient_name: recipient,
                posting_text: posting.as_deref().map(read_text).transpose()?,
                ..NewDocument::default()
            };
            let (record, _) =
                caseload.import_document(&client_id, &file, meta, new_revision(by, note))?;
            println!("{}", record.id);
        }
        DocCommand::Revise {
            doc_id,
            file,
            by,
            note,
        } => {
            let rev = caseload.import_revision(&doc_id, &file, new_revision(by, note))?;
            println!("{}", rev.number);
        }
        DocCommand::History { doc_id } => {
            for r in caseload.revisions(&doc_id)? {
                let open = r.open;
                println!(
                    "{}\t{}\t{} ({})\t{} blocker, {} major, {} minor{}\t{}",
                    r.number,
                    r.created_at.strftime("%Y-%m-%d %H:%M"),
                    r.author_name,
                    r.author_role.as_str(),
                    open.blocker,
                    open.major,
                    open.minor,
                    if r.approved { "\tapproved" } else { "" },
                    r.note
                );
            }
        }
        DocCommand::Approve {
            doc_id,
            revision,
            by,
            waive,
        } => {
            let mut waivers = Vec::new();
            for w in waive {
                let Some((rule, reason)) = w.split_once('=') else {
                    eprintln!("jobcoach: --waive takes RULE_ID=REASON, like --waive contact.phone-missing=\"client has no phone\"");
                    return Ok(ExitCode::from(2));
                };
                waivers.push((rule.trim().to_string(), reason.to_string()));
            }
            caseload.approve(&doc_id, revision, &by, &waivers)?;
            println!("approved revision {revision}");
        }
        DocCommand::Export {
            doc_id,
            out,
            format,
        } => {
            let path = caseload.export(&doc_id, &out, format.into(), &actor())?;
            println!("{}", path.display());
        }
        DocCommand::Template { doc_id, template } => {
            let record = caseload.set_template(&doc_id, template, &actor())?;
            println!(
                "{} will be exported in the {} template",
                record.title,
                record.template.label()
            );
        }
        DocCommand::Findings {
            doc_id,
            revision,
            format,
        } => {
            let number = revision_or_newest(caseload, &doc_id, revision)?;
            let text = caseload.revision(&doc_id, number)?.content;
            let report = caseload.findings_report(&doc_id, number)?;
            output::findings_report(&report, &text, format == Format::Json);
        }
        DocCommand::Waive {
            doc_id,
            rule_id,
            reason,
            revision,
            by,
        } => {
            let number = revision_or_newest(caseload, &doc_id, revision)?;
            let by = by.unwrap_or_else(actor);
            let waived = caseload.waive_rule(&doc_id, number, &rule_id, &reason, &by)?;
            println!(
                "waived {} finding{} of {rule_id} in revision {number}",
                waived.len(),
                if waived.len() == 1 { "" } else { "s" }
            );
        }
        DocCommand::Defer {
            doc_id,
            rule_id,
            note,
            revision,
        } => {
            let number = revision_or_newest(caseload, &doc_id, revision)?;
            let open: Vec<String> = caseload
                .findings(&doc_id, number)?
                .into_iter()
                .filter(|f| f.stored.finding.rule == rule_id && f.is_open() && f.deferral.is_none())
                .map(|f| f.stored.fingerprint)
                .collect();
            if open.is_empty() {
                eprintln!(
                    "jobcoach: revision {number} has no open finding of {rule_id} to put off"
                );
                return Ok(ExitCode::from(1));
            }
            for fp in &open {
                caseload.defer(&doc_id, number, fp, &note, &actor())?;
            }
            println!(
                "put off {} finding{} of {rule_id}",
                open.len(),
                if open.len() == 1 { "" } else { "s" }
            );
        }
        DocCommand::Comment {
            doc_id,
            body,
            on,
            revision,
            internal,
        } => {
            let number = revision_or_newest(caseload, &doc_id, revision)?;
            let text = caseload.revision(&doc_id, number)?.content;
            let Some(at) = text.find(&on) else {
                eprintln!("jobcoach: \"{on}\" is not in revision {number}");
                return Ok(ExitCode::from(1));
            };
            let visibility = if internal {
                store::Visibility::Internal
            } else {
                store::Visibility::Client
            };
            let c = caseload.add_comment(
                &doc_id,
                number,
                at..at + on.len(),
                &body,
                visibility,
                &actor(),
            )?;
            println!("{}", c.id);
        }
        DocCommand::Comments { doc_id, revision } => {
            let number = revision_or_newest(caseload, &doc_id, revision)?;
            for t in caseload.comments(&doc_id, number, false)? {
                let c = &t.comment;
                let place = if t.outdated {
                    "outdated".to_string()
                } else {
                    format!("on \"{}\"", c.anchor_text)
                };
                let flags = [
                    (c.visibility == store::Visibility::Internal).then_some("staff only"),
                    c.resolved_at.is_some().then_some("resolved"),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
                println!(
                    "{} {place}{}: {} — {}",
                    c.id,
                    if flags.is_empty() {
                        String::new()
                    } else {
                        format!(" ({flags})")
                    },
                    c.body,
                    c.author
                );
                for r in &t.replies {
                    println!("    {} — {}", r.body, r.author);
                }
            }
        }
        DocCommand::Log { doc_id } => {
            for e in caseload.history_of_document(&doc_id)? {
                print_entry(&e);
            }
        }
        DocCommand::Diff { doc_id, a, b } => {
            let old = caseload.revision(&doc_id, a)?.content;
            let new = caseload.revision(&doc_id, b)?.content;
            print!("{}", output::diff(&old, &new, a, b));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A posting or profile file: UTF-8 text (with or without a BOM).
fn read_text(path: &std::path::Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| unreadable(path, e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        unreadable(
            path,
            "it is not UTF-8 text; save it as plain text (UTF-8) and try again".into(),
        )
    })?;
    Ok(text.trim_start_matches('\u{feff}').to_string())
}

fn unreadable(path: &std::path::Path, reason: String) -> Error {
    import::ImportError::Unreadable {
        path: path.display().to_string(),
        reason,
    }
    .into()
}

fn profile_error(path: &std::path::Path, e: WorkflowError) -> Error {
    match e {
        WorkflowError::Profile(p) => unreadable(path, p.to_string()),
        other => other.into(),
    }
}

fn load_profile(path: Option<&std::path::Path>) -> Result<Profile, Error> {
    let Some(path) = path else {
        return Ok(Profile::default());
    };
    let text = read_text(path)?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    Profile::from_toml(&text, &name).map_err(|e| unreadable(path, e.to_string()))
}

fn open(db: Option<PathBuf>) -> Result<Caseload, Error> {
    let path = db.unwrap_or_else(store::default_path);
    let store = Store::open(&path)?;
    Ok(Caseload::new(
        store,
        Checklist::new(),
        Box::new(SystemClock),
        Box::new(UuidV7),
    ))
}

fn new_revision(by: Author, note: String) -> NewRevision {
    let (author_role, author_name) = match by {
        Author::Specialist => (AuthorRole::Specialist, actor()),
        Author::JobSeeker => (AuthorRole::JobSeeker, "Job seeker".to_string()),
    };
    NewRevision {
        author_role,
        author_name,
        source: RevisionSource::FileImport,
        source_file: None,
        note,
    }
}

/// The revision asked for, or the newest.
fn revision_or_newest(
    caseload: &Caseload,
    doc_id: &str,
    revision: Option<u32>,
) -> Result<u32, Error> {
    match revision {
        Some(n) => Ok(n),
        None => Ok(caseload.latest_revision(doc_id)?.number),
    }
}

fn print_entry(e: &store::HistoryEntry) {
    println!(
        "{}\t{}\t{}\t{}",
        e.at.strftime("%Y-%m-%d %H:%M:%S"),
        e.actor,
        e.action,
        e.detail
    );
}

/// Who is at the keyboard, for the history log.
fn actor() -> String {
    std::env::var("JOBCOACH_USER")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_else(|_| "specialist".into())
}

fn named(file: &std::path::Path, e: import::ImportError) -> Error {
    match e {
        import::ImportError::Unreadable { .. } => e.into(),
        other => import::ImportError::Unreadable {
            path: file.display().to_string(),
            reason: other.to_string(),
        }
        .into(),
    }
}
