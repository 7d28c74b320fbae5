//! The sample caseload a newcomer sees on first run: three people with typical faults, one
//! document with a few revisions and one approved, so every screen has something to show.
//! The documents are the test fixtures, so what the sample shows is what the tests check.

use super::{Caseload, Result};
use crate::document::{DocumentKind, SourceFormat};
use crate::import;
use crate::store::{AuthorRole, NewDocument, NewRevision, RevisionSource};

const MARIA: &str = include_str!("../../../../tests/fixtures/maria_delgado_resume.md");
const JAMES: &[u8] = include_bytes!("../../../../tests/fixtures/james_carter_resume.txt");
const AISHA: &str = include_str!("../../../../tests/fixtures/aisha_khan_letter.md");

const SPECIALIST: &str = "Sample Specialist";

fn by(role: AuthorRole, source: RevisionSource, note: &str) -> NewRevision {
    match role {
        AuthorRole::Specialist => NewRevision {
            author_role: role,
            author_name: SPECIALIST.to_string(),
            source,
            source_file: None,
            note: note.to_string(),
        },
        AuthorRole::JobSeeker => NewRevision::from_job_seeker(source, note),
    }
}

/// Add the sample caseload if the caseload is empty. Returns whether it added anything.
pub fn seed_if_empty(caseload: &mut Caseload) -> Result<bool> {
    if !caseload.clients()?.is_empty() {
        return Ok(false);
    }
    let maria = caseload.add_client("Maria Delgado", SPECIALIST)?;
    let (resume, _) = caseload.add_document(
        &maria.id,
        import::import_markdown(MARIA),
        NewDocument {
            kind: Some(DocumentKind::Resume),
            target_employer: Some("Target".into()),
            ..NewDocument::default()
        },
        by(
            AuthorRole::JobSeeker,
            RevisionSource::FileImport,
            "Brought to the first meeting",
        ),
    )?;
    // A second pass in the meeting fixed the doubled word and the references line.
    let fixed = import::import_markdown(MARIA)
        .text
        .replace("the the", "the")
        .replace(
            "\n## References\n\nReferences available upon request.\n",
            "\n",
        );
    caseload.revise_text(
        &resume.id,
        &fixed,
        by(
            AuthorRole::Specialist,
            RevisionSource::InAppEdit,
            "Fixed the easy ones together",
        ),
    )?;

    let james = caseload.add_client("James Carter", SPECIALIST)?;
    let doc = import::import_bytes(JAMES, SourceFormat::Text)?;
    caseload.add_document(
        &james.id,
        doc,
        NewDocument {
            kind: Some(DocumentKind::Resume),
            ..NewDocument::default()
        },
        by(
            AuthorRole::JobSeeker,
            RevisionSource::FileImport,
            "Typed at the library",
        ),
    )?;

    let aisha = caseload.add_client("Aisha Khan", SPECIALIST)?;
    let (letter, _) = caseload.add_document(
        &aisha.id,
        import::import_markdown(AISHA),
        NewDocument {
            kind: Some(DocumentKind::CoverLetter),
            target_employer: Some("Lakeview Clinic".into()),
            target_role: Some("Medical Receptionist".into()),
            ..NewDocument::default()
        },
        by(
            AuthorRole::JobSeeker,
            RevisionSource::FileImport,
            "First draft",
        ),
    )?;
    let named = import::import_markdown(AISHA)
        .text
        .replace("\\[Company Name\\]", "Lakeview Clinic");
    caseload.revise_text(
        &letter.id,
        &named,
        by(
            AuthorRole::JobSeeker,
            RevisionSource::HandOff,
            "Named the clinic at home",
        ),
    )?;
    caseload.approve(
        &letter.id,
        2,
        SPECIALIST,
        &[(
            "letter.generic-salutation".to_string(),
            "The clinic does not publish a contact name".to_string(),
        )],
    )?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::Checklist;
    use crate::clock::{SequentialIds, TestClock};
    use crate::store::{DocumentStatus, Store};

    #[test]
    fn the_sample_shows_every_state_once() {
        let mut c = Caseload::new(
            Store::open_in_memory().unwrap(),
            Checklist::new(),
            Box::new(TestClock::new("2026-11-22T09:00:00Z".parse().unwrap())),
            Box::new(SequentialIds::default()),
        );
        assert!(
            seed_if_empty(&mut c).unwrap(),
            "an empty caseload gets the sample"
        );
        assert!(!seed_if_empty(&mut c).unwrap(), "and never twice");
        let overview = c.overview("").unwrap();
        assert_eq!(overview.len(), 3, "three people");
        let statuses: Vec<DocumentStatus> = overview
            .iter()
            .flat_map(|o| o.documents.iter().map(|d| d.record.status))
            .collect();
        assert!(
            statuses.contains(&DocumentStatus::Approved),
            "one document is approved"
        );
        assert!(
            overview
                .iter()
                .flat_map(|o| &o.documents)
                .any(|d| d.revisions >= 2 && d.open.major > 0),
            "one has revisions and work left"
        );
        assert!(
            overview
                .iter()
                .flat_map(|o| &o.documents)
                .any(|d| d.open.blocker > 0),
            "one shows a blocker"
        );
        assert_eq!(
            c.overview("kha").unwrap().len(),
            1,
            "search matches part of a name, any case"
        );
    }
}
