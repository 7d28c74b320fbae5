//! What has become of each finding over a document's revisions: open (since which revision),
//! fixed in revision N, waived, deferred, or back again after a fix. Findings are matched
//! across revisions by fingerprint (rule, text and the line around it), so they follow
//! their text when it moves and part ways with it when it changes.

use super::{Caseload, Result, WorkflowError};
use crate::store::{self, Deferral, HistoryAction, StoredFinding, Waiver};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// A finding with what has been decided about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FindingView {
    #[serde(flatten)]
    pub stored: StoredFinding,
    pub waiver: Option<Waiver>,
    /// Put off to a later meeting; still open.
    pub deferral: Option<store::Deferral>,
    /// The revision it first appeared in, in its current run (`None` for text not saved).
    pub since: Option<u32>,
    /// It was fixed in this revision, then came back.
    pub reopened_after: Option<u32>,
}

impl FindingView {
    pub fn is_open(&self) -> bool {
        self.waiver.is_none()
    }
}

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
    /// A revision's findings, each with its waiver if one applies.
    pub fn findings(&self, document_id: &str, number: u32) -> Result<Vec<FindingView>> {
        let revision = self.revision(document_id, number)?;
        let history = History::load(self, document_id, number)?;
        Ok(store::list_findings(self.store.conn(), &revision.id)?
            .into_iter()
            .map(|stored| history.view(stored, Some(number)))
            .collect())
    }

    /// Waive one finding of a revision (by its fingerprint) with a reason. The waiver covers
    /// the same finding in later revisions while its text is unchanged.
    pub fn waive(
        &mut self,
        document_id: &str,
        number: u32,
        fingerprint: &str,
        reason: &str,
        by: &str,
    ) -> Result<Waiver> {
        let (record, revision, finding) = self.finding_at(document_id, number, fingerprint)?;
        if reason.trim().is_empty() {
            return Err(WorkflowError::WaiverWithoutReason {
                rule: finding.stored.finding.rule,
            });
        }
        let waiver = Waiver {
            id: self.ids.new_id(),
            document_id: record.id.clone(),
            revision_id: revision.id.clone(),
            rule: finding.stored.finding.rule.clone(),
            fingerprint: fingerprint.to_string(),
            reason: reason.trim().to_string(),
            waived_by: by.to_string(),
            created_at: self.clock.now(),
        };
        let entry = self.history(
            by,
            HistoryAction::FindingWaived,
            Some(&record.client_id),
            Some(&record.id),
            Some(&revision.id),
            format!("{}: {}", waiver.rule, waiver.reason),
        );
        self.store.permitted(store::Permit::Waive, |tx| {
            store::insert_waiver(tx, &waiver)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(waiver)
    }

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
            HistoryAction::FindingDeferred,
            Some(&record.client_id),
            Some(&record.id),
            Some(&revision.id),
            format!("{}: {}", deferral.rule, deferral.note),
        );
        self.store.permitted(store::Permit::Defer, |tx| {
            store::insert_deferral(tx, &deferral)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(deferral)
    }

    /// Put off every open finding of one rule in a revision that is not put off already
    /// (the CLI's `doc defer DOC RULE`). Refused when there is none.
    pub fn defer_rule(
        &mut self,
        document_id: &str,
        number: u32,
        rule: &str,
        note: &str,
        by: &str,
    ) -> Result<Vec<Deferral>> {
        let open: Vec<String> = self
            .findings(document_id, number)?
            .into_iter()
            .filter(|f| f.stored.finding.rule == rule && f.is_open() && f.deferral.is_none())
            .map(|f| f.stored.fingerprint)
            .collect();
        if open.is_empty() {
            return Err(WorkflowError::NothingToDefer {
                rule: rule.to_string(),
                number,
            });
        }
        open.iter()
            .map(|fp| self.defer(document_id, number, fp, note, by))
            .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::testing::*;
    #[test]
    fn findings_carry_over_revisions_fixed_waived_deferred_and_back_again() {
        let mut c = caseload();
        let client = c.add_client("Maria Delgado", "Dana").unwrap();
        let v1 = "# Maria Delgado\n\nmaria@example.com | (555) 123-4567\n\n## Experience\n\nCashier, Target, 2019 – Present\n\n- Trained the the new cashiers\n- Counted 4 drawers a night\n";
        let record = add_markdown(&mut c, &client.id, v1);
        let doubled = |c: &Caseload, n: u32| {
            c.findings_report(&record.id, n)
                .unwrap()
                .findings
                .into_iter()
                .find(|f| f.stored.finding.rule == "wording.repeated-word")
        };
        let first = doubled(&c, 1).expect("revision 1 has the doubled word");
        assert_eq!(first.since, Some(1));
        // Revision 2 moves the line down: the same finding, still open since revision 1.
        let v2 = v1.replace(
            "- Trained the the",
            "- Counted 2 safes a week\n- Trained the the",
        );
        c.revise_text(&record.id, &v2, by_specialist("moved"))
            .unwrap();
        assert_eq!(doubled(&c, 2).unwrap().since, Some(1), "followed its text");
        // Revision 3 fixes it: the report says so.
        let v3 = v2.replace("the the", "the");
        c.revise_text(&record.id, &v3, by_specialist("fixed"))
            .unwrap();
        let r3 = c.findings_report(&record.id, 3).unwrap();
        assert!(doubled(&c, 3).is_none());
        assert!(
            r3.fixed
                .iter()
                .any(|f| f.finding.rule == "wording.repeated-word"),
            "fixed in 3"
        );
        // Revision 4 brings it back: reopened, and it says it was fixed in revision 3.
        c.revise_text(&record.id, &v2, by_specialist("pasted old text"))
            .unwrap();
        let back = doubled(&c, 4).unwrap();
        assert_eq!(back.reopened_after, Some(3));
        assert_eq!(back.since, Some(4));
        // Waived in 4, it stays waived in 5 while its text is unchanged.
        c.waive_rule(
            &record.id,
            4,
            "wording.repeated-word",
            "client's choice",
            "Dana",
        )
        .unwrap();
        let v5 = v2.replace("Counted 4 drawers", "Counted 5 drawers");
        c.revise_text(&record.id, &v5, by_specialist("")).unwrap();
        assert!(doubled(&c, 5).unwrap().waiver.is_some());
        assert!(matches!(
            c.waive_rule(&record.id, 5, "wording.repeated-word", "again", "Dana"),
            Err(WorkflowError::NothingToWaive { .. })
        ));
        // Deferred: marked, and still open.
        let f = c
            .findings(&record.id, 5)
            .unwrap()
            .into_iter()
            .find(|f| f.is_open())
            .expect("an open finding");
        c.defer(&record.id, 5, &f.stored.fingerprint, "next meeting", "Dana")
            .unwrap();
        let deferred = c
            .findings(&record.id, 5)
            .unwrap()
            .into_iter()
            .find(|g| g.stored.fingerprint == f.stored.fingerprint)
            .unwrap();
        assert!(deferred.deferral.is_some() && deferred.is_open());
        assert_summaries_match(&c);
    }
}
