//! Commands grouped by feature; each parses, calls the core, maps the result.

pub mod caseload;
pub mod coaching;
pub mod documents;
pub mod files;
pub mod records;
pub mod review;
pub mod settings;

use crate::ipc::{DocumentRow, FindingItem, IpcResult, RevisionInfo, Targets, Workspace};
use jobcoach_core::workflow::Caseload;

/// The workspace of a document as it stands: newest revision, its findings, any draft.
pub(crate) fn workspace(caseload: &Caseload, document_id: &str) -> IpcResult<Workspace> {
    let record = caseload.document(document_id)?;
    let client_name = caseload.client(&record.client_id)?.name;
    let latest = caseload.latest_revision(document_id)?;
    let summary = caseload
        .revisions(document_id)?
        .into_iter()
        .find(|r| r.number == latest.number)
        .expect("the newest revision is listed");
    let findings = caseload
        .findings(document_id, latest.number)?
        .into_iter()
        .map(|f| FindingItem::new(f, &latest.content))
        .collect();
    let approval_blockers = caseload
        .approval_blockers(document_id, latest.number)?
        .into_iter()
        .map(|f| f.stored.finding.message)
        .collect();
    let draft = caseload.draft(document_id)?.map(|d| d.content);
    let targets = Targets::of(&record);
    let template = record.template.into();
    Ok(Workspace {
        targets,
        template,
        document: DocumentRow::new(caseload.document_overview(record)?),
        client_name,
        revision: RevisionInfo::from(summary),
        text: latest.content,
        draft,
        findings,
        approval_blockers,
    })
}
