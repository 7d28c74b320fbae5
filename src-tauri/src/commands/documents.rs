use super::workspace;
use crate::ipc::{
    DocumentRow, ExportPreview, FindingItem, IpcResult, Kind, Targets, TemplateChoice,
    TemplateName, Workspace,
};
use crate::state::AppState;
use jobcoach_core::export::{self, Template};
use jobcoach_core::import;
use jobcoach_core::store::{AuthorRole, NewDocument, NewRevision, RevisionSource};
use tauri::State;

fn by_specialist(state: &AppState, source: RevisionSource, note: String) -> NewRevision {
    NewRevision {
        author_role: AuthorRole::Specialist,
        author_name: state.actor.clone(),
        source,
        source_file: None,
        note,
    }
}

/// Import a file as a client's new document.
#[tauri::command(async)]
pub fn import_document(
    state: State<'_, AppState>,
    client_id: String,
    path: String,
    kind: Option<Kind>,
    employer: Option<String>,
) -> IpcResult<DocumentRow> {
    let meta = NewDocument {
        kind: kind.map(Into::into),
        target_employer: employer.filter(|e| !e.trim().is_empty()),
        ..NewDocument::default()
    };
    let rev = by_specialist(&state, RevisionSource::FileImport, String::new());
    let mut caseload = state.caseload();
    let path = state.chosen.file(&path)?;
    let (record, _) = caseload.import_document(&client_id, &path, meta, rev)?;
    Ok(DocumentRow::new(caseload.document_overview(record)?))
}

/// Pasted text as a client's new document.
#[tauri::command(async)]
pub fn import_pasted(
    state: State<'_, AppState>,
    client_id: String,
    text: String,
    kind: Option<Kind>,
) -> IpcResult<DocumentRow> {
    let doc = import::import_pasted_text(&text);
    let meta = NewDocument {
        kind: kind.map(Into::into),
        ..NewDocument::default()
    };
    let rev = by_specialist(&state, RevisionSource::Paste, String::new());
    let mut caseload = state.caseload();
    let (record, _) = caseload.add_document(&client_id, doc, meta, rev)?;
    Ok(DocumentRow::new(caseload.document_overview(record)?))
}

/// A file the job seeker brought back, as the next revision.
#[tauri::command(async)]
pub fn import_revision(
    state: State<'_, AppState>,
    document_id: String,
    path: String,
) -> IpcResult<Workspace> {
    let rev = NewRevision::from_job_seeker(RevisionSource::HandOff, "");
    let mut caseload = state.caseload();
    let path = state.chosen.file(&path)?;
    caseload.import_revision(&document_id, &path, rev)?;
    workspace(&caseload, &document_id)
}

#[tauri::command(async)]
pub fn open_document(state: State<'_, AppState>, document_id: String) -> IpcResult<Workspace> {
    workspace(&state.caseload(), &document_id)
}

/// The checklist on the editor's text as typed; nothing is stored.
#[tauri::command(async)]
pub fn check_text(
    state: State<'_, AppState>,
    document_id: String,
    text: String,
) -> IpcResult<Vec<FindingItem>> {
    let views = state.caseload().check_text(&document_id, &text)?;
    Ok(views
        .into_iter()
        .map(|v| FindingItem::new(v, &text))
        .collect())
}

#[tauri::command(async)]
pub fn save_draft(state: State<'_, AppState>, document_id: String, text: String) -> IpcResult<()> {
    state.caseload().save_draft(&document_id, &text)?;
    Ok(())
}

#[tauri::command(async)]
pub fn discard_draft(state: State<'_, AppState>, document_id: String) -> IpcResult<()> {
    state.caseload().discard_draft(&document_id)?;
    Ok(())
}

/// Save the editor's text as a new revision with a short note.
#[tauri::command(async)]
pub fn save_revision(
    state: State<'_, AppState>,
    document_id: String,
    text: String,
    note: String,
) -> IpcResult<Workspace> {
    let rev = by_specialist(&state, RevisionSource::InAppEdit, note);
    let mut caseload = state.caseload();
    caseload.revise_text(&document_id, &text, rev)?;
    workspace(&caseload, &document_id)
}

/// The export templates, in the order they are offered.
#[tauri::command]
pub fn export_templates() -> Vec<TemplateChoice> {
    Template::ALL
        .into_iter()
        .map(|t| TemplateChoice {
            name: t.into(),
            label: t.label().into(),
            description: t.description().into(),
        })
        .collect()
}

/// The newest revision as it would look exported in `template`, made from the same layout
/// as the Word file: the page's look and its blocks, for the UI to draw.
#[tauri::command(async)]
pub fn preview_export(
    state: State<'_, AppState>,
    document_id: String,
    template: TemplateName,
) -> IpcResult<ExportPreview> {
    let caseload = state.caseload();
    let record = caseload.document(&document_id)?;
    let newest = caseload.latest_revision(&document_id)?;
    Ok(export::preview(&newest.content, record.kind, template.into()).into())
}

/// Choose the template the document is exported in.
#[tauri::command(async)]
pub fn set_template(
    state: State<'_, AppState>,
    document_id: String,
    template: TemplateName,
) -> IpcResult<Workspace> {
    let mut caseload = state.caseload();
    caseload.set_template(&document_id, template.into(), &state.actor)?;
    workspace(&caseload, &document_id)
}

/// Change the job a document targets (employer, role, recipient, pasted posting). The
/// stored findings stay as found; the UI re-checks the text with the new targets.
#[tauri::command(async)]
pub fn set_targets(
    state: State<'_, AppState>,
    document_id: String,
    targets: Targets,
) -> IpcResult<Workspace> {
    let mut caseload = state.caseload();
    let meta = NewDocument {
        target_employer: Some(targets.employer),
        target_role: Some(targets.role),
        recipient_name: Some(targets.recipient),
        posting_text: Some(targets.posting),
        ..NewDocument::default()
    };
    caseload.set_targets(&document_id, meta, &state.actor)?;
    workspace(&caseload, &document_id)
}
