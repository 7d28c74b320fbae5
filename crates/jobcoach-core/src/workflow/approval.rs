//! Approval: a document's status through review, and approving one revision, which needs
//! every blocker fixed or waived with a reason. A newer revision puts an approved document
//! back to draft; the old approval stays in the history.

use super::{Caseload, FindingView, Result, WorkflowError};
use crate::checklist::Severity;
use crate::store::{self, Approval, DocumentStatus, HistoryAction, HistoryEntry, Waiver};

impl Caseload {
    /// Submit for review, request changes, or take back to draft. Approval has its own path
    /// because it names a revision and checks blockers.
    pub fn set_status(&mut self, document_id: &str, to: DocumentStatus, actor: &str) -> Result<()> {
        use DocumentStatus::*;
        let record = self.document(document_id)?;
        let from = record.status;
        let allowed = matches!(
            (from, to),
            (Draft | ChangesRequested, InReview)
                | (InReview, ChangesRequested)
                | (InReview | ChangesRequested, Draft)
        );
        if !allowed {
            return Err(WorkflowError::StatusChange { from, to });
        }
        let now = self.clock.now();
        let entry = self.history(
            actor,
            HistoryAction::DocumentStatus,
            Some(&record.client_id),
            Some(&record.id),
            None,
            format!("{from} -> {to}"),
        );
        self.store.transaction(|tx| {
            store::update_status(tx, &record.id, to, now)?;
            store::insert_history(tx, &entry)
        })?;
        Ok(())
    }

    /// Approve revision `number`, waiving open findings of the named rules with a reason.
    /// Refused while a blocker is open, and for any revision but the newest.
    pub fn approve(
        &mut self,
        document_id: &str,
        number: u32,
        by: &str,
        waive: &[(String, String)],
    ) -> Result<Approval> {
        let record = self.document(document_id)?;
        let newest = self.latest_revision(document_id)?;
        if newest.number != number {
            self.revision(document_id, number)?;
            return Err(WorkflowError::NotNewest {
                number,
                newest: newest.number,
            });
        }
        let findings = self.findings(document_id, number)?;
        let now = self.clock.now();
        let mut waivers = Vec::new();
        for (rule, reason) in waive {
            if reason.trim().is_empty() {
                return Err(WorkflowError::WaiverWithoutReason { rule: rule.clone() });
            }
            let matching: Vec<&FindingView> = findings
                .iter()
                .filter(|f| f.is_open() && &f.stored.finding.rule == rule)
                .collect();
            if matching.is_empty() {
                return Err(WorkflowError::NothingToWaive {
                    rule: rule.clone(),
                    number,
                });
            }
            for f in matching {
                waivers.push(Waiver {
                    id: self.ids.new_id(),
                    document_id: record.id.clone(),
                    revision_id: newest.id.clone(),
                    rule: rule.clone(),
                    fingerprint: f.stored.fingerprint.clone(),
                    reason: reason.trim().to_string(),
                    waived_by: by.to_string(),
                    created_at: now,
                });
            }
        }
        let blockers: Vec<(String, String)> = self
            .approval_blockers(document_id, number)?
            .into_iter()
            .filter(|f| {
                !waivers
                    .iter()
                    .any(|w| w.fingerprint == f.stored.fingerprint)
            })
            .map(|f| (f.stored.finding.rule, f.stored.finding.message))
            .collect();
        if !blockers.is_empty() {
            return Err(WorkflowError::OpenBlockers { number, blockers });
        }
        let approval = Approval {
            id: self.ids.new_id(),
            document_id: record.id.clone(),
            revision_id: newest.id.clone(),
            approved_by: by.to_string(),
            created_at: now,
        };
        let mut entries: Vec<HistoryEntry> = waivers
            .iter()
            .map(|w| {
                self.history(
                    by,
                    HistoryAction::FindingWaived,
                    Some(&record.client_id),
                    Some(&record.id),
                    Some(&newest.id),
                    format!("{}: {}", w.rule, w.reason),
                )
            })
            .collect();
        entries.push(self.history(
            by,
            HistoryAction::DocumentApproved,
            Some(&record.client_id),
            Some(&record.id),
            Some(&newest.id),
            format!("revision {number}"),
        ));
        self.store.permitted(store::Permit::Approve, |tx| {
            // Another window may have saved a newer revision since the check above; the
            // write lock is held now, so this is the last word.
            if let Some(latest) = store::latest_revision(tx, &record.id)? {
                if latest.id != newest.id {
                    return Ok(Err(WorkflowError::NotNewest {
                        number,
                        newest: latest.number,
                    }));
                }
            }
            waivers
                .iter()
                .try_for_each(|w| store::insert_waiver(tx, w))?;
            store::insert_approval(tx, &approval)?;
            store::update_status(tx, &record.id, DocumentStatus::Approved, now)?;
            entries
                .iter()
                .try_for_each(|e| store::insert_history(tx, e))?;
            Ok(Ok(()))
        })??;
        Ok(approval)
    }

    /// The findings that stop revision `number` from being approved now: open blockers.
    /// `approve` refuses for exactly these; the app shows them beside a disabled button.
    pub fn approval_blockers(&self, document_id: &str, number: u32) -> Result<Vec<FindingView>> {
        Ok(self
            .findings(document_id, number)?
            .into_iter()
            .filter(blocks_approval)
            .collect())
    }

