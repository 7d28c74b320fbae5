//! A client's documents and their revisions: `doc …`, from import to approval and export,
//! with findings, waivers, deferrals, comments, diffs and the log on the way.

use crate::args::{DocCommand, Format};
use crate::inputs::{self, actor, new_revision, open, revision_or_newest, revision_text};
use crate::output;
use crate::writer::{errln, out, outln, Out};
use crate::Exit;
use jobcoach_core::store::Visibility;
use jobcoach_core::Error;
use std::path::PathBuf;

pub fn doc(db: Option<PathBuf>, command: DocCommand, out: &mut Out) -> Result<Exit, Error> {
    let mut caseload = open(db)?;
    let caseload = &mut caseload;
    match command {
        DocCommand::Import {
            client_id,
            file,
            target,
            by,
            note,
        } => {
            let meta = inputs::new_document(target)?;
            let (record, _) =
                caseload.import_document(&client_id, &file, meta, new_revision(by, note))?;
            outln!(out, "{}", record.id);
        }
        DocCommand::Revise {
            doc_id,
            file,
            by,
            note,
        } => {
            let rev = caseload.import_revision(&doc_id, &file, new_revision(by, note))?;
            outln!(out, "{}", rev.number);
        }
        DocCommand::History { doc_id } => {
            for r in caseload.revisions(&doc_id)? {
                output::revision(&r, out);
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
                    errln!(out, "--waive takes RULE_ID=REASON, like --waive contact.phone-missing=\"client has no phone\"");
                    return Ok(Exit::Failed);
                };
                waivers.push((rule.trim().to_string(), reason.to_string()));
            }
            caseload.approve(&doc_id, revision, &by, &waivers)?;
            outln!(out, "approved revision {revision}");
        }
        DocCommand::Export {
            doc_id,
            out: to,
            format,
        } => {
            let path = caseload.export(&doc_id, &to, format.into(), &actor())?;
            outln!(out, "{}", path.display());
        }
        DocCommand::Template { doc_id, template } => {
            let record = caseload.set_template(&doc_id, template, &actor())?;
            outln!(
                out,
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
            let (number, text) = revision_text(caseload, &doc_id, revision)?;
            let report = caseload.findings_report(&doc_id, number)?;
            output::findings_report(&report, &text, format == Format::Json, out);
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
            outln!(
                out,
                "waived {} finding{} of {rule_id} in revision {number}",
                waived.len(),
                plural(waived.len())
            );
        }
        DocCommand::Defer {
            doc_id,
            rule_id,
            note,
            revision,
        } => {
            let number = revision_or_newest(caseload, &doc_id, revision)?;
            let deferred = caseload
                .defer_rule(&doc_id, number, &rule_id, &note, &actor())?
                .len();
            outln!(
                out,
                "put off {deferred} finding{} of {rule_id}",
                plural(deferred)
            );
        }
        DocCommand::Comment {
            doc_id,
            body,
            on,
            revision,
            internal,
        } => {
            let (number, text) = revision_text(caseload, &doc_id, revision)?;
            let Some(at) = text.find(&on) else {
                errln!(out, "\"{on}\" is not in revision {number}");
                return Ok(Exit::Blocked);
            };
            let visibility = if internal {
                Visibility::Internal
            } else {
                Visibility::Client
            };
            let c = caseload.add_comment(
                &doc_id,
                number,
                at..at + on.len(),
                &body,
                visibility,
                &actor(),
            )?;
            outln!(out, "{}", c.id);
        }
        DocCommand::Comments { doc_id, revision } => {
            let number = revision_or_newest(caseload, &doc_id, revision)?;
            for t in caseload.comments(&doc_id, number, false)? {
                output::thread(&t, out);
            }
        }
        DocCommand::Log { doc_id } => {
            for e in caseload.history_of_document(&doc_id)? {
                output::entry(&e, out);
            }
        }
        DocCommand::Diff { doc_id, a, b } => {
            let old = caseload.revision(&doc_id, a)?.content;
            let new = caseload.revision(&doc_id, b)?.content;
            out!(out, "{}", output::diff(&old, &new, a, b));
        }
    }
    Ok(Exit::Success)
}

/// The "s" of "finding"/"findings".
fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
