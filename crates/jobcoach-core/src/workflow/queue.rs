//! The queue of documents waiting for the specialist: submitted for review, or revised by
//! the job seeker since the specialist last saved one.

use super::{Caseload, DocumentOverview, Result};
use crate::store::{self, QueueReason};
use serde::Serialize;

/// A document waiting for the specialist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueItem {
    pub client_name: String,
    pub document: DocumentOverview,
    pub reason: QueueReason,
    pub waiting_since: jiff::Timestamp,
}

impl Caseload {
    /// Documents waiting for the specialist across the caseload, oldest first: submitted
    /// for review, or revised by the job seeker since the specialist last saved one.
    pub fn review_queue(&self) -> Result<Vec<QueueItem>> {
        let rows = store::review_queue(self.store.conn())?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        // Three queries whatever the size: the queue, every document's summary, the clients.
        let mut overviews: std::collections::HashMap<String, DocumentOverview> =
            store::document_overviews(self.store.conn(), None)?
                .into_iter()
                .map(|s| (s.record.id.clone(), DocumentOverview::from(s)))
                .collect();
        let names: std::collections::HashMap<String, String> =
            store::list_clients(self.store.conn())?
                .into_iter()
                .map(|s| (s.client.id, s.client.name))
                .collect();
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let document = overviews.remove(&row.document_id)?;
                Some(QueueItem {
                    client_name: names
                        .get(&document.record.client_id)
                        .cloned()
                        .unwrap_or_default(),
                    document,
                    reason: row.reason,
                    waiting_since: row.waiting_since,
                })
            })
            .collect())
    }
}

impl QueueReason {
    /// Why a document is waiting, as the app and the CLI say it.
    pub fn label(self) -> &'static str {
        match self {
            QueueReason::Submitted => "Submitted for review",
            QueueReason::RevisedByJobSeeker => "New revision from the job seeker",
        }
    }
}
