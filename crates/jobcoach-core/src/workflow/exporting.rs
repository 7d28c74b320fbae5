//! Exporting a document: the approved revision as a polished DOCX or plain text, or the
//! newest one marked as a draft, under a file name made from the person's name.

use super::{Caseload, Result};
use crate::checklist::Checklist;
use crate::clock::Clock;
use crate::document::{Document, DocumentKind};
use crate::export::{self, ExportFormat, ExportOptions, Template};
use crate::import;
use crate::store::{self, DocumentRecord, HistoryAction, Revision};
use std::path::{Path, PathBuf};

impl Caseload {
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
        let (record, newest, approved, person) = self.export_facts(document_id)?;
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
            HistoryAction::DocumentExported,
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
        self.log_only(entry)?;
        Ok(path)
    }

    /// The name an export of the document gets (`Maria_Delgado_Resume_DRAFT.docx`), for a
    /// save dialog to offer: the same name `export` writes into a folder.
    pub fn export_file_name(&self, document_id: &str, format: ExportFormat) -> Result<String> {
        let (record, _, approved, person) = self.export_facts(document_id)?;
        Ok(export::file_name(&person, record.kind, !approved, format))
    }

    /// What an export is made from: the newest revision, whether it is approved, and the
    /// person's name as the document gives it (else as the caseload has it).
    fn export_facts(&self, document_id: &str) -> Result<(DocumentRecord, Revision, bool, String)> {
        let record = self.document(document_id)?;
        let newest = self.latest_revision(document_id)?;
        let approved = store::list_approvals(self.store.conn(), document_id)?
            .iter()
            .any(|a| a.revision_id == newest.id);
        let client = self.client(&record.client_id)?;
        let doc = Document::from_text(newest.content.clone(), newest.source_facts.clone());
        let person = self
            .checklist()
            .outline(&doc, Some(record.kind))
            .name
            .unwrap_or(client.name);
        Ok((record, newest, approved, person))
    }
}

/// Export any file as a draft, outside a caseload (`jobcoach export FILE`): named after
/// `name`, else the person the document names. Returns the path written.
pub struct FileExport<'a> {
    pub file: &'a Path,
    pub out: &'a Path,
    pub name: Option<String>,
    pub kind: Option<DocumentKind>,
    pub template: Template,
    pub format: ExportFormat,
}

pub fn export_file(request: FileExport<'_>, clock: &dyn Clock) -> Result<PathBuf> {
    let doc = import::import_file(request.file)?;
    let outline = Checklist::new().outline(&doc, request.kind);
    let person = request
        .name
        .or(outline.name)
        .unwrap_or_else(|| "Document".into());
    let path = export::output_path(request.out, &person, outline.kind, true, request.format);
    let options = ExportOptions {
        kind: outline.kind,
        template: request.template,
        title: export::document_title(&person, outline.kind),
        author: person,
        draft: true,
        timestamp: clock.now().to_string(),
    };
    export::write(&doc.text, &options, request.format, &path)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::testing::*;
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
    fn a_hostile_name_never_makes_an_export_write_outside_the_chosen_folder() {
        for name in [
            "../x",
            "a/b",
            "..",
            "../../etc/passwd",
            "a\\..\\b",
            "/abs/path",
        ] {
            let mut c = caseload();
            let client = c.add_client(name, "Dana").unwrap();
            // No name line in the text, so the file is named after the client.
            let doc = add_markdown(
                &mut c,
                &client.id,
                "## Experience\n\n- Trained 12 new cashiers\n",
            );
            let dir = crate::store::tests::tempdir();
            for format in [ExportFormat::Docx, ExportFormat::Text] {
                let offered = c.export_file_name(&doc.id, format).unwrap();
                assert!(
                    !offered.contains('/') && !offered.contains('\\') && !offered.starts_with('.'),
                    "{name:?} -> {offered:?}"
                );
                let written = c.export(&doc.id, &dir, format, "Dana").unwrap();
                assert_eq!(
                    written.parent(),
                    Some(dir.as_path()),
                    "{name:?} -> {written:?}"
                );
                assert_eq!(written.file_name().unwrap().to_string_lossy(), offered);
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn exports_are_the_owners_alone_and_leave_nothing_else_in_the_folder() {
        use std::os::unix::fs::PermissionsExt;
        let mut c = caseload();
        let record = with_document(&mut c);
        c.add_action_step(&record.client_id, None, "Call two employers", None, "Dana")
            .unwrap();
        let dir = crate::store::tests::tempdir();
        let mut written = vec![
            c.export(&record.id, &dir, ExportFormat::Docx, "Dana")
                .unwrap(),
            c.export(&record.id, &dir, ExportFormat::Text, "Dana")
                .unwrap(),
        ];
        let list = dir.join("steps.docx");
        c.export_take_home_list(&record.client_id, &list).unwrap();
        written.push(list);
        // Again over the same files: replaced whole, still private.
        c.export(&record.id, &dir, ExportFormat::Docx, "Dana")
            .unwrap();
        for path in &written {
            let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{path:?} is readable by its owner only");
        }
        let mut there: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        there.sort();
        written.sort();
        assert_eq!(
            there, written,
            "no temporary file is left beside the exports"
        );
    }
}
