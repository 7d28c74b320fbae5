//! The workflow: how documents move through a caseload. A client's document gets
//! revisions (immutable, each with its findings); the specialist approves one revision,
//! which needs every blocker fixed or waived with a reason; a newer revision puts an
//! approved document back to draft, and the old approval stays in the history.
//!
//! This is the one place these rules live: the CLI and the desktop shell call it.

mod coaching;
mod comments;
mod dispositions;
mod editing;
mod overview;
mod privacy;
mod review;
pub mod sample;

pub use coaching::{MeetingRecord, QueueItem};
pub use comments::CommentThread;
pub use dispositions::FindingsReport;
pub use overview::{ClientOverview, DocumentOverview};

use crate::checklist::{
    Checklist, ContactDetails, Context, Finding, OtherDocument, Profile, Severity, RULES_VERSION,
};
use crate::clock::{Clock, Ids};
use crate::document::{Document, DocumentKind, SourceFacts};
use crate::export::{self, ExportFormat, ExportOptions, Template};
use crate::import;
use crate::store::{
    self, Approval, AuthorRole, Client, ClientSummary, DocumentRecord, DocumentStatus,
    HistoryEntry, NewDocument, NewRevision, Revision, Store, StoredFinding, Waiver,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum WorkflowError {
    #[error("{0}")]
    NotFound(String),
    #[error("please give the {what} a name")]
    EmptyName { what: &'static str },
    #[error("revision {number} can't be approved yet: {}. Fix {} or waive {} with a reason",
        describe(blockers), if blockers.len() == 1 { "it" } else { "them" }, if blockers.len() == 1 { "it" } else { "each one" })]
    OpenBlockers {
        number: u32,
        blockers: Vec<(String, String)>,
    },
    #[error(
        "revision {number} is not the newest (revision {newest} is). Approve the newest revision"
    )]
    NotNewest { number: u32, newest: u32 },
    #[error(
        "nothing to waive for {rule} in revision {number}: it has no open finding from that rule"
    )]
    NothingToWaive { rule: String, number: u32 },
    #[error("a waiver needs a reason, so the next person knows why ({rule})")]
    WaiverWithoutReason { rule: String },
    #[error("this is the same text as revision {number}, so no new revision was made")]
    Unchanged { number: u32 },
    #[error("a {from} document can't be marked {to}{}", if *to == DocumentStatus::Approved { ": approve a revision instead" } else { "" })]
    StatusChange {
        from: DocumentStatus,
        to: DocumentStatus,
    },
    #[error("that finding is not in revision {number}")]
    NoSuchFinding { number: u32 },
    #[error("could not write {path}: {reason}")]
    WriteFile { path: String, reason: String },
    #[error("to erase {name} and everything about them, type their name exactly as shown")]
    EraseNotConfirmed { name: String },
    #[error("a meeting with this person is already going on (since {since}); end it first")]
    MeetingOpen { since: String },
    #[error("the office profile can't be used: {0}")]
    Profile(#[from] crate::checklist::ProfileError),
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Import(#[from] import::ImportError),
    #[error(transparent)]
    Export(#[from] export::ExportError),
}

fn describe(blockers: &[(String, String)]) -> String {
    let rules: Vec<&str> = blockers.iter().map(|(r, _)| r.as_str()).collect();
    format!(
        "{} must-fix item{} still open ({})",
        blockers.len(),
        if blockers.len() == 1 { " is" } else { "s are" },
        rules.join(", ")
    )
}

pub type Result<T> = std::result::Result<T, WorkflowError>;

/// A finding with what has been decided about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingView {
    #[serde(flatten)]
    pub stored: StoredFinding,
    pub waiver: Option<Waiver>,
    /// Put off to a later meeting; still open.
    pub deferral: Option<store::Deferral>,
    /// The revision it first appeared in, in its current run (`None` for text not saved).
    pub since: Option<u32>,
    /// It was fixed in this revision, then came back.
    pub reopened_after: Option<u32>,
}

impl FindingView {
    pub fn is_open(&self) -> bool {
        self.waiver.is_none()
    }
}

/// A revision as the history lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RevisionSummary {
    pub number: u32,
    pub id: String,
    pub created_at: jiff::Timestamp,
    pub author_role: AuthorRole,
    pub author_name: String,
    pub source: store::RevisionSource,
    pub note: String,
    pub open: SeverityCounts,
    pub approved: bool,
    /// Which rules and office profile produced this revision's findings.
    pub rules_version: String,
    pub profile_name: String,
}

/// Open findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SeverityCounts {
    pub blocker: usize,
    pub major: usize,
    pub minor: usize,
    pub tip: usize,
}

impl SeverityCounts {
    pub(crate) fn add(&mut self, s: Severity) {
        match s {
            Severity::Blocker => self.blocker += 1,
            Severity::Major => self.major += 1,
            Severity::Minor => self.minor += 1,
            Severity::Tip => self.tip += 1,
        }
    }
}

/// Settings keys of the office profile: its TOML text and the file name it came from.
const PROFILE_KEY: &str = "profile";
const PROFILE_NAME_KEY: &str = "profile_name";

/// The profile kept in the database, or the catalogue as shipped.
pub(crate) fn stored_profile(store: &Store) -> Profile {
    store::get_setting(store.conn(), PROFILE_KEY)
        .ok()
        .flatten()
        .filter(|text| !text.trim().is_empty())
        .and_then(|text| {
            let name = store::get_setting(store.conn(), PROFILE_NAME_KEY)
                .ok()
                .flatten();
            Profile::from_toml(&text, name.as_deref().unwrap_or("Office profile")).ok()
        })
        .unwrap_or_default()
}

/// A specialist's caseload: the store, the loaded checklist, the office profile, and the
/// clock and id source everything is stamped with.
pub struct Caseload {
    pub(crate) store: Store,
    checklist: Checklist,
    profile: Profile,
    pub(crate) clock: Box<dyn Clock>,
    pub(crate) ids: Box<dyn Ids>,
}

impl Caseload {
    pub fn new(
        store: Store,
        checklist: Checklist,
        clock: Box<dyn Clock>,
        ids: Box<dyn Ids>,
    ) -> Self {
        // The office's profile lives with the database. It was checked when it was saved;
        // if this build can't read it (a rule since renamed), the catalogue as shipped is
        // used and the text is kept for the specialist to fix.
        let profile = stored_profile(&store);
        Caseload {
            store,
            checklist,
            profile,
            clock,
            ids,
        }
    }

