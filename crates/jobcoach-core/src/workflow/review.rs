//! Review: moving a document between draft, in review and changes requested, and waiving
//! a single finding with a reason. Approval itself is in `mod.rs` beside its rules.

use super::{Caseload, Result, WorkflowError};
use crate::store::{self, DocumentStatus, Waiver};
use crate::words::{PeopleWord, Words};

const WORDS_KEY: &str = "people_word";

impl Caseload {
    /// Submit for review, request changes, or take back to draft. Approval has its own path
    /// because it names a revision and checks blockers.
    pub fn set_status(&mut self, document_id: &str, to: DocumentStatus, actor: &str) -> Result<()> {
        use DocumentStatus::*;
        let record = self.document(document_id)?;
        let from = record.status;
        let allowed = matches!(
            (from, to),
            (Draft | ChangesRequested, InReview)
                | (InReview, ChangesRequested)
                | (InReview | ChangesRequested, Draft)
        );
        if !allowed {
            return Err(WorkflowError::StatusChange { from, to });
        }
        let now = self.clock.now();
        let entry = self.history(
            actor,
            "document.status",
            Some(&record.client_id),
            Some(&record.id),
            None,
            format!("{from} -> {to}"),
        );
        self.store.transaction(|tx| {
            store::update_status(tx, &record.id, to, now)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(())
    }

    /// Waive one finding of a revision (by its fingerprint) with a reason. The waiver covers
    /// the same finding in later revisions while its text is unchanged.
    pub fn waive(
        &mut self,
        document_id: &str,
        number: u32,
        fingerprint: &str,
        reason: &str,
        by: &str,
    ) -> Result<Waiver> {
        let (record, revision, finding) = self.finding_at(document_id, number, fingerprint)?;
        if reason.trim().is_empty() {
            return Err(WorkflowError::WaiverWithoutReason {
                rule: finding.stored.finding.rule,
            });
        }
        let waiver = Waiver {
            id: self.ids.new_id(),
            document_id: record.id.clone(),
            revision_id: revision.id.clone(),
            rule: finding.stored.finding.rule.clone(),
            fingerprint: fingerprint.to_string(),
            reason: reason.trim().to_string(),
            waived_by: by.to_string(),
            created_at: self.clock.now(),
        };
        let entry = self.history(
            by,
            "finding.waived",
            Some(&record.client_id),
            Some(&record.id),
            Some(&revision.id),
            format!("{}: {}", waiver.rule, waiver.reason),
        );
        self.store.transaction(|tx| {
            store::insert_waiver(tx, &waiver)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(waiver)
    }

    /// What this office calls the people it serves.
    pub fn words(&self) -> Result<Words> {
        let stored = store::get_setting(self.store.conn(), WORDS_KEY)?;
        Ok(stored
            .as_deref()
            .and_then(PeopleWord::parse)
            .unwrap_or_default()
            .words())
    }

    pub fn set_words(&mut self, choice: PeopleWord, actor: &str) -> Result<Words> {
        let entry = self.history(
            actor,
            "settings.words",
            None,
            None,
            None,
            choice.as_str().to_string(),
        );
        self.store.transaction(|tx| {
            store::put_setting(tx, WORDS_KEY, choice.as_str())?;
            store::insert_history(tx, &entry)
        })?;
        Ok(choice.words())
    }
}

impl Caseload {
    /// Copy the whole caseload to `path` (SQLite's online backup), and log it.
    pub fn backup(&mut self, path: &std::path::Path, actor: &str) -> Result<()> {
        self.store.backup_to(path)?;
        let entry = self.history(
            actor,
            "caseload.backed-up",
            None,
            None,
            None,
            path.display().to_string(),
        );
        self.store
            .transaction(|tx| store::insert_history(tx, &entry))?;
        Ok(())
    }

    /// Replace the caseload with a backup. The caseload as it was is first saved beside
    /// `safety` (returned), so a restore by mistake loses nothing.
    pub fn restore(
        &mut self,
        path: &std::path::Path,
        safety: &std::path::Path,
        actor: &str,
    ) -> Result<()> {
        self.store.backup_to(safety)?;
        self.store.restore_from(path)?;
        // The restored caseload brings its own office profile.
        self.profile = super::stored_profile(&self.store);
        let entry = self.history(
            actor,
            "caseload.restored",
            None,
            None,
            None,
            format!(
                "from {}; the caseload before is kept at {}",
                path.display(),
                safety.display()
            ),
        );
        self.store
            .transaction(|tx| store::insert_history(tx, &entry))?;
        Ok(())
    }
}
