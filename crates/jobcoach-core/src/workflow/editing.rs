//! Editing between revisions: the checklist on text as it is typed (nothing stored), and the
//! unsaved draft that survives a crash or a restart until it is saved as a revision.

use super::{Caseload, FindingView, Result};
use crate::checklist::Finding;
use crate::import;
use crate::store::{self, Draft, StoredFinding};

impl Caseload {
    /// Check text typed in the editor for a document, with its context. Findings a waiver
    /// covers (same rule and text) come back with that waiver.
    pub fn check_text(&self, document_id: &str, markdown: &str) -> Result<Vec<FindingView>> {
        let record = self.document(document_id)?;
        let context = self.context(&record)?;
        // The editor's text is checked as typed: normalizing it would move every span.
        let mut doc = import::import_markdown(markdown);
        doc.text = markdown.to_string();
        if let Some(latest) = store::latest_revision(self.store.conn(), document_id)? {
            doc.facts = latest.source_facts;
            doc.facts.tables.clear();
            doc.facts.text_boxes.clear();
        }
        let (_, findings) = self.check(&doc, Some(record.kind), &context);
        let newest =
            store::latest_revision(self.store.conn(), document_id)?.map_or(0, |r| r.number);
        let history = super::dispositions::History::load(self, document_id, newest)?;
        Ok(findings
            .into_iter()
            .map(|finding: Finding| {
                let fingerprint = finding.fingerprint(markdown);
                let stored = StoredFinding {
                    id: String::new(),
                    revision_id: String::new(),
                    finding,
                    fingerprint,
                };
                history.view(stored, None)
            })
            .collect())
    }

    /// Keep the editor's unsaved text.
    pub fn save_draft(&mut self, document_id: &str, content: &str) -> Result<Draft> {
        self.document(document_id)?;
        let draft = Draft {
            document_id: document_id.to_string(),
            content: content.to_string(),
            saved_at: self.clock.now(),
        };
        self.store.transaction(|tx| store::put_draft(tx, &draft))?;
        Ok(draft)
    }

    pub fn draft(&self, document_id: &str) -> Result<Option<Draft>> {
        Ok(store::get_draft(self.store.conn(), document_id)?)
    }

    pub fn discard_draft(&mut self, document_id: &str) -> Result<()> {
        self.store
            .transaction(|tx| store::delete_draft(tx, document_id))?;
        Ok(())
    }
}
