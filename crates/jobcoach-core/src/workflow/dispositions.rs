//! What has become of each finding over a document's revisions: open (since which revision),
//! fixed in revision N, waived, deferred, or back again after a fix. Findings are matched
//! across revisions by fingerprint (rule, text and the line around it), so they follow
//! their text when it moves and part ways with it when it changes.

use super::{Caseload, FindingView, Result, WorkflowError};
use crate::store::{self, Deferral, StoredFinding, Waiver};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// The fingerprints of every saved revision up to one, and the decisions made about them.
pub(crate) struct History {
    upto: u32,
    by_revision: BTreeMap<u32, HashSet<String>>,
    waivers: Vec<Waiver>,
    deferrals: Vec<Deferral>,
}

impl History {
    pub(crate) fn load(c: &Caseload, document_id: &str, upto: u32) -> Result<Self> {
        let conn = c.store.conn();
        let mut by_revision: BTreeMap<u32, HashSet<String>> = BTreeMap::new();
        for (n, fp) in store::fingerprints_by_revision(conn, document_id, upto)? {
            by_revision.entry(n).or_default().insert(fp);
        }
        Ok(History {
            upto,
            by_revision,
            waivers: store::list_waivers(conn, document_id)?,
            deferrals: store::list_deferrals(conn, document_id)?,
        })
    }

    fn present(&self, number: u32, fingerprint: &str) -> bool {
        self.by_revision
            .get(&number)
            .is_some_and(|s| s.contains(fingerprint))
    }

    /// A finding of revision `number` (`None`: of text not saved yet) with its disposition.
    pub(crate) fn view(&self, stored: StoredFinding, number: Option<u32>) -> FindingView {
        let fp = stored.fingerprint.clone();
        let n = number.unwrap_or(self.upto + 1);
        let mut since = n;
        let mut m = n - 1;
        while m >= 1 && self.present(m, &fp) {
            since = m;
            m -= 1;
        }
        // Absent in revision m: if it was there before m, it was fixed and came back.
        let reopened_after = (1..m.max(1))
            .rev()
            .find(|&k| self.present(k, &fp))
            .map(|k| k + 1);
        FindingView {
            waiver: self
                .waivers
                .iter()
                .rev()
                .find(|w| w.fingerprint == fp)
                .cloned(),
            deferral: self
                .deferrals
                .iter()
                .rev()
                .find(|d| d.fingerprint == fp)
                .cloned(),
            since: (number.is_some() || since <= self.upto).then_some(since),
            reopened_after,
            stored,
        }
    }
}

/// A revision's findings with their dispositions, and those its changes fixed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingsReport {
    pub number: u32,
    pub findings: Vec<FindingView>,
    /// Findings of the revision before that this one no longer has.
    pub fixed: Vec<StoredFinding>,
}

impl Caseload {
    /// A finding of revision `number` by its fingerprint, with its document and revision:
    /// what waiving and deferring act on.
    pub(crate) fn finding_at(
        &self,
        document_id: &str,
        number: u32,
        fingerprint: &str,
    ) -> Result<(store::DocumentRecord, store::Revision, FindingView)> {
        let record = self.document(document_id)?;
        let revision = self.revision(document_id, number)?;
        let finding = self
            .findings(document_id, number)?
            .into_iter()
            .find(|f| f.stored.fingerprint == fingerprint)
            .ok_or(WorkflowError::NoSuchFinding { number })?;
        Ok((record, revision, finding))
    }

    /// Revision `number`'s findings, each open (since when, or back after a fix), waived or
    /// deferred, and what it fixed.
    pub fn findings_report(&self, document_id: &str, number: u32) -> Result<FindingsReport> {
        let findings = self.findings(document_id, number)?;
        let fixed = if number > 1 {
            let now: HashSet<&str> = findings
                .iter()
                .map(|f| f.stored.fingerprint.as_str())
                .collect();
            let before = self.revision(document_id, number - 1)?;
            store::list_findings(self.store.conn(), &before.id)?
                .into_iter()
                .filter(|f| !now.contains(f.fingerprint.as_str()))
                .collect()
        } else {
            Vec::new()
        };
        Ok(FindingsReport {
            number,
            findings,
            fixed,
        })
    }

    /// Put a finding off to a later meeting. It stays open (a blocker still blocks).
    pub fn defer(
        &mut self,
        document_id: &str,
        number: u32,
        fingerprint: &str,
        note: &str,
        by: &str,
    ) -> Result<Deferral> {
        let (record, revision, finding) = self.finding_at(document_id, number, fingerprint)?;
        let deferral = Deferral {
            id: self.ids.new_id(),
            document_id: record.id.clone(),
            revision_id: revision.id.clone(),
            rule: finding.stored.finding.rule.clone(),
            fingerprint: fingerprint.to_string(),
            note: note.trim().to_string(),
            deferred_by: by.to_string(),
            created_at: self.clock.now(),
        };
        let entry = self.history(
            by,
            "finding.deferred",
            Some(&record.client_id),
            Some(&record.id),
            Some(&revision.id),
            format!("{}: {}", deferral.rule, deferral.note),
        );
        self.store.transaction(|tx| {
            store::insert_deferral(tx, &deferral)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(deferral)
    }

    /// Waive every open finding of one rule in a revision, with one reason (the CLI's
    /// `doc waive DOC RULE`). Refused when the rule has no open finding there.
    pub fn waive_rule(
        &mut self,
        document_id: &str,
        number: u32,
        rule: &str,
        reason: &str,
        by: &str,
    ) -> Result<Vec<Waiver>> {
        let open: Vec<String> = self
            .findings(document_id, number)?
            .into_iter()
            .filter(|f| f.stored.finding.rule == rule && f.is_open())
            .map(|f| f.stored.fingerprint)
            .collect();
        if open.is_empty() {
            return Err(WorkflowError::NothingToWaive {
                rule: rule.to_string(),
                number,
            });
        }
        open.iter()
            .map(|fp| self.waive(document_id, number, fp, reason, by))
            .collect()
    }
}
