//! Permits: how the schema tells the core's own guarded operations from any other write.
//!
//! Kept records (clients, documents, revisions, comments, the log...) may only be deleted
//! by an erase or a restore, and approvals, waivers and deferrals may only be written by
//! the core after its checks. A marker row would not do: any connection can insert one
//! (issue 18 found `INSERT INTO erasing` unlocking every delete). Instead the triggers ask
//! the SQL function `jobcoach_permits(op)`, which exists only on the store's own
//! connections and answers from memory the core sets for the length of one operation. An
//! outside tool (`sqlite3`) has no such function, so its trigger fails and the write is
//! refused; the app's own connection refuses too unless the core holds the permit.

use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

/// One guarded operation of the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permit {
    /// Erasing a client: deletes every kept record about them.
    Erase,
    /// Approving a revision, with the waivers given at the same time.
    Approve,
    /// Leaving a finding as it is, with a reason.
    Waive,
    /// Putting a finding off to a later meeting.
    Defer,
    /// Replacing the caseload with a backup's: everything.
    Restore,
}

impl Permit {
    /// The trigger operations this permit allows.
    fn bits(self) -> u8 {
        match self {
            Permit::Erase => ERASE,
            Permit::Approve => APPROVE | WAIVE,
            Permit::Waive => WAIVE,
            Permit::Defer => DEFER,
            Permit::Restore => ERASE | APPROVE | WAIVE | DEFER,
        }
    }
}

const ERASE: u8 = 1;
const APPROVE: u8 = 2;
const WAIVE: u8 = 4;
const DEFER: u8 = 8;

/// The operations a trigger may ask about, as the triggers name them.
fn op_bits(op: &str) -> u8 {
    match op {
        "erase" => ERASE,
        "approve" => APPROVE,
        "waive" => WAIVE,
        "defer" => DEFER,
        _ => 0,
    }
}

/// The permits held on one store's connections, shared with its SQL function.
#[derive(Debug, Clone, Default)]
pub(crate) struct Permits(Arc<AtomicU8>);

impl Permits {
    /// Give `conn` the `jobcoach_permits` function, answering from these permits.
    pub(crate) fn register(&self, conn: &Connection) -> rusqlite::Result<()> {
        let held = Arc::clone(&self.0);
        conn.create_scalar_function(
            "jobcoach_permits",
            1,
            FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_INNOCUOUS,
            move |ctx| {
                let op: String = ctx.get(0)?;
                let wanted = op_bits(&op);
                Ok(wanted != 0 && held.load(Ordering::SeqCst) & wanted == wanted)
            },
        )
    }

    /// Hold `permit` while `f` runs, and never after, whether `f` succeeds or fails.
    pub(crate) fn while_holding<T>(&self, permit: Permit, f: impl FnOnce() -> T) -> T {
        struct Release<'a>(&'a AtomicU8, u8);
        impl Drop for Release<'_> {
            fn drop(&mut self) {
                self.0.fetch_and(!self.1, Ordering::SeqCst);
            }
        }
        let bits = permit.bits();
        self.0.fetch_or(bits, Ordering::SeqCst);
        let _release = Release(&self.0, bits);
        f()
    }
}

#[cfg(test)]
mod tests {
    use crate::store::{self, Visibility};
    use crate::workflow::testing::*;
    use rusqlite::Connection;

    /// Every way around the core's checks that plain SQL offers. Each must be refused, from
    /// an outside tool and from the app's own connection alike.
    /// The tables whose rows only an erase or a restore may delete.
    const KEPT: [&str; 9] = [
        "clients",
        "documents",
        "revisions",
        "findings",
        "comments",
        "action_steps",
        "meetings",
        "history",
        "erasures",
    ];

