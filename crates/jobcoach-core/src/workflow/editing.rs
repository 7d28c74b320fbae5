//! Editing between revisions: the checklist on text as it is typed (nothing stored), and the
//! unsaved draft that survives a crash or a restart until it is saved as a revision.

use super::{Caseload, FindingView, Result};
use crate::checklist::{self, Finding};
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
        // In one batch: a fingerprint per finding rescans its line, and a long pasted
        // line holds thousands of findings.
        let prints = checklist::fingerprints(&findings, markdown);
        Ok(findings
            .into_iter()
            .zip(prints)
            .map(|(finding, fingerprint): (Finding, String)| {
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

#[cfg(test)]
mod tests {
    use crate::workflow::testing::*;
    #[test]
    fn a_draft_survives_until_it_is_saved_as_a_revision() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        c.save_draft(&doc.id, "typed but not saved").unwrap();
        c.save_draft(&doc.id, "typed more").unwrap();
        assert_eq!(
            c.draft(&doc.id).unwrap().unwrap().content,
            "typed more",
            "the newest text is kept"
        );
        assert!(
            c.overview("").unwrap()[0].documents[0].has_draft,
            "the caseload shows unsaved work"
        );
        c.revise_text(&doc.id, &format!("{DRAFT}- More\n"), by_specialist("saved"))
            .unwrap();
        assert!(
            c.draft(&doc.id).unwrap().is_none(),
            "saving a revision clears the draft"
        );
    }

    #[test]
    fn live_checks_point_into_the_typed_text_and_know_waivers() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        let fp = c
            .findings(&doc.id, 1)
            .unwrap()
            .into_iter()
            .find(|f| f.stored.finding.rule == "template.placeholder-left")
            .unwrap()
            .stored
            .fingerprint;
        c.waive(&doc.id, 1, &fp, "Agency fills it in", "Dana")
            .unwrap();
        // Typed text, not yet canonical: extra spaces must not move spans.
        let typed = format!("{DRAFT}\n-   Ran  the the register\n");
        let live = c.check_text(&doc.id, &typed).unwrap();
        let doubled = live
            .iter()
            .find(|f| f.stored.finding.rule == "wording.repeated-word")
            .expect("found as typed");
        assert_eq!(
            &typed[doubled.stored.finding.span.clone()],
            "the the",
            "spans point into the text as typed"
        );
        let placeholder = live
            .iter()
            .find(|f| f.stored.finding.rule == "template.placeholder-left")
            .unwrap();
        assert!(
            placeholder.waiver.is_some(),
            "a waived finding shows as waived while typing"
        );
        assert!(
            c.waive(&doc.id, 1, &fp, "  ", "Dana").is_err(),
            "a waiver needs a reason"
        );
    }
}