    /// The office profile in use (the default is the catalogue as shipped).
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// Use a profile for this caseload from now on, or `None` for the catalogue as shipped.
    /// `file_name` names the profile when its text has no `name`. Findings already stored
    /// keep the profile that produced them; new revisions record the new one.
    pub fn set_profile(&mut self, toml: Option<(&str, &str)>, actor: &str) -> Result<&Profile> {
        let profile = match toml {
            Some((text, file_name)) => Profile::from_toml(text, file_name)?,
            None => Profile::default(),
        };
        let entry = self.history(
            actor,
            "profile.changed",
            None,
            None,
            None,
            if profile.name.is_empty() {
                "catalogue as shipped".to_string()
            } else {
                profile.name.clone()
            },
        );
        self.store.transaction(|tx| {
            match toml {
                Some((text, file_name)) => {
                    store::put_setting(tx, PROFILE_KEY, text)?;
                    store::put_setting(tx, PROFILE_NAME_KEY, file_name)?;
                }
                None => {
                    store::put_setting(tx, PROFILE_KEY, "")?;
                    store::put_setting(tx, PROFILE_NAME_KEY, "")?;
                }
            }
            store::insert_history(tx, &entry)
        })?;
        self.profile = profile;
        Ok(&self.profile)
    }

    /// Change what a document targets (employer, role, recipient, posting). The next check
    /// uses them; stored findings stay as they were found.
    pub fn set_targets(
        &mut self,
        document_id: &str,
        targets: NewDocument,
        actor: &str,
    ) -> Result<DocumentRecord> {
        let record = self.document(document_id)?;
        let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let targets = NewDocument {
            target_employer: clean(targets.target_employer),
            target_role: clean(targets.target_role),
            recipient_name: clean(targets.recipient_name),
            posting_text: clean(targets.posting_text),
            ..targets
        };
        let now = self.clock.now();
        let entry = self.history(
            actor,
            "document.targets-changed",
            Some(&record.client_id),
            Some(&record.id),
            None,
            [
                targets
                    .target_employer
                    .as_deref()
                    .map(|e| format!("employer: {e}")),
                targets.target_role.as_deref().map(|r| format!("role: {r}")),
                targets
                    .recipient_name
                    .as_deref()
                    .map(|r| format!("recipient: {r}")),
                targets
                    .posting_text
                    .as_ref()
                    .map(|_| "posting attached".to_string()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("; "),
        );
        self.store.transaction(|tx| {
            store::update_targets(tx, &record.id, &targets, now)?;
            store::insert_history(tx, &entry)
        })?;
        self.document(document_id)
    }

    /// Choose the template the document is exported in.
    pub fn set_template(
        &mut self,
        document_id: &str,
        template: Template,
        actor: &str,
    ) -> Result<DocumentRecord> {
        let record = self.document(document_id)?;
        if record.template == template {
            return Ok(record);
        }
        let now = self.clock.now();
        let entry = self.history(
            actor,
            "document.template-changed",
            Some(&record.client_id),
            Some(&record.id),
            None,
            format!("{} → {}", record.template.label(), template.label()),
        );
        self.store.transaction(|tx| {
            store::set_template(tx, &record.id, template, now)?;
            store::insert_history(tx, &entry)
        })?;
        self.document(document_id)
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn checklist(&self) -> &Checklist {
        &self.checklist
    }

    fn history(
        &self,
        actor: &str,
        action: &str,
        client: Option<&str>,
        document: Option<&str>,
        revision: Option<&str>,
        detail: String,
    ) -> HistoryEntry {
        HistoryEntry {
            id: self.ids.new_id(),
            at: self.clock.now(),
            actor: actor.to_string(),
            action: action.to_string(),
            client_id: client.map(str::to_string),
            document_id: document.map(str::to_string),
            revision_id: revision.map(str::to_string),
            detail,
        }
    }

    pub fn add_client(&mut self, name: &str, actor: &str) -> Result<Client> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(WorkflowError::EmptyName { what: "client" });
        }
        let client = Client {
            id: self.ids.new_id(),
            name,
            created_at: self.clock.now(),
        };
        let entry = self.history(
            actor,
            "client.added",
            Some(&client.id),
            None,
            None,
            client.name.clone(),
        );
        self.store.transaction(|tx| {
            store::insert_client(tx, &client)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(client)
    }

    pub fn clients(&self) -> Result<Vec<ClientSummary>> {
        Ok(store::list_clients(self.store.conn())?)
    }

    pub fn client(&self, id: &str) -> Result<Client> {
        store::get_client(self.store.conn(), id).map_err(not_found)
    }

    pub fn documents(&self, client_id: &str) -> Result<Vec<DocumentRecord>> {
        self.client(client_id)?;
        Ok(store::list_documents(self.store.conn(), client_id)?)
    }

    pub fn document(&self, id: &str) -> Result<DocumentRecord> {
        store::get_document(self.store.conn(), id).map_err(not_found)
    }

    /// The checklist context a document's record gives.
    pub(crate) fn context(&self, record: &DocumentRecord) -> Result<Context> {
        let client = self.client(&record.client_id)?;
        Ok(self.context_for(record, &client))
    }

    /// Run the checklist on a document as it would be stored for `record`.
    pub fn check(
        &self,
        doc: &Document,
        record_kind: Option<DocumentKind>,
        context: &Context,
    ) -> (DocumentKind, Vec<Finding>) {
        let outline = self.checklist.outline(doc, record_kind);
        let today = self.clock.now().to_zoned(jiff::tz::TimeZone::UTC).date();
        let findings = self
            .checklist
            .check(doc, &outline, context, &self.profile, today);
        (outline.kind, findings)
    }

    /// A new document for a client, with `doc` as revision 1.
    pub fn add_document(
        &mut self,
        client_id: &str,
        doc: Document,
        meta: NewDocument,
        rev: NewRevision,
    ) -> Result<(DocumentRecord, Revision)> {
        let client = self.client(client_id)?;
        let now = self.clock.now();
        let kind = meta
            .kind
            .unwrap_or_else(|| self.checklist.outline(&doc, None).kind);
        let title = meta
            .title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| {
                let label = match kind {
                    DocumentKind::Resume => "Resume",
                    DocumentKind::CoverLetter => "Cover letter",
                };
                match &meta.target_employer {
                    Some(e) => format!("{label} for {e}"),
                    None => label.to_string(),
                }
            });
        let record = DocumentRecord {
            id: self.ids.new_id(),
            client_id: client.id.clone(),
            kind,
            title,
            status: DocumentStatus::Draft,
            target_employer: meta.target_employer,
            target_role: meta.target_role,
            recipient_name: meta.recipient_name,
            posting_text: meta.posting_text,
            // A resume and its letters go out together, so a new document takes the look
            // of the person's most recently changed one.
            template: store::list_documents(self.store.conn(), &client.id)?
                .into_iter()
                .max_by_key(|d| d.updated_at)
                .map_or_else(Template::default, |d| d.template),
            created_at: now,
            updated_at: now,
        };
        let context = self.context_for(&record, &client);
        let (revision, findings) = self.prepare_revision(&record, None, doc, rev, &context);
        let entries = [
            self.history(
                &revision.author_name,
                "document.added",
                Some(&client.id),
                Some(&record.id),
                None,
                record.title.clone(),
            ),
            self.history(
                &revision.author_name,
                "revision.added",
                Some(&client.id),
                Some(&record.id),
                Some(&revision.id),
                revision_detail(&revision),
            ),
        ];
        self.store.transaction(|tx| {
            store::insert_document(tx, &record)?;
            store::insert_revision(tx, &revision)?;
            store::insert_findings(tx, &findings)?;
            entries
                .iter()
                .try_for_each(|e| store::insert_history(tx, e))
        })?;
        Ok((record, revision))
    }

    /// The context of a document: its targets, and what the client's other documents say
    /// (for the rules that compare a letter with its siblings).
    fn context_for(&self, record: &DocumentRecord, client: &Client) -> Context {
        let mut context = Context {
            target_employer: record.target_employer.clone(),
            target_role: record.target_role.clone(),
            recipient_name: record.recipient_name.clone(),
            posting_text: record.posting_text.clone(),
            client_name: Some(client.name.clone()),
            ..Context::default()
        };
        let siblings = store::list_documents(self.store.conn(), &client.id).unwrap_or_default();
        for other in siblings.iter().filter(|d| d.id != record.id) {
            if other.kind == DocumentKind::CoverLetter {
                if let Some(employer) = &other.target_employer {
                    let same = record
                        .target_employer
                        .as_deref()
                        .is_some_and(|t| t.eq_ignore_ascii_case(employer));
                    if !same && !context.other_letter_employers.contains(employer) {
                        context.other_letter_employers.push(employer.clone());
                    }
                }
            }
            if let Ok(Some(rev)) = store::latest_revision(self.store.conn(), &other.id) {
                let doc = Document::from_text(rev.content, SourceFacts::default());
                let outline = self.checklist.outline(&doc, Some(other.kind));
                context.other_documents.push(OtherDocument {
                    title: other.title.clone(),
                    contact: ContactDetails::of(&outline),
                });
            }
        }
        context
    }

    /// Import a file as a new document.
    pub fn import_document(
        &mut self,
        client_id: &str,
        path: &Path,
        meta: NewDocument,
        mut rev: NewRevision,
    ) -> Result<(DocumentRecord, Revision)> {
        let doc = import::import_file(path)?;
        rev.source_file = rev
            .source_file
            .or_else(|| path.file_name().map(|n| n.to_string_lossy().to_string()));
        self.add_document(client_id, doc, meta, rev)
    }

    /// Add the next revision of a document. An approved document goes back to draft.
    pub fn add_revision(
        &mut self,
        document_id: &str,
        doc: Document,
        rev: NewRevision,
    ) -> Result<Revision> {
        let record = self.document(document_id)?;
        let parent = store::latest_revision(self.store.conn(), document_id)?;
        if let Some(p) = &parent {
            if p.content_hash == content_hash(&doc.text) {
                return Err(WorkflowError::Unchanged { number: p.number });
            }
        }
        let context = self.context(&record)?;
        let (revision, findings) =
            self.prepare_revision(&record, parent.as_ref(), doc, rev, &context);
        let mut entries = vec![self.history(
            &revision.author_name,
            "revision.added",
            Some(&record.client_id),
            Some(&record.id),
            Some(&revision.id),
            revision_detail(&revision),
        )];
        let reopen = record.status == DocumentStatus::Approved;
        if reopen {
            entries.push(self.history(
                &revision.author_name,
                "document.status",
                Some(&record.client_id),
                Some(&record.id),
                Some(&revision.id),
                format!(
                    "approved -> draft: revision {} is newer than the approved one",
                    revision.number
                ),
            ));
        }
        let now = self.clock.now();
        self.store.transaction(|tx| {
            store::insert_revision(tx, &revision)?;
            store::insert_findings(tx, &findings)?;
            if reopen {
                store::update_status(tx, &record.id, DocumentStatus::Draft, now)?;
            }
            // The typed text is now a revision: the unsaved draft has done its job.
            store::delete_draft(tx, &record.id)?;
            entries
                .iter()
                .try_for_each(|e| store::insert_history(tx, e))
        })?;
        Ok(revision)
    }

    /// Import a file as the next revision of a document.
    pub fn import_revision(
        &mut self,
        document_id: &str,
        path: &Path,
        mut rev: NewRevision,
    ) -> Result<Revision> {
        let doc = import::import_file(path)?;
        rev.source_file = rev
            .source_file
            .or_else(|| path.file_name().map(|n| n.to_string_lossy().to_string()));
        self.add_revision(document_id, doc, rev)
    }

    /// Save edited Markdown text as the next revision.
    pub fn revise_text(
        &mut self,
        document_id: &str,
        markdown: &str,
        rev: NewRevision,
    ) -> Result<Revision> {
        let mut doc = import::import_markdown(markdown);
        // Edits keep the layout facts of the file they started from.
        if let Some(parent) = store::latest_revision(self.store.conn(), document_id)? {
            let format = doc.facts.format;
            doc.facts = parent.source_facts;
            doc.facts.format = format;
            doc.facts.tables.clear();
            doc.facts.text_boxes.clear();
        }
        self.add_revision(document_id, doc, rev)
    }

    fn prepare_revision(
        &self,
        record: &DocumentRecord,
        parent: Option<&Revision>,
        doc: Document,
        rev: NewRevision,
        context: &Context,
    ) -> (Revision, Vec<StoredFinding>) {
        let (_, findings) = self.check(&doc, Some(record.kind), context);
        let revision = Revision {
            id: self.ids.new_id(),
            document_id: record.id.clone(),
            number: parent.map_or(1, |p| p.number + 1),
            parent_id: parent.map(|p| p.id.clone()),
            content_hash: content_hash(&doc.text),
            content: doc.text,
            source_facts: doc.facts,
            author_role: rev.author_role,
            author_name: rev.author_name,
            source: rev.source,
            source_file: rev.source_file,
            note: rev.note,
            rules_version: RULES_VERSION.to_string(),
            profile_name: self.profile.name.clone(),
            created_at: self.clock.now(),
        };
        let stored = findings
            .into_iter()
            .map(|f| StoredFinding {
                id: self.ids.new_id(),
                revision_id: revision.id.clone(),
                fingerprint: f.fingerprint(&revision.content),
                finding: f,
            })
            .collect();
        (revision, stored)
    }

    pub fn revision(&self, document_id: &str, number: u32) -> Result<Revision> {
        store::get_revision(self.store.conn(), document_id, number).map_err(not_found)
    }

    pub fn latest_revision(&self, document_id: &str) -> Result<Revision> {
        self.document(document_id)?;
        store::latest_revision(self.store.conn(), document_id)?.ok_or_else(|| {
            WorkflowError::NotFound(format!("document {document_id} has no revisions"))
        })
    }

    /// A revision's findings, each with its waiver if one applies.
    pub fn findings(&self, document_id: &str, number: u32) -> Result<Vec<FindingView>> {
        let revision = self.revision(document_id, number)?;
        let history = dispositions::History::load(self, document_id, number)?;
        Ok(store::list_findings(self.store.conn(), &revision.id)?
            .into_iter()
            .map(|stored| history.view(stored, Some(number)))
            .collect())
    }

    /// Every revision, oldest first, with open findings counted.
    pub fn revisions(&self, document_id: &str) -> Result<Vec<RevisionSummary>> {
        self.document(document_id)?;
        let approvals = store::list_approvals(self.store.conn(), document_id)?;
        // Open = not covered by a waiver; counted from one query, not one per revision.
        let waived: std::collections::HashSet<String> =
            store::list_waivers(self.store.conn(), document_id)?
                .into_iter()
                .map(|w| w.fingerprint)
                .collect();
        let mut counts: std::collections::HashMap<u32, SeverityCounts> =
            std::collections::HashMap::new();
        for (n, fp, severity) in store::finding_severities(self.store.conn(), document_id)? {
            if !waived.contains(&fp) {
                counts.entry(n).or_default().add(severity);
            }
        }
        let mut out = Vec::new();
        for r in store::list_revisions(self.store.conn(), document_id)? {
            let open = counts.get(&r.number).copied().unwrap_or_default();
            out.push(RevisionSummary {
                number: r.number,
                approved: approvals.iter().any(|a| a.revision_id == r.id),
                id: r.id,
                created_at: r.created_at,
                author_role: r.author_role,
                author_name: r.author_name,
                source: r.source,
                note: r.note,
                open,
                rules_version: r.rules_version,
                profile_name: r.profile_name,
            });
        }
        Ok(out)
    }

    /// Approve revision `number`, waiving open findings of the named rules with a reason.
    /// Refused while a blocker is open, and for any revision but the newest.
    pub fn approve(
        &mut self,
        document_id: &str,
        number: u32,
        by: &str,
        waive: &[(String, String)],
    ) -> Result<Approval> {
        let record = self.document(document_id)?;
        let newest = self.latest_revision(document_id)?;
        if newest.number != number {
            self.revision(document_id, number)?;
            return Err(WorkflowError::NotNewest {
                number,
                newest: newest.number,
            });
        }
        let findings = self.findings(document_id, number)?;
        let now = self.clock.now();
        let mut waivers = Vec::new();
        for (rule, reason) in waive {
            if reason.trim().is_empty() {
                return Err(WorkflowError::WaiverWithoutReason { rule: rule.clone() });
            }
            let matching: Vec<&FindingView> = findings
                .iter()
                .filter(|f| f.is_open() && &f.stored.finding.rule == rule)
                .collect();
            if matching.is_empty() {
                return Err(WorkflowError::NothingToWaive {
                    rule: rule.clone(),
                    number,
                });
            }
            for f in matching {
                waivers.push(Waiver {
                    id: self.ids.new_id(),
                    document_id: record.id.clone(),
                    revision_id: newest.id.clone(),
                    rule: rule.clone(),
                    fingerprint: f.stored.fingerprint.clone(),
                    reason: reason.trim().to_string(),
                    waived_by: by.to_string(),
                    created_at: now,
                });
            }
        }
        let blockers: Vec<(String, String)> = self
            .approval_blockers(document_id, number)?
            .into_iter()
            .filter(|f| {
                !waivers
                    .iter()
                    .any(|w| w.fingerprint == f.stored.fingerprint)
            })
            .map(|f| (f.stored.finding.rule, f.stored.finding.message))
            .collect();
        if !blockers.is_empty() {
            return Err(WorkflowError::OpenBlockers { number, blockers });
        }
        let approval = Approval {
            id: self.ids.new_id(),
            document_id: record.id.clone(),
            revision_id: newest.id.clone(),
            approved_by: by.to_string(),
            created_at: now,
        };
        let mut entries: Vec<HistoryEntry> = waivers
            .iter()
            .map(|w| {
                self.history(
                    by,
                    "finding.waived",
                    Some(&record.client_id),
                    Some(&record.id),
                    Some(&newest.id),
                    format!("{}: {}", w.rule, w.reason),
                )
            })
            .collect();
        entries.push(self.history(
            by,
            "document.approved",
            Some(&record.client_id),
            Some(&record.id),
            Some(&newest.id),
            format!("revision {number}"),
        ));
        self.store.transaction(|tx| {
            waivers
                .iter()
                .try_for_each(|w| store::insert_waiver(tx, w))?;
            store::insert_approval(tx, &approval)?;
            store::update_status(tx, &record.id, DocumentStatus::Approved, now)?;
            entries
                .iter()
                .try_for_each(|e| store::insert_history(tx, e))
        })?;
        Ok(approval)
    }

    /// The findings that stop revision `number` from being approved now: open blockers.
    /// `approve` refuses for exactly these; the app shows them beside a disabled button.
    pub fn approval_blockers(&self, document_id: &str, number: u32) -> Result<Vec<FindingView>> {
        Ok(self
            .findings(document_id, number)?
            .into_iter()
            .filter(|f| f.is_open() && f.stored.finding.severity == Severity::Blocker)
            .collect())
    }

    pub fn approvals(&self, document_id: &str) -> Result<Vec<Approval>> {
        Ok(store::list_approvals(self.store.conn(), document_id)?)
    }

    /// Every change about a client, oldest first.
    pub fn history_of_client(&self, client_id: &str) -> Result<Vec<HistoryEntry>> {
        self.client(client_id)?;
        Ok(store::list_history_for_client(
            self.store.conn(),
            client_id,
        )?)
    }

    pub fn history_of_document(&self, document_id: &str) -> Result<Vec<HistoryEntry>> {
        Ok(store::list_history_for_document(
            self.store.conn(),
            document_id,
        )?)
    }

    /// Export the document: the approved revision as a polished DOCX (or plain text), or,
    /// while the newest revision is not approved, the newest one marked as a draft. Returns
    /// the path written.
    pub fn export(
        &mut self,
        document_id: &str,
        out: &Path,
        format: ExportFormat,
        actor: &str,
    ) -> Result<PathBuf> {
        let record = self.document(document_id)?;
        let newest = self.latest_revision(document_id)?;
        let approved = store::list_approvals(self.store.conn(), document_id)?
            .iter()
            .any(|a| a.revision_id == newest.id);
        let client = self.client(&record.client_id)?;
        let doc = Document::from_text(newest.content.clone(), newest.source_facts.clone());
        let person = self
            .checklist
            .outline(&doc, Some(record.kind))
            .name
            .unwrap_or(client.name);
        let path = export::output_path(out, &person, record.kind, !approved, format);
        let options = ExportOptions {
            kind: record.kind,
            template: record.template,
            title: export::document_title(&person, record.kind),
            author: person.clone(),
            draft: !approved,
            timestamp: self.clock.now().to_string(),
        };
        export::write(&newest.content, &options, format, &path)?;
        let entry = self.history(
            actor,
            "document.exported",
            Some(&record.client_id),
            Some(&record.id),
            Some(&newest.id),
            format!(
                "revision {}{} to {}",
                newest.number,
                if approved { "" } else { " (draft)" },
                path.display()
            ),
        );
        self.store
            .transaction(|tx| store::insert_history(tx, &entry))?;
        Ok(path)
    }
}

/// SHA-256 of the canonical text, hex.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn revision_detail(r: &Revision) -> String {
    let from = r
        .source_file
        .as_deref()
        .map(|f| format!(" from {f}"))
        .unwrap_or_default();
    format!("revision {} ({}{from})", r.number, r.source.as_str())
}

fn not_found(e: store::StoreError) -> WorkflowError {
    match e {
        store::StoreError::NotFound { what, id } => {
            WorkflowError::NotFound(format!("no {what} with id {id}"))
        }
        other => WorkflowError::Store(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{SequentialIds, TestClock};
    use crate::store::RevisionSource;

    fn caseload() -> Caseload {
        let start: jiff::Timestamp = "2026-11-22T09:00:00Z".parse().unwrap();
        Caseload::new(
            Store::open_in_memory().unwrap(),
            Checklist::new(),
            Box::new(TestClock::new(start)),
            Box::new(SequentialIds::default()),
        )
    }

    /// The caseload's counts (kept by triggers) agree with counting each document's
    /// findings the slow way.
    fn assert_summaries_match(c: &Caseload) {
        for client in c.overview("").unwrap() {
            for fast in client.documents {
                let slow = c.document_overview(fast.record.clone()).unwrap();
                assert_eq!(
                    fast, slow,
                    "the kept summary of {} is right",
                    fast.record.title
                );
            }
        }
    }

    fn by_specialist(note: &str) -> NewRevision {
        NewRevision {
            author_role: AuthorRole::Specialist,
            author_name: "Dana Specialist".into(),
            source: RevisionSource::InAppEdit,
            source_file: None,
            note: note.into(),
        }
    }

    /// Has a placeholder (a blocker) and no phone (a major).
    const DRAFT: &str = "# Maria Delgado\n\nmaria@example.com\n\n## Experience\n\nCashier, \\[Company Name\\], 2019 – Present\n\n- Trained 12 new cashiers\n";

    fn with_document(c: &mut Caseload) -> DocumentRecord {
        let client = c.add_client("  Maria   Delgado ", "Dana").unwrap();
        assert_eq!(client.name, "Maria Delgado", "names are tidied");
        let (record, rev) = c
            .add_document(
                &client.id,
                import::import_markdown(DRAFT),
                NewDocument::default(),
                by_specialist("first look"),
            )
            .unwrap();
        assert_eq!(rev.number, 1);
        assert_eq!(
            record.kind,
            DocumentKind::Resume,
            "the kind is detected when not given"
        );
        record
    }

    #[test]
    fn findings_carry_over_revisions_fixed_waived_deferred_and_back_again() {
        let mut c = caseload();
        let client = c.add_client("Maria Delgado", "Dana").unwrap();
        let v1 = "# Maria Delgado\n\nmaria@example.com | (555) 123-4567\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Trained the the new cashiers\n- Counted 4 drawers a night\n";
        let (record, _) = c
            .add_document(
                &client.id,
                import::import_markdown(v1),
                NewDocument::default(),
                by_specialist(""),
            )
            .unwrap();
        let doubled = |c: &Caseload, n: u32| {
            c.findings_report(&record.id, n)
                .unwrap()
                .findings
                .into_iter()
                .find(|f| f.stored.finding.rule == "wording.repeated-word")
        };
        let first = doubled(&c, 1).expect("revision 1 has the doubled word");
        assert_eq!(first.since, Some(1));
        // Revision 2 moves the line down: the same finding, still open since revision 1.
        let v2 = v1.replace(
            "- Trained the the",
            "- Counted 2 safes a week\n- Trained the the",
        );
        c.revise_text(&record.id, &v2, by_specialist("moved"))
            .unwrap();
        assert_eq!(doubled(&c, 2).unwrap().since, Some(1), "followed its text");
        // Revision 3 fixes it: the report says so.
        let v3 = v2.replace("the the", "the");
        c.revise_text(&record.id, &v3, by_specialist("fixed"))
            .unwrap();
        let r3 = c.findings_report(&record.id, 3).unwrap();
        assert!(doubled(&c, 3).is_none());
        assert!(
            r3.fixed
                .iter()
                .any(|f| f.finding.rule == "wording.repeated-word"),
            "fixed in 3"
        );
        // Revision 4 brings it back: reopened, and it says it was fixed in revision 3.
        c.revise_text(&record.id, &v2, by_specialist("pasted old text"))
            .unwrap();
        let back = doubled(&c, 4).unwrap();
        assert_eq!(back.reopened_after, Some(3));
        assert_eq!(back.since, Some(4));
        // Waived in 4, it stays waived in 5 while its text is unchanged.
        c.waive_rule(
            &record.id,
            4,
            "wording.repeated-word",
            "client's choice",
            "Dana",
        )
        .unwrap();
        let v5 = v2.replace("Counted 4 drawers", "Counted 5 drawers");
        c.revise_text(&record.id, &v5, by_specialist("")).unwrap();
        assert!(doubled(&c, 5).unwrap().waiver.is_some());
        assert!(matches!(
            c.waive_rule(&record.id, 5, "wording.repeated-word", "again", "Dana"),
            Err(WorkflowError::NothingToWaive { .. })
        ));
        // Deferred: marked, and still open.
        let f = c
            .findings(&record.id, 5)
            .unwrap()
            .into_iter()
            .find(|f| f.is_open())
            .expect("an open finding");
        c.defer(&record.id, 5, &f.stored.fingerprint, "next meeting", "Dana")
            .unwrap();
        let deferred = c
            .findings(&record.id, 5)
            .unwrap()
            .into_iter()
            .find(|g| g.stored.fingerprint == f.stored.fingerprint)
            .unwrap();
        assert!(deferred.deferral.is_some() && deferred.is_open());
        assert_summaries_match(&c);
    }

    #[test]
    fn action_steps_meetings_case_notes_and_the_review_queue() {
        let mut c = caseload();
        let record = with_document(&mut c);
        let client = record.client_id.clone();
        let meeting = c.start_meeting(&client, "Dana").unwrap();
        assert!(matches!(
            c.start_meeting(&client, "Dana"),
            Err(WorkflowError::MeetingOpen { .. })
        ));
        let due = jiff::civil::date(2026, 12, 1);
        let step = c
            .add_action_step(
                &client,
                Some(&record.id),
                "Add numbers to your two most recent jobs",
                Some(due),
                "Dana",
            )
            .unwrap();
        c.add_action_step(
            &client,
            None,
            "Ask Ms. Lopez to be a reference",
            None,
            "Dana",
        )
        .unwrap();
        assert!(c
            .add_action_step(&client, None, "   ", None, "Dana")
            .is_err());
        let fixed = DRAFT.replace("\\[Company Name\\]", "Target");
        c.revise_text(&record.id, &fixed, by_specialist("named the employer"))
            .unwrap();
        c.set_meeting_note(&meeting.id, "Maria wants retail leadership roles.")
            .unwrap();
        let r = c.end_meeting(&client, "Dana").unwrap();
        let actions: Vec<&str> = r.entries.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(
            actions,
            vec!["action-step.added", "action-step.added", "revision.added"]
        );
        let note = c.case_note(&meeting.id).unwrap();
        for says in [
            "Meeting with Maria Delgado",
            "Maria wants retail leadership roles.",
            "Saved a revision",
            "Next steps:",
            "Add numbers to your two most recent jobs (by 2026-12-01)",
        ] {
            assert!(note.contains(says), "the case note says {says:?}:\n{note}");
        }
        // The take-home list: open steps, soonest due first; a done step leaves it.
        let list = c.take_home_list(&client).unwrap();
        assert!(
            list.starts_with("# Your next steps, Maria Delgado"),
            "{list}"
        );
        assert!(
            list.contains(
                "- Add numbers to your two most recent jobs (Resume) — by Tuesday, December 1"
            ),
            "{list}"
        );
        c.set_action_step_done(&step.id, true, "Maria").unwrap();
        assert!(!c.take_home_list(&client).unwrap().contains("Add numbers"));
        assert_eq!(
            c.action_steps(&client).unwrap().last().unwrap().id,
            step.id,
            "done steps sort last"
        );

        // The queue: a job seeker's revision puts the document in it; a specialist's next
        // revision takes it out; submitting for review puts it back.
        assert!(c.review_queue().unwrap().is_empty());
        let seeker = NewRevision {
            author_role: AuthorRole::JobSeeker,
            author_name: "Maria".into(),
            ..by_specialist("from home")
        };
        c.revise_text(
            &record.id,
            &format!("{fixed}- Counted 4 drawers nightly\n"),
            seeker,
        )
        .unwrap();
        let q = c.review_queue().unwrap();
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].reason, store::QueueReason::RevisedByJobSeeker);
        c.set_status(&record.id, DocumentStatus::InReview, "Maria")
            .unwrap();
        let q = c.review_queue().unwrap();
        assert_eq!((q.len(), q[0].reason), (1, store::QueueReason::Submitted));
        assert_summaries_match(&c);
    }

    #[test]
    fn comments_follow_their_text_and_go_outdated_when_it_changes() {
        let mut c = caseload();
        let record = with_document(&mut c);
        let at = DRAFT.find("Trained 12").unwrap();
        let comment = c
            .add_comment(
                &record.id,
                1,
                at..at + 10,
                "Which cashiers? Add the store size.",
                store::Visibility::Client,
                "Dana",
            )
            .unwrap();
        c.reply(&comment.id, "A store of 40 staff", "Maria")
            .unwrap();
        let cash = DRAFT.find("Cashier").unwrap();
        c.add_comment(
            &record.id,
            1,
            cash..cash + 7,
            "Ask about the gap",
            store::Visibility::Internal,
            "Dana",
        )
        .unwrap();
        // Revision 2 moves the commented text down: the anchor follows it.
        let v2 = DRAFT.replace("- Trained 12", "- Counted 4 drawers\n- Trained 12");
        c.revise_text(&record.id, &v2, by_specialist("")).unwrap();
        let threads = c.comments(&record.id, 2, false).unwrap();
        let t = threads.iter().find(|t| t.comment.id == comment.id).unwrap();
        let anchor = t.anchor.clone().expect("the text is still there");
        assert_eq!(&v2[anchor], "Trained 12");
        assert_eq!(t.replies.len(), 1);
        assert_eq!(
            c.comments(&record.id, 2, true).unwrap().len(),
            1,
            "internal comments are not in the client's view"
        );
        // Revision 3 rewrites it: the comment is outdated, not lost.
        let v3 = v2.replace("Trained 12 new cashiers", "Coached a crew of 12");
        c.revise_text(&record.id, &v3, by_specialist("")).unwrap();
        let t = c
            .comments(&record.id, 3, false)
            .unwrap()
            .into_iter()
            .find(|t| t.comment.id == comment.id)
            .unwrap();
        assert!(t.outdated && t.anchor.is_none());
        c.set_comment_resolved(&comment.id, true, "Dana").unwrap();
        let t = c
            .comments(&record.id, 3, false)
            .unwrap()
            .into_iter()
            .find(|t| t.comment.id == comment.id)
            .unwrap();
        assert!(t.comment.resolved_at.is_some());
        assert!(c
            .add_comment(&record.id, 3, 0..1, "  ", store::Visibility::Client, "Dana")
            .is_err());
    }

    #[test]
    fn a_client_can_be_exported_and_erased_leaving_only_a_log_line() {
        let mut c = caseload();
        let record = with_document(&mut c);
        let client = record.client_id.clone();
        c.add_action_step(&client, Some(&record.id), "Add numbers", None, "Dana")
            .unwrap();
        let m = c.start_meeting(&client, "Dana").unwrap();
        c.end_meeting(&client, "Dana").unwrap();
        c.add_comment(
            &record.id,
            1,
            2..15,
            "Good name line",
            store::Visibility::Client,
            "Dana",
        )
        .unwrap();
        let other = c.add_client("Someone Else", "Dana").unwrap();
        let dir = std::env::temp_dir().join(format!("jobcoach-archive-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let zip_path = dir.join("maria.zip");
        c.export_client(&client, &zip_path, "Dana").unwrap();
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
        let names: Vec<String> = (0..zip.len())
            .map(|i| zip.by_index(i).unwrap().name().to_string())
            .collect();
        for want in [
            "Maria_Delgado_jobcoach/README.txt",
            "Maria_Delgado_jobcoach/documents/01-Resume/revision-01.md",
            "Maria_Delgado_jobcoach/documents/01-Resume/comments.txt",
            "Maria_Delgado_jobcoach/action-steps.txt",
            "Maria_Delgado_jobcoach/meetings.txt",
            "Maria_Delgado_jobcoach/log.txt",
        ] {
            assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
        }
        let _ = std::fs::remove_dir_all(dir);

        assert!(matches!(
            c.erase_client(&client, "Maria", "Dana"),
            Err(WorkflowError::EraseNotConfirmed { .. })
        ));
        c.erase_client(&client, " maria  delgado ", "Dana").unwrap();
        assert!(c.client(&client).is_err());
        assert!(c.document(&record.id).is_err());
        assert!(c.meeting_record(&m.id).is_err());
        let conn = c.store().conn();
        for table in [
            "revisions",
            "findings",
            "comments",
            "action_steps",
            "meetings",
            "documents",
        ] {
            let n: i64 = conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0, "{table} is empty after the erase");
        }
        let log: Vec<(String, String)> = conn
            .prepare("SELECT action, detail FROM history")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert!(log.iter().any(|(a, _)| a == "client.erased"));
        assert!(
            log.iter().all(|(_, d)| !d.contains("Maria")),
            "no trace of the erased content: {log:?}"
        );
        assert!(c.client(&other.id).is_ok(), "other clients are untouched");
        assert_summaries_match(&c);
        // The records are kept again after the erase.
        assert!(conn.execute("DELETE FROM history", []).is_err());
    }

    #[test]
    fn letters_are_checked_against_the_clients_other_documents() {
        let mut c = caseload();
        let client = c.add_client("Marcus Bell", "Dana").unwrap();
        let resume = "# Marcus Bell\n\nmarcus.bell@gmail.com | (937) 555-0142\n\n## Experience\n\n- Moved 90 pallets a shift\n";
        c.add_document(
            &client.id,
            import::import_markdown(resume),
            NewDocument {
                kind: Some(DocumentKind::Resume),
                ..NewDocument::default()
            },
            by_specialist(""),
        )
        .unwrap();
        let letter = |employer: &str, body: &str| {
            format!("Marcus Bell\\\nmarcus.bell@gmail.com | (937) 555-0199\n\nDear Hiring Manager,\n\n{body}\n\nSincerely,\\\nMarcus Bell\n")
                .replace("EMPLOYER", employer)
        };
        let meta = |employer: &str| NewDocument {
            kind: Some(DocumentKind::CoverLetter),
            target_employer: Some(employer.into()),
            ..NewDocument::default()
        };
        c.add_document(
            &client.id,
            import::import_markdown(&letter("Target", "I would love to join the EMPLOYER team.")),
            meta("Target"),
            by_specialist(""),
        )
        .unwrap();
        // A letter for Kroger, reused from the Target one and not fully changed.
        let (kroger, rev) = c
            .add_document(
                &client.id,
                import::import_markdown(&letter(
                    "Kroger",
                    "I would love to join the Target team at Kroger.",
                )),
                meta("Kroger"),
                by_specialist(""),
            )
            .unwrap();
        let rules: Vec<String> = c
            .findings(&kroger.id, rev.number)
            .unwrap()
            .into_iter()
            .map(|f| f.stored.finding.rule)
            .collect();
        assert!(
            rules.contains(&"letter.wrong-company".to_string()),
            "{rules:?}"
        );
        assert!(
            rules.contains(&"pair.contact-mismatch".to_string()),
            "the letter's phone differs from the resume's: {rules:?}"
        );
    }

    #[test]
    fn the_office_profile_is_kept_with_the_caseload_and_named_on_each_revision() {
        let dir = tempfile_dir();
        let path = dir.join("caseload.db");
        let open = || {
            Caseload::new(
                Store::open(&path).unwrap(),
                Checklist::new(),
                Box::new(TestClock::new("2026-11-22T09:00:00Z".parse().unwrap())),
                Box::new(SequentialIds::default()),
            )
        };
        {
            let mut c = open();
            let broken =
                c.set_profile(Some(("[rules]\noff = [\"nope\"]\n", "office.toml")), "Dana");
            assert!(matches!(broken, Err(WorkflowError::Profile(_))));
            assert_eq!(
                c.profile(),
                &Profile::default(),
                "a broken profile changes nothing"
            );
            let profile = "name = \"Eastside\"\n[rules]\noff = [\"contact.phone-missing\"]\n";
            c.set_profile(Some((profile, "office.toml")), "Dana")
                .unwrap();
        }
        let mut c = open();
        assert_eq!(
            c.profile().name,
            "Eastside",
            "the profile is read back from the database"
        );
        let record = with_document(&mut c);
        let findings = c.findings(&record.id, 1).unwrap();
        assert!(!findings
            .iter()
            .any(|f| f.stored.finding.rule == "contact.phone-missing"));
        let summary = &c.revisions(&record.id).unwrap()[0];
        assert_eq!(summary.profile_name, "Eastside");
        assert_eq!(summary.rules_version, RULES_VERSION);
        c.set_profile(None, "Dana").unwrap();
        assert_eq!(c.profile(), &Profile::default());
        let _ = std::fs::remove_dir_all(dir);
    }

    fn tempfile_dir() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "jobcoach-profile-test-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn targets_change_and_the_posting_rules_read_them() {
        let mut c = caseload();
        let record = with_document(&mut c);
        let updated = c
            .set_targets(
                &record.id,
                NewDocument {
                    target_employer: Some("  Kroger ".into()),
                    target_role: Some("".into()),
                    posting_text: Some(
                        "Job Title: Forklift Operator\n\nForklift and pallet work.".into(),
                    ),
                    ..NewDocument::default()
                },
                "Dana",
            )
            .unwrap();
        assert_eq!(
            updated.target_employer.as_deref(),
            Some("Kroger"),
            "trimmed"
        );
        assert_eq!(updated.target_role, None, "empty means not set");
        let live = c.check_text(&record.id, DRAFT).unwrap();
        assert!(
            live.iter()
                .any(|f| f.stored.finding.rule == "posting.title-not-mirrored"),
            "the live check reads the new posting"
        );
        let log = c.history_of_document(&record.id).unwrap();
        assert!(log.iter().any(|h| h.action == "document.targets-changed"));
    }

    #[test]
    fn approval_is_refused_with_open_blockers_and_allowed_once_waived() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        let err = c.approve(&doc.id, 1, "Dana", &[]).unwrap_err();
        assert!(
            matches!(&err, WorkflowError::OpenBlockers { blockers, .. } if blockers[0].0 == "template.placeholder-left"),
            "{err}"
        );
        assert!(
            err.to_string().contains("waive it with a reason"),
            "the refusal says the way forward: {err}"
        );
        assert_eq!(
            c.document(&doc.id).unwrap().status,
            DocumentStatus::Draft,
            "a refusal changes nothing"
        );

        let no_reason = c.approve(
            &doc.id,
            1,
            "Dana",
            &[("template.placeholder-left".into(), " ".into())],
        );
        assert!(
            matches!(no_reason, Err(WorkflowError::WaiverWithoutReason { .. })),
            "a waiver needs a reason"
        );
        let wrong_rule = c.approve(
            &doc.id,
            1,
            "Dana",
            &[("contact.email-missing".into(), "n/a".into())],
        );
        assert!(
            matches!(wrong_rule, Err(WorkflowError::NothingToWaive { .. })),
            "waiving what is not there is an error"
        );

        let approval = c
            .approve(
                &doc.id,
                1,
                "Dana",
                &[(
                    "template.placeholder-left".into(),
                    "Employer is confidential; agency fills it in".into(),
                )],
            )
            .unwrap();
        assert_eq!(
            c.document(&doc.id).unwrap().status,
            DocumentStatus::Approved
        );
        let rev1 = c.revision(&doc.id, 1).unwrap();
        assert_eq!(
            approval.revision_id, rev1.id,
            "the approval names the revision"
        );
        let views = c.findings(&doc.id, 1).unwrap();
        assert!(
            views.iter().any(|f| f.waiver.is_some()),
            "the waived finding shows its waiver"
        );
        assert_summaries_match(&c);
    }

