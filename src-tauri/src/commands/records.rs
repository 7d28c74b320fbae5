//! Comments on a revision, the history log, and the person's data: export, erase, and the
//! whole caseload's backup and restore. Thin: each command calls the core and maps.

use crate::ipc::{CommentItem, ErrorCode, HistoryItem, IpcError, IpcResult, ReplyItem};
use crate::state::AppState;
use jobcoach_core::store::{HistoryEntry, Visibility};
use jobcoach_core::text::{byte_from_utf16, utf16_from_byte};
use jobcoach_core::workflow::Caseload;
use std::path::PathBuf;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

fn threads(caseload: &Caseload, document_id: &str, number: u32) -> IpcResult<Vec<CommentItem>> {
    let text = caseload.revision(document_id, number)?.content;
    Ok(caseload
        .comments(document_id, number, false)?
        .into_iter()
        .map(|t| {
            let (from, to) = t.anchor.as_ref().map_or((0, 0), |a| {
                (
                    utf16_from_byte(&text, a.start) as u32,
                    utf16_from_byte(&text, a.end) as u32,
                )
            });
            CommentItem {
                id: t.comment.id,
                body: t.comment.body,
                author: t.comment.author,
                internal: t.comment.visibility == Visibility::Internal,
                resolved: t.comment.resolved_at.is_some(),
                outdated: t.outdated,
                anchor_text: t.comment.anchor_text,
                from,
                to,
                replies: t
                    .replies
                    .into_iter()
                    .map(|r| ReplyItem {
                        body: r.body,
                        author: r.author,
                    })
                    .collect(),
            }
        })
        .collect())
}

#[tauri::command(async)]
pub fn list_comments(
    state: State<'_, AppState>,
    document_id: String,
    revision: u32,
) -> IpcResult<Vec<CommentItem>> {
    threads(&state.caseload(), &document_id, revision)
}

/// Comment on the text between UTF-16 offsets `from` and `to` of revision `revision`.
#[tauri::command(async)]
pub fn add_comment(
    state: State<'_, AppState>,
    document_id: String,
    revision: u32,
    from: u32,
    to: u32,
    body: String,
    internal: bool,
) -> IpcResult<Vec<CommentItem>> {
    let mut caseload = state.caseload();
    let text = caseload.revision(&document_id, revision)?.content;
    let span = byte_from_utf16(&text, from as usize)..byte_from_utf16(&text, to as usize);
    if span.is_empty() {
        return Err(IpcError {
            code: ErrorCode::Refused,
            message: "Select the words the comment is about first.".into(),
        });
    }
    let visibility = if internal {
        Visibility::Internal
    } else {
        Visibility::Client
    };
    caseload.add_comment(
        &document_id,
        revision,
        span,
        &body,
        visibility,
        &state.actor,
    )?;
    threads(&caseload, &document_id, revision)
}

#[tauri::command(async)]
pub fn reply_comment(
    state: State<'_, AppState>,
    document_id: String,
    revision: u32,
    comment_id: String,
    body: String,
) -> IpcResult<Vec<CommentItem>> {
    let mut caseload = state.caseload();
    caseload.reply(&comment_id, &body, &state.actor)?;
    threads(&caseload, &document_id, revision)
}

#[tauri::command(async)]
pub fn resolve_comment(
    state: State<'_, AppState>,
    document_id: String,
    revision: u32,
    comment_id: String,
    resolved: bool,
) -> IpcResult<Vec<CommentItem>> {
    let mut caseload = state.caseload();
    caseload.set_comment_resolved(&comment_id, resolved, &state.actor)?;
    threads(&caseload, &document_id, revision)
}

fn items(entries: Vec<HistoryEntry>) -> Vec<HistoryItem> {
    entries
        .into_iter()
        .rev()
        .map(|e| HistoryItem {
            at: e.at.to_string(),
            actor: e.actor,
            action: e.action,
            detail: e.detail,
        })
        .collect()
}

