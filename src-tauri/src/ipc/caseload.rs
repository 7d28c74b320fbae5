//! The caseload and a document's workspace: rows, counts, revisions, targets, templates.

use super::{FindingItem, Kind, Status, TemplateName};
use jobcoach_core::store::DocumentRecord;
use jobcoach_core::workflow::{DocumentOverview, RevisionSummary, SeverityCounts, WorkspaceView};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A template as the specialist chooses it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TemplateChoice {
    pub name: TemplateName,
    pub label: String,
    pub description: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
pub struct Counts {
    pub blocker: u32,
    pub major: u32,
    pub minor: u32,
    pub tip: u32,
}

impl From<SeverityCounts> for Counts {
    fn from(c: SeverityCounts) -> Self {
        Counts {
            blocker: c.blocker as u32,
            major: c.major as u32,
            minor: c.minor as u32,
            tip: c.tip as u32,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DocumentRow {
    pub id: String,
    pub client_id: String,
    pub title: String,
    pub kind: Kind,
    pub status: Status,
    pub revisions: u32,
    /// Open findings of the newest revision.
    pub open: Counts,
    pub has_draft: bool,
    pub target_employer: Option<String>,
}

impl DocumentRow {
    pub fn new(o: DocumentOverview) -> Self {
        let DocumentRecord {
            id,
            client_id,
            title,
            kind,
            status,
            target_employer,
            ..
        } = o.record;
        DocumentRow {
            id,
            client_id,
            title,
            kind: kind.into(),
            status: status.into(),
            revisions: o.revisions,
            open: o.open.into(),
            has_draft: o.has_draft,
            target_employer,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClientRow {
    pub id: String,
    pub name: String,
    pub documents: Vec<DocumentRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RevisionInfo {
    pub number: u32,
    pub author_name: String,
    pub author_role: String,
    pub source: String,
    pub note: String,
    pub created_at: String,
    pub open: Counts,
    pub approved: bool,
    /// "Checked with rules 2026.11.2 and the Eastside profile": what produced the findings.
    pub checked_with: String,
}

impl From<RevisionSummary> for RevisionInfo {
    fn from(r: RevisionSummary) -> Self {
        RevisionInfo {
            number: r.number,
            author_name: r.author_name,
            author_role: r.author_role.as_str().to_string(),
            source: r.source.as_str().to_string(),
            note: r.note,
            created_at: r.created_at.to_string(),
            open: r.open.into(),
            approved: r.approved,
            checked_with: if r.profile_name.is_empty() {
                format!("rules {}", r.rules_version)
            } else {
                format!("rules {}, profile \"{}\"", r.rules_version, r.profile_name)
            },
        }
    }
}

/// Everything the document workspace shows when it opens.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Workspace {
    pub document: DocumentRow,
    pub client_name: String,
    pub revision: RevisionInfo,
    /// The newest revision's text.
    pub text: String,
    /// Unsaved text from an earlier session, if any.
    pub draft: Option<String>,
    /// Findings of the newest revision's text.
    pub findings: Vec<FindingItem>,
    /// Why approval is not possible now (open blockers), empty when it is.
    pub approval_blockers: Vec<String>,
    /// The job the document targets; the letter and posting rules read it.
    pub targets: Targets,
    /// The template it is exported in.
    pub template: TemplateName,
}

impl From<WorkspaceView> for Workspace {
    fn from(w: WorkspaceView) -> Self {
        let text = w.text;
        Workspace {
            targets: Targets::of(&w.document.record),
            template: w.document.record.template.into(),
            document: DocumentRow::new(w.document),
            client_name: w.client_name,
            revision: RevisionInfo::from(w.revision),
            findings: w
                .findings
                .into_iter()
                .map(|f| FindingItem::new(f, &text))
                .collect(),
            text,
            draft: w.draft,
            approval_blockers: w.approval_blockers,
        }
    }
}

/// What a document targets. Empty strings mean "not set".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Targets {
    pub employer: String,
    pub role: String,
    pub recipient: String,
    pub posting: String,
}

impl Targets {
    pub fn of(record: &DocumentRecord) -> Self {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        Targets {
            employer: s(&record.target_employer),
            role: s(&record.target_role),
            recipient: s(&record.recipient_name),
            posting: s(&record.posting_text),
        }
    }
}