    fn back_doors(c: &Caseload, doc: &str, other_client: &str, other_doc: &str) -> Vec<String> {
        let conn = c.store().conn();
        let one =
            |sql: &str, id: &str| -> String { conn.query_row(sql, [id], |r| r.get(0)).unwrap() };
        let rev = one("SELECT id FROM revisions WHERE document_id = ?1", doc);
        let client = one("SELECT client_id FROM documents WHERE id = ?1", doc);
        let other_rev = one("SELECT id FROM revisions WHERE document_id = ?1", other_doc);
        let mut sql: Vec<String> = KEPT.iter().map(|t| format!("DELETE FROM {t}")).collect();
        sql.extend([
            "CREATE TABLE erasing (client_id TEXT); INSERT INTO erasing VALUES ('x'); DELETE FROM revisions".to_string(),
            format!("INSERT INTO approvals VALUES ('forged', '{doc}', '{rev}', 'Mallory', '2026-01-01T00:00:00Z')"),
            format!("INSERT INTO waivers VALUES ('forged', '{doc}', '{rev}', 'placeholder', 'fp', 'because', 'Mallory', '2026-01-01T00:00:00Z')"),
            format!("INSERT INTO deferrals VALUES ('forged', '{doc}', '{rev}', 'placeholder', 'fp', '', 'Mallory', '2026-01-01T00:00:00Z')"),
            format!("UPDATE documents SET status = 'approved' WHERE id = '{doc}'"),
            format!("INSERT INTO action_steps (id, client_id, document_id, text, created_by, created_at) VALUES ('s', '{other_client}', '{doc}', 'Steal', 'M', '2026-01-01T00:00:00Z')"),
            format!("UPDATE action_steps SET document_id = '{other_doc}'"),
            format!("UPDATE documents SET client_id = '{other_client}' WHERE id = '{doc}'"),
            format!("UPDATE meetings SET client_id = '{other_client}'"),
            format!("INSERT INTO comments (id, document_id, revision_id, span_start, span_end, anchor_text, body, visibility, author, created_at) VALUES ('x', '{doc}', '{other_rev}', 0, 1, 'M', 'hi', 'client', 'M', '2026-01-01T00:00:00Z')"),
            "UPDATE erasures SET erased_by = 'M'".to_string(),
            format!("INSERT INTO erasures VALUES ('{client}', '2026-01-01T00:00:00Z', 'M'); DELETE FROM clients WHERE id = '{client}'"),
        ]);
        sql
    }

    fn counts(conn: &Connection) -> Vec<i64> {
        KEPT.iter()
            .chain(&["approvals", "waivers", "deferrals"])
            .map(|t| {
                conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                    .unwrap()
            })
            .collect()
    }

    #[test]
    fn every_back_door_is_refused_from_outside_and_from_the_app_itself() {
        let (mut c, db) = file_caseload();
        let record = with_document(&mut c);
        c.add_action_step(
            &record.client_id,
            Some(&record.id),
            "Add numbers",
            None,
            "Dana",
        )
        .unwrap();
        c.start_meeting(&record.client_id, "Dana").unwrap();
        c.add_comment(
            &record.id,
            1,
            2..15,
            "Good name line",
            Visibility::Client,
            "Dana",
        )
        .unwrap();
        let other = c.add_client("Someone Else", "Dana").unwrap();
        let other_doc = add_markdown(&mut c, &other.id, "# Someone Else\n\n- Led 3 crews\n");
        let gone = c.add_client("Erased Person", "Dana").unwrap();
        c.erase_client(&gone.id, "Erased Person", "Dana").unwrap();
        let before = counts(c.store().conn());

        let outside = Connection::open(&db).unwrap();
        for sql in back_doors(&c, &record.id, &other.id, &other_doc.id) {
            let from_outside = outside.execute_batch(&format!("BEGIN; {sql}; COMMIT;"));
            let _ = outside.execute_batch("ROLLBACK");
            assert!(from_outside.is_err(), "an outside tool got through: {sql}");
            let from_inside = c
                .store()
                .conn()
                .execute_batch(&format!("BEGIN; {sql}; COMMIT;"));
            let _ = c.store().conn().execute_batch("ROLLBACK");
            assert!(
                from_inside.is_err(),
                "the app's connection got through: {sql}"
            );
        }
        assert_eq!(counts(c.store().conn()), before, "nothing changed");
        assert_eq!(
            c.document(&record.id).unwrap().status,
            DocumentStatus::Draft
        );
    }

    #[test]
    fn a_permit_ends_with_its_operation() {
        let (mut c, _db) = file_caseload();
        let record = with_document(&mut c);
        let rule = c.findings(&record.id, 1).unwrap()[0]
            .stored
            .finding
            .rule
            .clone();
        c.waive_rule(&record.id, 1, &rule, "the client's choice", "Dana")
            .unwrap();
        // The waiver went through the core; the same insert by hand afterwards does not.
        let sql = "INSERT INTO waivers SELECT 'again', document_id, revision_id, rule, fingerprint, reason, waived_by, created_at FROM waivers LIMIT 1";
        assert!(c.store().conn().execute(sql, []).is_err());
        let err = c
            .store()
            .conn()
            .execute("DELETE FROM clients", [])
            .unwrap_err();
        assert!(err.to_string().contains("clients are kept"), "{err}");
        let _ = store::list_clients(c.store().conn()).unwrap();
    }
}
