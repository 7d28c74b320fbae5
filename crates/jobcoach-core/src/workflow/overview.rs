//! The caseload at a glance: each client with their documents, each document's status and
//! how many blockers and majors are open in its newest revision.

use super::{Caseload, Result, SeverityCounts};
use crate::store::{self, Client, DocumentRecord};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentOverview {
    pub record: DocumentRecord,
    pub revisions: u32,
    pub open: SeverityCounts,
    pub has_draft: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClientOverview {
    pub client: Client,
    pub documents: Vec<DocumentOverview>,
}

impl Caseload {
    /// Clients whose name contains `search` (any case), by name, with their documents.
    pub fn overview(&self, search: &str) -> Result<Vec<ClientOverview>> {
        let needle = search.trim().to_lowercase();
        let mut out = Vec::new();
        for summary in store::list_clients(self.store.conn())? {
            if !needle.is_empty() && !summary.client.name.to_lowercase().contains(&needle) {
                continue;
            }
            let mut documents = Vec::new();
            for record in store::list_documents(self.store.conn(), &summary.client.id)? {
                documents.push(self.document_overview(record)?);
            }
            out.push(ClientOverview {
                client: summary.client,
                documents,
            });
        }
        Ok(out)
    }

    pub fn document_overview(&self, record: DocumentRecord) -> Result<DocumentOverview> {
        let latest = store::latest_revision(self.store.conn(), &record.id)?;
        let mut open = SeverityCounts::default();
        if let Some(r) = &latest {
            for f in self.findings(&record.id, r.number)? {
                if f.is_open() {
                    open.add(f.stored.finding.severity);
                }
            }
        }
        let has_draft = store::get_draft(self.store.conn(), &record.id)?.is_some();
        Ok(DocumentOverview {
            revisions: latest.map_or(0, |r| r.number),
            open,
            has_draft,
            record,
        })
    }
}
