//! Documents: a client's new document (revision 1, from a file or text), what it targets
//! (employer, role, recipient, posting), the template it is exported in, and the context
//! the checklist reads around it (the client's other documents).

use super::revisions::revision_detail;
use super::{Caseload, Result};
use crate::checklist::{ContactDetails, Context, OtherDocument};
use crate::document::{Document, DocumentKind, SourceFacts};
use crate::export::Template;
use crate::import;
use crate::store::{
    self, Client, DocumentRecord, DocumentStatus, HistoryAction, NewDocument, NewRevision, Revision,
};
use std::path::Path;

impl Caseload {
    pub fn documents(&self, client_id: &str) -> Result<Vec<DocumentRecord>> {
        self.client(client_id)?;
        Ok(store::list_documents(self.store.conn(), client_id)?)
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
                HistoryAction::DocumentAdded,
                Some(&client.id),
                Some(&record.id),
                None,
                record.title.clone(),
            ),
            self.history(
                &revision.author_name,
                HistoryAction::RevisionAdded,
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
            HistoryAction::DocumentTargetsChanged,
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
            HistoryAction::DocumentTemplateChanged,
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

    /// The context of a document: its targets, and what the client's other documents say
    /// (for the rules that compare a letter with its siblings).
    pub(super) fn context_for(&self, record: &DocumentRecord, client: &Client) -> Context {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::testing::*;
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
        assert!(log
            .iter()
            .any(|h| h.action.as_str() == "document.targets-changed"));
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
            .any(|e| e.action.as_str() == "document.template-changed"
                && e.detail == "Modern → Classic"));
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
}
