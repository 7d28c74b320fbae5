//! Comments on a document: anchored to a span of one revision, client-visible or internal,
//! with replies and a resolved state. In a later revision a comment follows its text when
//! that text is still there, and is shown as outdated when it is not.

use super::{Caseload, Result, WorkflowError};
use crate::store::{self, Comment, HistoryAction, Visibility};
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
        if span.is_empty() {
            return Err(WorkflowError::EmptySelection);
        }
        let anchor_text = revision
            .content
            .get(span.clone())
            .ok_or(WorkflowError::SpanOutsideRevision)?
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
            return Err(WorkflowError::EmptyText {
                what: if comment.parent_id.is_some() {
                    "reply"
                } else {
                    "comment"
                },
            });
        }
        let entry = self.history(
            &comment.author,
            HistoryAction::CommentAdded,
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
                HistoryAction::CommentResolved
            } else {
                HistoryAction::CommentReopened
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::testing::*;

    #[test]
    fn an_empty_comment_or_reply_or_selection_is_refused_with_words_about_it() {
        let mut c = caseload();
        let record = with_document(&mut c);
        let span = DRAFT.find("Trained").unwrap()..DRAFT.find("Trained").unwrap() + 7;
        let empty = c
            .add_comment(
                &record.id,
                1,
                span.clone(),
                "   ",
                Visibility::Client,
                "Dana",
            )
            .unwrap_err();
        let words = empty.to_string();
        assert!(
            words.contains("comment") && !words.contains("name"),
            "{words}"
        );
        let nothing_selected = c
            .add_comment(
                &record.id,
                1,
                5..5,
                "Which store?",
                Visibility::Client,
                "Dana",
            )
            .unwrap_err();
        assert!(matches!(nothing_selected, WorkflowError::EmptySelection));
        let outside = c
            .add_comment(
                &record.id,
                1,
                5..100_000,
                "Which store?",
                Visibility::Client,
                "Dana",
            )
            .unwrap_err();
        assert!(matches!(outside, WorkflowError::SpanOutsideRevision));
        let comment = c
            .add_comment(
                &record.id,
                1,
                span,
                "Which store?",
                Visibility::Client,
                "Dana",
            )
            .unwrap();
        let reply = c.reply(&comment.id, "", "Maria").unwrap_err();
        assert!(reply.to_string().contains("reply"), "{reply}");
        for e in [empty, nothing_selected, outside, reply] {
            assert_eq!(e.code(), crate::ErrorCode::Refused, "{e}");
        }
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
}