    pub fn approvals(&self, document_id: &str) -> Result<Vec<Approval>> {
        Ok(store::list_approvals(self.store.conn(), document_id)?)
    }
}

/// The one rule of what stops approval: an open (not waived) blocker.
pub(super) fn blocks_approval(f: &FindingView) -> bool {
    f.is_open() && f.stored.finding.severity == Severity::Blocker
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::testing::*;
    #[test]
    fn approval_is_refused_with_open_blockers_and_allowed_once_waived() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        let err = c.approve(&doc.id, 1, "Dana", &[]).unwrap_err();
        assert!(
            matches!(&err, WorkflowError::OpenBlockers { blockers, .. } if blockers[0].0 == "template.placeholder-left"),
            "{err}"
        );
        assert!(
            err.to_string().contains("waive it with a reason"),
            "the refusal says the way forward: {err}"
        );
        assert_eq!(
            c.document(&doc.id).unwrap().status,
            DocumentStatus::Draft,
            "a refusal changes nothing"
        );

        let no_reason = c.approve(
            &doc.id,
            1,
            "Dana",
            &[("template.placeholder-left".into(), " ".into())],
        );
        assert!(
            matches!(no_reason, Err(WorkflowError::WaiverWithoutReason { .. })),
            "a waiver needs a reason"
        );
        let wrong_rule = c.approve(
            &doc.id,
            1,
            "Dana",
            &[("contact.email-missing".into(), "n/a".into())],
        );
        assert!(
            matches!(wrong_rule, Err(WorkflowError::NothingToWaive { .. })),
            "waiving what is not there is an error"
        );

        let approval = c
            .approve(
                &doc.id,
                1,
                "Dana",
                &[(
                    "template.placeholder-left".into(),
                    "Employer is confidential; agency fills it in".into(),
                )],
            )
            .unwrap();
        assert_eq!(
            c.document(&doc.id).unwrap().status,
            DocumentStatus::Approved
        );
        let rev1 = c.revision(&doc.id, 1).unwrap();
        assert_eq!(
            approval.revision_id, rev1.id,
            "the approval names the revision"
        );
        let views = c.findings(&doc.id, 1).unwrap();
        assert!(
            views.iter().any(|f| f.waiver.is_some()),
            "the waived finding shows its waiver"
        );
        assert_summaries_match(&c);
    }

    #[test]
    fn a_newer_revision_reopens_an_approved_document_and_keeps_the_old_approval() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        let fixed = DRAFT.replace("\\[Company Name\\]", "Target");
        c.revise_text(&doc.id, &fixed, by_specialist("named the employer"))
            .unwrap();
        c.approve(&doc.id, 2, "Dana", &[])
            .expect("no blockers left after the fix");
        assert!(matches!(
            c.revise_text(&doc.id, &fixed, by_specialist("again")),
            Err(WorkflowError::Unchanged { number: 2 })
        ));
        let rev3 = c
            .revise_text(
                &doc.id,
                &format!("{fixed}- Ran the register\n"),
                by_specialist("more"),
            )
            .unwrap();
        assert_eq!(rev3.number, 3);
        assert_eq!(
            rev3.parent_id,
            Some(c.revision(&doc.id, 2).unwrap().id),
            "revisions chain to their parent"
        );
        assert_eq!(
            c.document(&doc.id).unwrap().status,
            DocumentStatus::Draft,
            "newer revision -> back to draft"
        );
        assert_eq!(
            c.approvals(&doc.id).unwrap().len(),
            1,
            "the old approval stays in the history"
        );
        let old = c.approve(&doc.id, 2, "Dana", &[]);
        assert!(
            matches!(
                old,
                Err(WorkflowError::NotNewest {
                    number: 2,
                    newest: 3
                })
            ),
            "only the newest can be approved"
        );
        let summaries = c.revisions(&doc.id).unwrap();
        assert_eq!(
            summaries.iter().map(|s| s.approved).collect::<Vec<_>>(),
            vec![false, true, false]
        );
        assert_eq!(
            summaries[0].open.blocker, 1,
            "revision 1 still shows its blocker"
        );
        assert_eq!(summaries[1].open.blocker, 0);
        let actions: Vec<String> = c
            .history_of_document(&doc.id)
            .unwrap()
            .into_iter()
            .map(|h| h.action.as_str().to_string())
            .collect();
        assert_eq!(
            actions,
            [
                "document.added",
                "revision.added",
                "revision.added",
                "document.approved",
                "revision.added",
                "document.status"
            ],
            "every change is in the log, in order"
        );
    }

    #[test]
    fn status_moves_through_review_but_approval_has_its_own_door() {
        let mut c = caseload();
        let doc = with_document(&mut c);
        c.set_status(&doc.id, DocumentStatus::InReview, "Dana")
            .unwrap();
        c.set_status(&doc.id, DocumentStatus::ChangesRequested, "Dana")
            .unwrap();
        let err = c
            .set_status(&doc.id, DocumentStatus::Approved, "Dana")
            .unwrap_err();
        assert!(
            err.to_string().contains("approve a revision instead"),
            "{err}"
        );
        c.set_status(&doc.id, DocumentStatus::InReview, "Dana")
            .unwrap();
        assert_eq!(
            c.document(&doc.id).unwrap().status,
            DocumentStatus::InReview
        );
    }
}
