//! A document as the workspace shows it: the newest revision's text, its findings with
//! what was decided about them, what stops approval, and any unsaved draft. One call, so an
//! adapter never composes it from parts.

use super::approval::blocks_approval;
use super::{Caseload, DocumentOverview, FindingView, Result, RevisionSummary, WorkflowError};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkspaceView {
    pub document: DocumentOverview,
    pub client_name: String,
    /// The newest revision.
    pub revision: RevisionSummary,
    pub text: String,
    /// Text typed since and not yet saved as a revision.
    pub draft: Option<String>,
    pub findings: Vec<FindingView>,
    /// The messages of the open blockers: why approval is not possible yet.
    pub approval_blockers: Vec<String>,
}

impl Caseload {
    pub fn workspace(&self, document_id: &str) -> Result<WorkspaceView> {
        let record = self.document(document_id)?;
        let client_name = self.client(&record.client_id)?.name;
        let latest = self.latest_revision(document_id)?;
        let revision = self
            .revisions(document_id)?
            .into_iter()
            .find(|r| r.number == latest.number)
            .ok_or_else(|| {
                WorkflowError::NotFound(format!("document {document_id} has no revisions"))
            })?;
        let findings = self.findings(document_id, latest.number)?;
        let approval_blockers = findings
            .iter()
            .filter(|f| blocks_approval(f))
            .map(|f| f.stored.finding.message.clone())
            .collect();
        Ok(WorkspaceView {
            document: self.document_overview(record)?,
            client_name,
            revision,
            text: latest.content,
            draft: self.draft(document_id)?.map(|d| d.content),
            findings,
            approval_blockers,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::workflow::testing::*;

    #[test]
    fn the_workspace_shows_the_newest_revision_its_findings_and_what_blocks_approval() {
        let mut c = caseload();
        let record = with_document(&mut c);
        c.save_draft(&record.id, "typed, not saved").unwrap();
        let w = c.workspace(&record.id).unwrap();
        assert_eq!(w.client_name, "Maria Delgado");
        assert_eq!((w.revision.number, w.text.as_str()), (1, DRAFT));
        assert_eq!(w.draft.as_deref(), Some("typed, not saved"));
        let blockers = c.approval_blockers(&record.id, 1).unwrap();
        assert_eq!(
            w.approval_blockers,
            blockers
                .iter()
                .map(|f| f.stored.finding.message.clone())
                .collect::<Vec<_>>(),
            "the same blockers approve() would refuse for"
        );
        assert!(!w.approval_blockers.is_empty(), "DRAFT has a placeholder");
        assert_eq!(w.findings, c.findings(&record.id, 1).unwrap());
        assert_eq!(w.document.revisions, 1);
        assert!(w.document.has_draft);
    }
}
