//! The shapes that cross the IPC boundary, generated into TypeScript by ts-rs
//! (`ui/src/ipc/bindings/`, checked for drift by a test). This is also the one place where
//! byte spans of the canonical text become the UTF-16 offsets the editor counts.

use jobcoach_core::checklist::{Applicability, Severity};
use jobcoach_core::export::{ExportFormat, Template};
use jobcoach_core::store::{DocumentRecord, DocumentStatus};
use jobcoach_core::text::utf16_from_byte;
use jobcoach_core::workflow::{
    DocumentOverview, FindingView, RevisionSummary, SeverityCounts, WorkflowError,
};
use jobcoach_core::{Error, ErrorCode as CoreCode};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the UI branches on when a command fails. It never matches message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    BadFile,
    NotFound,
    Refused,
    DatabaseTooNew,
    Internal,
}

/// Every command error: a code for the program, a message for the person.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl From<Error> for IpcError {
    fn from(e: Error) -> Self {
        let code = match e.code() {
            CoreCode::BadFile => ErrorCode::BadFile,
            CoreCode::NotFound => ErrorCode::NotFound,
            CoreCode::Refused => ErrorCode::Refused,
            CoreCode::DatabaseTooNew => ErrorCode::DatabaseTooNew,
            CoreCode::Internal => ErrorCode::Internal,
        };
        IpcError {
            code,
            message: e.to_string(),
        }
    }
}

impl From<WorkflowError> for IpcError {
    fn from(e: WorkflowError) -> Self {
        IpcError::from(Error::from(e))
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

/// The office's words for the people it serves.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Words {
    pub choice: String,
    pub one: String,
    pub many: String,
    pub one_title: String,
    pub many_title: String,
}

impl From<jobcoach_core::words::Words> for Words {
    fn from(w: jobcoach_core::words::Words) -> Self {
        Words {
            choice: w.choice.as_str().to_string(),
            one: w.one,
            many: w.many,
            one_title: w.one_title,
            many_title: w.many_title,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Draft,
    InReview,
    ChangesRequested,
    Approved,
}

impl From<DocumentStatus> for Status {
    fn from(s: DocumentStatus) -> Self {
        match s {
            DocumentStatus::Draft => Status::Draft,
            DocumentStatus::InReview => Status::InReview,
            DocumentStatus::ChangesRequested => Status::ChangesRequested,
            DocumentStatus::Approved => Status::Approved,
        }
    }
}

impl From<Status> for DocumentStatus {
    fn from(s: Status) -> Self {
        match s {
            Status::Draft => DocumentStatus::Draft,
            Status::InReview => DocumentStatus::InReview,
            Status::ChangesRequested => DocumentStatus::ChangesRequested,
            Status::Approved => DocumentStatus::Approved,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Resume,
    CoverLetter,
}

impl From<jobcoach_core::DocumentKind> for Kind {
    fn from(k: jobcoach_core::DocumentKind) -> Self {
        match k {
            jobcoach_core::DocumentKind::Resume => Kind::Resume,
            jobcoach_core::DocumentKind::CoverLetter => Kind::CoverLetter,
        }
    }
}

impl From<Kind> for jobcoach_core::DocumentKind {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Resume => jobcoach_core::DocumentKind::Resume,
            Kind::CoverLetter => jobcoach_core::DocumentKind::CoverLetter,
        }
    }
}

/// The export templates (see `jobcoach_core::export::Template`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TemplateName {
    Classic,
    Modern,
    Compact,
}

impl From<Template> for TemplateName {
    fn from(t: Template) -> Self {
        match t {
            Template::Classic => TemplateName::Classic,
            Template::Modern => TemplateName::Modern,
            Template::Compact => TemplateName::Compact,
        }
    }
}

impl From<TemplateName> for Template {
    fn from(t: TemplateName) -> Self {
        match t {
            TemplateName::Classic => Template::Classic,
            TemplateName::Modern => Template::Modern,
            TemplateName::Compact => Template::Compact,
        }
    }
}

/// A template as the specialist chooses it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TemplateChoice {
    pub name: TemplateName,
    pub label: String,
    pub description: String,
}

/// What an export writes: a Word file, or plain text for an online form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    Docx,
    Text,
}