    #[test]
    fn a_newer_revision_reopens_an_approved_document_and_keeps_the_old_approval() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        let fixed = DRAFT.replace("\\[Company Name\\]", "Target");
        c.revise_text(&doc.id, &fixed, by_specialist("named the employer"))
            .unwrap();
        c.approve(&doc.id, 2, "Dana", &[])
            .expect("no blockers left after the fix");
        assert!(matches!(
            c.revise_text(&doc.id, &fixed, by_specialist("again")),
            Err(WorkflowError::Unchanged { number: 2 })
        ));
        let rev3 = c
            .revise_text(
                &doc.id,
                &format!("{fixed}- Ran the register\n"),
                by_specialist("more"),
            )
            .unwrap();
        assert_eq!(rev3.number, 3);
        assert_eq!(
            rev3.parent_id,
            Some(c.revision(&doc.id, 2).unwrap().id),
            "revisions chain to their parent"
        );
        assert_eq!(
            c.document(&doc.id).unwrap().status,
            DocumentStatus::Draft,
            "newer revision -> back to draft"
        );
        assert_eq!(
            c.approvals(&doc.id).unwrap().len(),
            1,
            "the old approval stays in the history"
        );
        let old = c.approve(&doc.id, 2, "Dana", &[]);
        assert!(
            matches!(
                old,
                Err(WorkflowError::NotNewest {
                    number: 2,
                    newest: 3
                })
            ),
            "only the newest can be approved"
        );
        let summaries = c.revisions(&doc.id).unwrap();
        assert_eq!(
            summaries.iter().map(|s| s.approved).collect::<Vec<_>>(),
            vec![false, true, false]
        );
        assert_eq!(
            summaries[0].open.blocker, 1,
            "revision 1 still shows its blocker"
        );
        assert_eq!(summaries[1].open.blocker, 0);
        let actions: Vec<String> = c
            .history_of_document(&doc.id)
            .unwrap()
            .into_iter()
            .map(|h| h.action)
            .collect();
        assert_eq!(
            actions,
            [
                "document.added",
                "revision.added",
                "revision.added",
                "document.approved",
                "revision.added",
                "document.status"
            ],
            "every change is in the log, in order"
        );
    }

    #[test]
    fn revisions_and_the_log_cannot_be_changed() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        let conn = c.store().conn();
        for sql in [
            "UPDATE revisions SET content = 'x'",
            "DELETE FROM revisions",
            "UPDATE findings SET message = 'x'",
            "DELETE FROM history",
            "UPDATE history SET actor = 'x'",
        ] {
            let err = conn.execute(sql, []).expect_err(sql);
            assert!(
                err.to_string().contains("immutable")
                    || err.to_string().contains("kept")
                    || err.to_string().contains("append-only"),
                "{sql}: {err}"
            );
        }
        assert_eq!(
            c.revision(&doc.id, 1).unwrap().content,
            import::import_markdown(DRAFT).text
        );
    }

    #[test]
    fn export_marks_drafts_until_approved() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        let dir = crate::store::tests::tempdir();
        let draft = c.export(&doc.id, &dir, ExportFormat::Docx, "Dana").unwrap();
        assert_eq!(
            draft.file_name().unwrap(),
            "Maria_Delgado_Resume_DRAFT.docx"
        );
        c.approve(
            &doc.id,
            1,
            "Dana",
            &[("template.placeholder-left".into(), "agency fills it".into())],
        )
        .unwrap();
        let approved = c.export(&doc.id, &dir, ExportFormat::Docx, "Dana").unwrap();
        assert_eq!(approved.file_name().unwrap(), "Maria_Delgado_Resume.docx");
        let back = import::import_file(&approved).unwrap();
        assert_eq!(
            back.text,
            c.revision(&doc.id, 1).unwrap().content,
            "the exported file holds the approved text"
        );
        assert!(
            back.facts.header_footer_text.is_empty(),
            "no draft mark once approved"
        );
    }

    #[test]
    fn the_template_is_chosen_per_document_and_a_new_document_follows_the_last_choice() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        assert_eq!(
            doc.template,
            Template::Modern,
            "the look of earlier versions"
        );
        let chosen = c.set_template(&doc.id, Template::Classic, "Dana").unwrap();
        assert_eq!(chosen.template, Template::Classic);
        assert!(c
            .history_of_document(&doc.id)
            .unwrap()
            .iter()
            .any(|e| e.action == "document.template-changed" && e.detail == "Modern → Classic"));
        let (letter, _) = c
            .add_document(
                &doc.client_id,
                import::import_markdown("Maria Delgado\n\nDear Ms. Price,\n\nI am writing to apply.\n\nSincerely,\\\nMaria Delgado\n"),
                NewDocument {
                    kind: Some(DocumentKind::CoverLetter),
                    ..NewDocument::default()
                },
                by_specialist("letter"),
            )
            .unwrap();
        assert_eq!(letter.template, Template::Classic, "the pair match");
        let dir = crate::store::tests::tempdir();
        let path = c
            .export(&letter.id, &dir, ExportFormat::Docx, "Dana")
            .unwrap();
        let back = import::import_file(&path).unwrap();
        assert_eq!(back.facts.fonts, vec!["Cambria".to_string()]);
        let text = c
            .export(&letter.id, &dir, ExportFormat::Text, "Dana")
            .unwrap();
        assert!(text.to_string_lossy().ends_with("_Cover_Letter_DRAFT.txt"));
    }

    #[test]
    fn unknown_ids_and_bad_files_are_clear_errors_that_store_nothing() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        assert!(matches!(
            c.documents("nope"),
            Err(WorkflowError::NotFound(_))
        ));
        let dir = crate::store::tests::tempdir();
        let bad = dir.join("broken.docx");
        std::fs::write(&bad, b"PK\x03\x04 this is not really a zip").unwrap();
        let err = c
            .import_revision(&doc.id, &bad, by_specialist(""))
            .unwrap_err();
        assert!(matches!(err, WorkflowError::Import(_)), "{err}");
        assert_eq!(
            c.revisions(&doc.id).unwrap().len(),
            1,
            "a bad file adds no revision"
        );
    }

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

    #[test]
    fn status_moves_through_review_but_approval_has_its_own_door() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        c.set_status(&doc.id, DocumentStatus::InReview, "Dana")
            .unwrap();
        c.set_status(&doc.id, DocumentStatus::ChangesRequested, "Dana")
            .unwrap();
        let err = c
            .set_status(&doc.id, DocumentStatus::Approved, "Dana")
            .unwrap_err();
        assert!(
            err.to_string().contains("approve a revision instead"),
            "{err}"
        );
        c.set_status(&doc.id, DocumentStatus::InReview, "Dana")
            .unwrap();
        assert_eq!(
            c.document(&doc.id).unwrap().status,
            DocumentStatus::InReview
        );
    }
}
