//! Revisions: the next revision of a document from a file or edited text (immutable, each
//! with its findings), and the list of them with open findings counted.

use super::{Caseload, Result, SeverityCounts, WorkflowError};
use crate::checklist::{Context, RULES_VERSION};
use crate::document::Document;
use crate::import;
use crate::store::{
    self, AuthorRole, DocumentRecord, DocumentStatus, HistoryAction, HistoryEntry, NewRevision,
    Revision, StoredFinding,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;

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

impl Caseload {
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
        let (mut revision, findings) =
            self.prepare_revision(&record, parent.as_ref(), doc, rev, &context);
        let mut added = self.history(
            &revision.author_name,
            HistoryAction::RevisionAdded,
            Some(&record.client_id),
            Some(&record.id),
            Some(&revision.id),
            String::new(),
        );
        // Made before the transaction, like every log line, when the document is approved
        // as read; the transaction makes one itself if it was approved meanwhile.
        let reopened = (record.status == DocumentStatus::Approved).then(|| {
            self.history(
                &revision.author_name,
                HistoryAction::DocumentStatus,
                Some(&record.client_id),
                Some(&record.id),
                Some(&revision.id),
                String::new(),
            )
        });
        let now = self.clock.now();
        let saved = self.store.transaction(move |tx| {
            // Another window may have saved this document since it was read above. The
            // write lock is held now, so the newest revision cannot change again: this one
            // follows it, and both are kept (n+1 and n+2), never a clash on the number.
            let newest = store::latest_revision(tx, &record.id)?;
            if let Some(newest) = &newest {
                if newest.content_hash == revision.content_hash {
                    return Ok(Err(WorkflowError::Unchanged {
                        number: newest.number,
                    }));
                }
            }
            revision.number = newest.as_ref().map_or(1, |p| p.number + 1);
            revision.parent_id = newest.map(|p| p.id);
            added.detail = revision_detail(&revision);
            store::insert_revision(tx, &revision)?;
            store::insert_findings(tx, &findings)?;
            store::insert_history(tx, &added)?;
            if store::get_document(tx, &record.id)?.status == DocumentStatus::Approved {
                let mut reopened = reopened.unwrap_or_else(|| HistoryEntry {
                    id: uuid::Uuid::now_v7().to_string(),
                    action: HistoryAction::DocumentStatus,
                    ..added.clone()
                });
                reopened.detail = format!(
                    "approved -> draft: revision {} is newer than the approved one",
                    revision.number
                );
                store::update_status(tx, &record.id, DocumentStatus::Draft, now)?;
                store::insert_history(tx, &reopened)?;
            }
            // The typed text is now a revision: the unsaved draft has done its job.
            store::delete_draft(tx, &record.id)?;
            Ok(Ok(revision))
        })??;
        Ok(saved)
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

    pub(super) fn prepare_revision(
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
}

/// SHA-256 of the canonical text, hex.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub(super) fn revision_detail(r: &Revision) -> String {
    let from = r
        .source_file
        .as_deref()
        .map(|f| format!(" from {f}"))
        .unwrap_or_default();
    format!("revision {} ({}{from})", r.number, r.source.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::testing::*;
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
}