/// Every change to a document, newest first.
#[tauri::command(async)]
pub fn document_history(
    state: State<'_, AppState>,
    document_id: String,
) -> IpcResult<Vec<HistoryItem>> {
    Ok(items(state.caseload().history_of_document(&document_id)?))
}

/// Every change about a client, newest first.
#[tauri::command(async)]
pub fn client_history(
    state: State<'_, AppState>,
    client_id: String,
) -> IpcResult<Vec<HistoryItem>> {
    Ok(items(state.caseload().history_of_client(&client_id)?))
}

/// A save dialog (or JOBCOACH_TEST_SAVE_DIR in end-to-end tests).
fn save_path(app: &AppHandle, title: &str, name: &str, ext: &str) -> Option<PathBuf> {
    match std::env::var_os("JOBCOACH_TEST_SAVE_DIR") {
        Some(dir) => Some(PathBuf::from(dir).join(name)),
        None => app
            .dialog()
            .file()
            .set_title(title)
            .add_filter(ext, &[ext])
            .set_file_name(name)
            .blocking_save_file()
            .and_then(|p| p.into_path().ok()),
    }
}

/// Everything held about a client, as one ZIP of readable files. `None` on cancel.
#[tauri::command(async)]
pub fn export_client_data(
    app: AppHandle,
    state: State<'_, AppState>,
    client_id: String,
) -> IpcResult<Option<String>> {
    let name = {
        let client = state.caseload().client(&client_id)?;
        format!(
            "{}_jobcoach_data.zip",
            client.name.split_whitespace().collect::<Vec<_>>().join("_")
        )
    };
    let Some(path) = save_path(&app, "Save everything held about this person", &name, "zip") else {
        return Ok(None);
    };
    state
        .caseload()
        .export_client(&client_id, &path, &state.actor)?;
    Ok(Some(path.display().to_string()))
}

/// Erase a client; `confirm` is their name as typed by the specialist.
#[tauri::command(async)]
pub fn erase_client(
    state: State<'_, AppState>,
    client_id: String,
    confirm: String,
) -> IpcResult<()> {
    Ok(state
        .caseload()
        .erase_client(&client_id, &confirm, &state.actor)?)
}

#[tauri::command(async)]
pub fn backup_caseload(app: AppHandle, state: State<'_, AppState>) -> IpcResult<Option<String>> {
    let name = format!(
        "jobcoach-backup-{}.db",
        jiff::Zoned::now().strftime("%Y-%m-%d")
    );
    let Some(path) = save_path(&app, "Back up the caseload", &name, "db") else {
        return Ok(None);
    };
    state.caseload().backup(&path, &state.actor)?;
    Ok(Some(path.display().to_string()))
}

/// Replace the caseload with a backup; the caseload as it was is kept beside the database.
/// End-to-end tests name the file in JOBCOACH_TEST_RESTORE_FILE instead of a dialog.
#[tauri::command(async)]
pub fn restore_caseload(app: AppHandle, state: State<'_, AppState>) -> IpcResult<Option<String>> {
    let picked = match std::env::var_os("JOBCOACH_TEST_RESTORE_FILE") {
        Some(p) => Some(PathBuf::from(p)),
        None => app
            .dialog()
            .file()
            .set_title("Restore the caseload from a backup")
            .add_filter("jobcoach backup", &["db"])
            .blocking_pick_file()
            .and_then(|p| p.into_path().ok()),
    };
    let Some(path) = picked else { return Ok(None) };
    let db = jobcoach_core::store::default_path();
    let safety = db.with_file_name(format!(
        "jobcoach.before-restore-{}.db",
        jiff::Zoned::now().strftime("%Y%m%d-%H%M%S")
    ));
    state.caseload().restore(&path, &safety, &state.actor)?;
    Ok(Some(safety.display().to_string()))
}
