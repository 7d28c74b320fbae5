//! Comments on a revision and the history log. Thin: each command calls the core and maps.

use crate::ipc::{byte_span, utf16_offset, CommentItem, HistoryItem, IpcResult, ReplyItem};
use crate::state::AppState;
use jobcoach_core::store::{HistoryEntry, Visibility};
use jobcoach_core::workflow::{phrase, Caseload};
use tauri::State;

fn threads(caseload: &Caseload, document_id: &str, number: u32) -> IpcResult<Vec<CommentItem>> {
    let text = caseload.revision(document_id, number)?.content;
    Ok(caseload
        .comments(document_id, number, false)?
        .into_iter()
        .map(|t| {
            let (from, to) = t.anchor.as_ref().map_or((0, 0), |a| {
                (utf16_offset(&text, a.start), utf16_offset(&text, a.end))
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
    let span = byte_span(&text, from, to);
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
            action: e.action.as_str().to_string(),
            label: phrase(e.action).to_string(),
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