impl From<FileFormat> for ExportFormat {
    fn from(f: FileFormat) -> Self {
        match f {
            FileFormat::Docx => ExportFormat::Docx,
            FileFormat::Text => ExportFormat::Text,
        }
    }
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Blocker,
    Major,
    Minor,
    Tip,
}

impl From<Severity> for Level {
    fn from(s: Severity) -> Self {
        match s {
            Severity::Blocker => Level::Blocker,
            Severity::Major => Level::Major,
            Severity::Minor => Level::Minor,
            Severity::Tip => Level::Tip,
        }
    }
}

/// An edit in the editor's terms: UTF-16 offsets.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TextEdit {
    pub from: u32,
    pub to: u32,
    pub insert: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SuggestionItem {
    pub label: String,
    pub edit: Option<TextEdit>,
    /// One click cannot change meaning.
    pub safe: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WaiverInfo {
    pub by: String,
    pub reason: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FindingItem {
    pub rule: String,
    pub level: Level,
    pub message: String,
    /// UTF-16 offsets into the text the finding was computed on.
    pub from: u32,
    pub to: u32,
    pub suggestions: Vec<SuggestionItem>,
    pub fingerprint: String,
    pub waiver: Option<WaiverInfo>,
    /// "Back again: it was fixed in revision 3." when a fixed finding returned.
    pub returned: Option<String>,
    /// "Put off by Dana: next meeting" when deferred.
    pub deferred: Option<String>,
}

impl FindingItem {
    /// Convert a finding on `text`: byte spans become UTF-16 offsets here, and only here.
    pub fn new(view: FindingView, text: &str) -> Self {
        let returned = view
            .reopened_after
            .map(|n| format!("Back again: it was fixed in revision {n}."));
        let deferred = view.deferral.as_ref().map(|d| {
            if d.note.is_empty() {
                format!("Put off by {}", d.deferred_by)
            } else {
                format!("Put off by {}: {}", d.deferred_by, d.note)
            }
        });
        let f = view.stored.finding;
        let u = |byte: usize| utf16_from_byte(text, byte) as u32;
        FindingItem {
            rule: f.rule,
            level: f.severity.into(),
            message: f.message,
            from: u(f.span.start),
            to: u(f.span.end),
            suggestions: f
                .suggestions
                .into_iter()
                .map(|s| SuggestionItem {
                    label: s.label,
                    safe: s.applicability == Some(Applicability::Safe),
                    edit: s.edit.map(|e| TextEdit {
                        from: u(e.span.start),
                        to: u(e.span.end),
                        insert: e.replacement,
                    }),
                })
                .collect(),
            fingerprint: view.stored.fingerprint,
            waiver: view.waiver.map(|w| WaiverInfo {
                by: w.waived_by,
                reason: w.reason,
                at: w.created_at.to_string(),
            }),
            returned,
            deferred,
        }
    }
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

/// A document waiting for the specialist.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct QueueItemRow {
    pub client_name: String,
    pub document: DocumentRow,
    /// Why it waits, in words for the person.
    pub reason: String,
    pub waiting_since: String,
}

/// Something the job seeker will do before the next meeting.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ActionStepItem {
    pub id: String,
    pub text: String,
    /// YYYY-MM-DD.
    pub due: Option<String>,
    pub done: bool,
    pub document_title: Option<String>,
}

/// A meeting going on.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MeetingInfo {
    pub id: String,
    pub started_at: String,
}

impl From<jobcoach_core::store::Meeting> for MeetingInfo {
    fn from(m: jobcoach_core::store::Meeting) -> Self {
        MeetingInfo {
            id: m.id,
            started_at: m.started_at.to_string(),
        }
    }
}

/// What a meeting produced, ready to paste into a case-management system.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CaseNote {
    pub minutes: i64,
    pub text: String,
}

