//! The caseload at a glance: each client with their documents, each document's status and
//! how many blockers and majors are open in its newest revision.

use super::{Caseload, Result};
use crate::checklist::Severity;
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

/// Open findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SeverityCounts {
    pub blocker: usize,
    pub major: usize,
    pub minor: usize,
    pub tip: usize,
}

impl SeverityCounts {
    pub(crate) fn add(&mut self, s: Severity) {
        match s {
            Severity::Blocker => self.blocker += 1,
            Severity::Major => self.major += 1,
            Severity::Minor => self.minor += 1,
            Severity::Tip => self.tip += 1,
        }
    }
}

impl From<store::DocumentSummary> for DocumentOverview {
    fn from(s: store::DocumentSummary) -> Self {
        let [blocker, major, minor, tip] = s.open;
        DocumentOverview {
            record: s.record,
            revisions: s.latest_number,
            open: SeverityCounts {
                blocker,
                major,
                minor,
                tip,
            },
            has_draft: s.has_draft,
        }
    }
}

impl Caseload {
    /// Clients whose name contains `search` (any case), by name, with their documents.
    /// Two queries whatever the caseload's size: clients, then every document's overview.
    pub fn overview(&self, search: &str) -> Result<Vec<ClientOverview>> {
        let needle = search.trim().to_lowercase();
        let mut by_client: std::collections::HashMap<String, Vec<DocumentOverview>> =
            std::collections::HashMap::new();
        for overview in store::document_overviews(self.store.conn(), None)? {
            let overview = DocumentOverview::from(overview);
            by_client
                .entry(overview.record.client_id.clone())
                .or_default()
                .push(overview);
        }
        Ok(store::list_clients(self.store.conn())?
            .into_iter()
            .filter(|s| needle.is_empty() || s.client.name.to_lowercase().contains(&needle))
            .map(|s| ClientOverview {
                documents: by_client.remove(&s.client.id).unwrap_or_default(),
                client: s.client,
            })
            .collect())
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
