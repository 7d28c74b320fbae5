//! Coaching between revisions: action steps (`step …`) and meetings with their case notes
//! (`meeting …`).

use crate::args::{MeetingCommand, StepCommand};
use crate::inputs::{actor, open};
use crate::writer::{out, outln, Out};
use crate::Exit;
use jobcoach_core::Error;
use std::path::PathBuf;

pub fn step(db: Option<PathBuf>, command: StepCommand, out: &mut Out) -> Result<Exit, Error> {
    let mut caseload = open(db)?;
    match command {
        StepCommand::Add {
            client_id,
            text,
            doc,
            due,
        } => {
            let step =
                caseload.add_action_step(&client_id, doc.as_deref(), &text, due, &actor())?;
            outln!(out, "{}", step.id);
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
                outln!(out, "{}", path.display());
            }
            None => out!(out, "{}", caseload.take_home_list(&client_id)?),
        },
    }
    Ok(Exit::Success)
}

pub fn meeting(db: Option<PathBuf>, command: MeetingCommand, out: &mut Out) -> Result<Exit, Error> {
    let mut caseload = open(db)?;
    match command {
        MeetingCommand::Start { client_id } => {
            outln!(out, "{}", caseload.start_meeting(&client_id, &actor())?.id);
        }
        MeetingCommand::End { client_id, note } => {
            out!(
                out,
                "{}",
                caseload.end_meeting(&client_id, &note, &actor())?.case_note
            );
        }
        MeetingCommand::Show { meeting_id } => {
            out!(out, "{}", caseload.case_note(&meeting_id)?)
        }
        MeetingCommand::Note { meeting_id, note } => {
            caseload.set_meeting_note(&meeting_id, &note)?
        }
    }
    Ok(Exit::Success)
}
