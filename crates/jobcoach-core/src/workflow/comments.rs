//! Comments on a document: anchored to a span of one revision, client-visible or internal,
//! with replies and a resolved state. In a later revision a comment follows its text when
//! that text is still there, and is shown as outdated when it is not.

use super::{Caseload, Result, WorkflowError};
use crate::store::{self, Comment, Visibility};
use serde::Serialize;
use std::ops::Range;

/// A comment as it stands on one revision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CommentThread {
    pub comment: Comment,
    pub replies: Vec<Comment>,
    /// Where its text is in the revision asked about; `None` when that text is gone.
    pub anchor: Option<Range<usize>>,
    pub outdated: bool,
}

/// Where `anchor_text` is in `text`: the occurrence nearest the original offset.
fn follow(text: &str, anchor_text: &str, was_at: usize) -> Option<Range<usize>> {
    if anchor_text.is_empty() {
        return None;
    }
    text.match_indices(anchor_text)
        .map(|(i, m)| i..i + m.len())
        .min_by_key(|r| r.start.abs_diff(was_at))
}

impl Caseload {
    /// Comment on `span` of revision `number`.
    #[allow(clippy::too_many_arguments)]
    pub fn add_comment(
        &mut self,
        document_id: &str,
        number: u32,
        span: Range<usize>,
        body: &str,
        visibility: Visibility,
        author: &str,
    ) -> Result<Comment> {
        let record = self.document(document_id)?;
        let revision = self.revision(document_id, number)?;
        let anchor_text = revision
            .content
            .get(span.clone())
            .ok_or_else(|| {
                WorkflowError::NotFound("that part of the text is not in this revision".into())
            })?
            .to_string();
        self.insert_comment(
            &record.client_id,
            Comment {
                id: self.ids.new_id(),
                document_id: record.id.clone(),
                revision_id: revision.id.clone(),
                parent_id: None,
                span,
                anchor_text,
                body: body.trim().to_string(),
                visibility,
                author: author.to_string(),
                created_at: self.clock.now(),
                resolved_at: None,
                resolved_by: None,
            },
        )
    }

    /// Reply to a comment; the reply shares its visibility.
    pub fn reply(&mut self, comment_id: &str, body: &str, author: &str) -> Result<Comment> {
        let parent = store::get_comment(self.store.conn(), comment_id).map_err(super::not_found)?;
        let record = self.document(&parent.document_id)?;
        self.insert_comment(
            &record.client_id,
            Comment {
                id: self.ids.new_id(),
                parent_id: Some(parent.id.clone()),
                body: body.trim().to_string(),
                author: author.to_string(),
                created_at: self.clock.now(),
                resolved_at: None,
                resolved_by: None,
                ..parent
            },
        )
    }

    fn insert_comment(&mut self, client_id: &str, comment: Comment) -> Result<Comment> {
        if comment.body.is_empty() {
            return Err(WorkflowError::EmptyName { what: "comment" });
        }
        let entry = self.history(
            &comment.author,
            "comment.added",
            Some(client_id),
            Some(&comment.document_id),
            Some(&comment.revision_id),
            format!("on \"{}\"", crate::text::excerpt(&comment.anchor_text, 40)),
        );
        self.store.transaction(|tx| {
            store::insert_comment(tx, &comment)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(comment)
    }

    pub fn set_comment_resolved(
        &mut self,
        comment_id: &str,
        resolved: bool,
        actor: &str,
    ) -> Result<()> {
        let c = store::get_comment(self.store.conn(), comment_id).map_err(super::not_found)?;
        let now = self.clock.now();
        let record = self.document(&c.document_id)?;
        let entry = self.history(
            actor,
            if resolved {
                "comment.resolved"
            } else {
                "comment.reopened"
            },
            Some(&record.client_id),
            Some(&c.document_id),
            None,
            String::new(),
        );
        self.store.transaction(|tx| {
            store::set_comment_resolved(tx, comment_id, resolved.then_some((now, actor)))?;
            store::insert_history(tx, &entry)
        })?;
        Ok(())
    }

    /// The comment threads as they stand on revision `number`: those made on it or on an
    /// earlier revision. `client_view` leaves internal ones out.
    pub fn comments(
        &self,
        document_id: &str,
        number: u32,
        client_view: bool,
    ) -> Result<Vec<CommentThread>> {
        let revision = self.revision(document_id, number)?;
        let numbers: std::collections::HashMap<String, u32> =
            store::list_revisions(self.store.conn(), document_id)?
                .into_iter()
                .map(|r| (r.id, r.number))
                .collect();
        let all: Vec<Comment> = store::list_comments(self.store.conn(), document_id)?
            .into_iter()
            .filter(|c| numbers.get(&c.revision_id).is_some_and(|&n| n <= number))
            .filter(|c| !(client_view && c.visibility == Visibility::Internal))
            .collect();
        Ok(all
            .iter()
            .filter(|c| c.parent_id.is_none())
            .map(|c| {
                let made_here = c.revision_id == revision.id;
                let anchor = if made_here {
                    Some(c.span.clone())
                } else {
                    follow(&revision.content, &c.anchor_text, c.span.start)
                };
                CommentThread {
                    replies: all
                        .iter()
                        .filter(|r| r.parent_id.as_deref() == Some(&c.id))
                        .cloned()
                        .collect(),
                    outdated: anchor.is_none(),
                    anchor,
                    comment: c.clone(),
                }
            })
            .collect())
    }
}
