//! Action steps a person takes home, and the take-home list of the open ones (Markdown, and
//! a one-page DOCX through the same export as documents).

use super::{Caseload, Result, WorkflowError};
use crate::canonical::{self, Block, BlockKind, Run};
use crate::export::{self, ExportFormat, ExportOptions, Template};
use crate::store::{self, ActionStep, HistoryAction};
use crate::DocumentKind;
use jiff::civil::Date;
use std::path::Path;

/// A due date as typed or picked (`2026-12-01`); blank means none.
pub fn due_date(text: &str) -> Result<Option<Date>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| WorkflowError::NotADate {
        text: text.to_string(),
    })
}

impl Caseload {
    /// A step for the person to take, optionally about one document, with a due date.
    pub fn add_action_step(
        &mut self,
        client_id: &str,
        document_id: Option<&str>,
        text: &str,
        due: Option<Date>,
        actor: &str,
    ) -> Result<ActionStep> {
        let client = self.client(client_id)?;
        if let Some(d) = document_id {
            self.document(d)?;
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            return Err(WorkflowError::EmptyText {
                what: "action step",
            });
        }
        let step = ActionStep {
            id: self.ids.new_id(),
            client_id: client.id.clone(),
            document_id: document_id.map(str::to_string),
            text,
            due,
            created_by: actor.to_string(),
            created_at: self.clock.now(),
            done_at: None,
            done_by: None,
        };
        let entry = self.history(
            actor,
            HistoryAction::ActionStepAdded,
            Some(&client.id),
            document_id,
            None,
            step.text.clone(),
        );
        self.store.transaction(|tx| {
            store::insert_action_step(tx, &step)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(step)
    }

    /// Mark a step done, or not done again.
    pub fn set_action_step_done(
        &mut self,
        id: &str,
        done: bool,
        actor: &str,
    ) -> Result<ActionStep> {
        let step = store::get_action_step(self.store.conn(), id).map_err(super::not_found)?;
        let now = self.clock.now();
        let entry = self.history(
            actor,
            if done {
                HistoryAction::ActionStepDone
            } else {
                HistoryAction::ActionStepReopened
            },
            Some(&step.client_id),
            step.document_id.as_deref(),
            None,
            step.text.clone(),
        );
        self.store.transaction(|tx| {
            store::set_action_step_done(tx, id, done.then_some((now, actor)))?;
            store::insert_history(tx, &entry)
        })?;
        Ok(store::get_action_step(self.store.conn(), id)?)
    }

    /// A client's steps: open ones first, soonest due first.
    pub fn action_steps(&self, client_id: &str) -> Result<Vec<ActionStep>> {
        self.client(client_id)?;
        Ok(store::list_action_steps(self.store.conn(), client_id)?)
    }

    /// The open steps as a one-page take-home list, in the canonical Markdown (it prints
    /// as it reads, and exports to DOCX through the same template as documents).
    pub fn take_home_list(&self, client_id: &str) -> Result<String> {
        let client = self.client(client_id)?;
        let steps: Vec<ActionStep> = self
            .action_steps(client_id)?
            .into_iter()
            .filter(|s| s.done_at.is_none())
            .collect();
        // Built as blocks and rendered, so names and steps are escaped like any text.
        let para = |t: String| Block::new(BlockKind::Paragraph, vec![Run::plain(&t)]);
        let mut blocks = vec![Block::new(
            BlockKind::Heading(1),
            vec![Run::plain(format!("Your next steps, {}", client.name))],
        )];
        if steps.is_empty() {
            blocks.push(para("Nothing is open right now. Well done.".into()));
            return Ok(canonical::render(&blocks));
        }
        blocks.push(para(
            "Bring your updated documents to our next meeting.".into(),
        ));
        for s in &steps {
            let document = match &s.document_id {
                Some(d) => format!(" ({})", self.document(d)?.title),
                None => String::new(),
            };
            let due = s
                .due
                .map(|d| format!(" — by {}", d.strftime("%A, %B %-d")))
                .unwrap_or_default();
            blocks.push(Block::new(
                BlockKind::ListItem {
                    ordered: false,
                    depth: 0,
                },
                vec![Run::plain(format!("{}{document}{due}", s.text))],
            ));
        }
        blocks.push(para(
            "Questions before then? Call or email us; we're glad to help.".into(),
        ));
        let out = canonical::render(&blocks);
        Ok(out)
    }

    /// The name the take-home list is offered under: `Maria_Delgado_Next_Steps.docx`.
    pub fn take_home_file_name(&self, client_id: &str) -> Result<String> {
        let name = export::file_slug(&self.client(client_id)?.name);
        let name = if name.is_empty() {
            "Client".into()
        } else {
            name
        };
        Ok(format!("{name}_Next_Steps.docx"))
    }

    /// Write the take-home list as a DOCX to `path`.
    pub fn export_take_home_list(&self, client_id: &str, path: &Path) -> Result<()> {
        let text = self.take_home_list(client_id)?;
        let options = ExportOptions {
            kind: DocumentKind::Resume,
            template: Template::Modern,
            title: "Next steps".into(),
            author: self.client(client_id)?.name,
            draft: false,
            timestamp: self.clock.now().to_string(),
        };
        export::write(&text, &options, ExportFormat::Docx, path)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::workflow::testing::*;

    #[test]
    fn a_due_date_is_a_calendar_date_or_nothing() {
        use super::due_date;
        assert_eq!(due_date(" ").unwrap(), None);
        assert_eq!(
            due_date("2026-12-01").unwrap(),
            Some(jiff::civil::date(2026, 12, 1))
        );
        let err = due_date("next tuesday").unwrap_err();
        assert!(
            err.to_string().contains("\"next tuesday\" is not a date"),
            "{err}"
        );
    }

    #[test]
    fn an_empty_step_is_refused_with_words_about_a_step() {
        let mut c = caseload();
        let client = c.add_client("Maria Delgado", "Dana").unwrap();
        let err = c
            .add_action_step(&client.id, None, "  \n ", None, "Dana")
            .unwrap_err();
        assert!(matches!(err, WorkflowError::EmptyText { .. }), "{err}");
        let words = err.to_string();
        assert!(
            words.contains("action step") && !words.contains("name"),
            "{words}"
        );
        assert!(
            c.action_steps(&client.id).unwrap().is_empty(),
            "nothing stored"
        );
    }

    #[test]
    fn the_take_home_list_is_named_for_the_person_and_never_outside_the_folder() {
        let mut c = caseload();
        for (name, file) in [
            ("Maria Delgado", "Maria_Delgado_Next_Steps.docx"),
            ("../x", "x_Next_Steps.docx"),
            ("a/b", "a_b_Next_Steps.docx"),
            ("..", "Client_Next_Steps.docx"),
        ] {
            let client = c.add_client(name, "Dana").unwrap();
            assert_eq!(c.take_home_file_name(&client.id).unwrap(), file, "{name}");
        }
    }
}