/// A comment thread as it stands on a revision.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CommentItem {
    pub id: String,
    pub body: String,
    pub author: String,
    /// Staff only.
    pub internal: bool,
    pub resolved: bool,
    /// Its text is gone from this revision.
    pub outdated: bool,
    pub anchor_text: String,
    /// UTF-16 offsets of its text in this revision (0, 0 when outdated).
    pub from: u32,
    pub to: u32,
    pub replies: Vec<ReplyItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReplyItem {
    pub body: String,
    pub author: String,
}

/// One line of the history log.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct HistoryItem {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

/// The office checklist profile in use.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ProfileInfo {
    /// Empty when the catalogue is used as shipped.
    pub name: String,
    pub rules_off: u32,
    pub severities_changed: u32,
}

impl From<&jobcoach_core::checklist::Profile> for ProfileInfo {
    fn from(p: &jobcoach_core::checklist::Profile) -> Self {
        ProfileInfo {
            name: p.name.clone(),
            rules_off: p.disabled.len() as u32,
            severities_changed: p.severities.len() as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn bindings_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/bindings")
    }

    fn export_all(dir: &Path) {
        let cfg = ts_rs::Config::new().with_out_dir(dir);
        IpcError::export_all(&cfg).unwrap();
        Words::export_all(&cfg).unwrap();
        ClientRow::export_all(&cfg).unwrap();
        Workspace::export_all(&cfg).unwrap();
        RevisionInfo::export_all(&cfg).unwrap();
        FindingItem::export_all(&cfg).unwrap();
        ProfileInfo::export_all(&cfg).unwrap();
        QueueItemRow::export_all(&cfg).unwrap();
        ActionStepItem::export_all(&cfg).unwrap();
        MeetingInfo::export_all(&cfg).unwrap();
        CaseNote::export_all(&cfg).unwrap();
        CommentItem::export_all(&cfg).unwrap();
        HistoryItem::export_all(&cfg).unwrap();
        TemplateChoice::export_all(&cfg).unwrap();
        FileFormat::export_all(&cfg).unwrap();
    }

    fn files(dir: &Path) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
            .map(|rd| {
                rd.map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|e| e == "ts"))
                    .map(|p| {
                        (
                            p.file_name().unwrap().to_string_lossy().to_string(),
                            std::fs::read_to_string(&p).unwrap(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.sort();
        out
    }

    /// The committed TypeScript types must be what the Rust types generate. Set
    /// JOBCOACH_WRITE_BINDINGS=1 (or run `cargo xtask bindings`) to rewrite them.
    #[test]
    fn typescript_bindings_match_the_rust_types() {
        if std::env::var_os("JOBCOACH_WRITE_BINDINGS").is_some() {
            let _ = std::fs::remove_dir_all(bindings_dir());
            export_all(&bindings_dir());
            return;
        }
        let fresh = tempfile::tempdir().unwrap();
        export_all(fresh.path());
        assert_eq!(
            files(&bindings_dir()),
            files(fresh.path()),
            "ui/src/ipc/bindings is out of date with src-tauri/src/ipc.rs: run `cargo xtask bindings` and commit the result"
        );
    }

    #[test]
    fn spans_become_utf16_offsets_once() {
        use jobcoach_core::checklist::{Finding, Suggestion};
        use jobcoach_core::store::StoredFinding;
        let text = "Café – 🎯 the the end";
        let start = text.find("the the").unwrap();
        let finding = Finding {
            rule: "wording.repeated-word".into(),
            severity: Severity::Major,
            span: start..start + 7,
            message: "m".into(),
            suggestions: vec![Suggestion::edit(
                "Keep one",
                start..start + 7,
                "the",
                Applicability::Safe,
            )],
        };
        let view = FindingView {
            stored: StoredFinding {
                id: String::new(),
                revision_id: String::new(),
                finding,
                fingerprint: "f".into(),
            },
            waiver: None,
            deferral: None,
            since: Some(1),
            reopened_after: None,
        };
        let item = FindingItem::new(view, text);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let got = String::from_utf16(&utf16[item.from as usize..item.to as usize]).unwrap();
        assert_eq!(
            got, "the the",
            "é, – and the emoji (two UTF-16 units) are counted as the editor counts them"
        );
        assert!(item.suggestions[0].safe);
        assert_eq!(item.suggestions[0].edit.as_ref().unwrap().from, item.from);
    }
}
