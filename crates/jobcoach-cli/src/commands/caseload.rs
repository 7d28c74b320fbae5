//! The caseload's people and what waits for the specialist: `client …` and `queue`.

use crate::args::ClientCommand;
use crate::inputs::{actor, open};
use crate::output;
use crate::writer::{outln, Out};
use crate::Exit;
use jobcoach_core::Error;
use std::path::PathBuf;

pub fn client(db: Option<PathBuf>, command: ClientCommand, out: &mut Out) -> Result<Exit, Error> {
    let mut caseload = open(db)?;
    match command {
        ClientCommand::Add { name } => {
            outln!(out, "{}", caseload.add_client(&name, &actor())?.id)
        }
        ClientCommand::Export { client_id, path } => {
            caseload.export_client(&client_id, &path, &actor())?;
            outln!(out, "{}", path.display());
        }
        ClientCommand::Erase { client_id, confirm } => {
            caseload.erase_client(&client_id, &confirm, &actor())?;
            outln!(out, "erased");
        }
        ClientCommand::Log { client_id } => {
            for e in caseload.history_of_client(&client_id)? {
                output::entry(&e, out);
            }
        }
        ClientCommand::List => {
            for c in caseload.clients()? {
                outln!(
                    out,
                    "{}\t{}\t{} document{}",
                    c.client.id,
                    c.client.name,
                    c.documents,
                    if c.documents == 1 { "" } else { "s" }
                );
            }
        }
    }
    Ok(Exit::Success)
}

/// `queue`: one document a line, oldest first.
pub fn queue(db: Option<PathBuf>, out: &mut Out) -> Result<Exit, Error> {
    let caseload = open(db)?;
    let queue = caseload.review_queue()?;
    if queue.is_empty() {
        outln!(out, "nothing is waiting for review");
    }
    for q in queue {
        outln!(
            out,
            "{}\t{}\t{}\t{} since {}",
            q.document.record.id,
            q.client_name,
            q.document.record.title,
            q.reason.label(),
            q.waiting_since.strftime("%Y-%m-%d %H:%M")
        );
    }
    Ok(Exit::Success)
}
