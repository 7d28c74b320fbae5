-- jobcoach schema 9: kept records keep their promise (issue 18).
--
-- Until now a row in `erasing` unlocked every delete, and any connection could insert one.
-- Now the triggers ask `jobcoach_permits(op)`, a function that exists only on jobcoach's
-- own connections and is true only while the core runs that operation (store/permit.rs).
-- Anywhere else the function is missing, the trigger fails, and the write is refused.

DROP TRIGGER revisions_are_kept;
DROP TRIGGER findings_are_kept;
DROP TRIGGER waivers_are_kept;
DROP TRIGGER approvals_are_kept;
DROP TRIGGER history_is_kept;
DROP TRIGGER deferrals_are_kept;
DROP TABLE erasing;

-- Deletes happen only in an erase (or a restore, which holds every permit).
CREATE TRIGGER clients_are_kept BEFORE DELETE ON clients
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'clients are kept; erase a client from the app'); END;
CREATE TRIGGER documents_are_kept BEFORE DELETE ON documents
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'documents are kept'); END;
CREATE TRIGGER revisions_are_kept BEFORE DELETE ON revisions
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'revisions are kept'); END;
CREATE TRIGGER findings_are_kept BEFORE DELETE ON findings
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'findings are kept'); END;
CREATE TRIGGER waivers_are_kept BEFORE DELETE ON waivers
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'waivers are kept'); END;
CREATE TRIGGER deferrals_are_kept BEFORE DELETE ON deferrals
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'deferrals are kept'); END;
CREATE TRIGGER approvals_are_kept BEFORE DELETE ON approvals
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'approvals are kept'); END;
CREATE TRIGGER comments_are_kept BEFORE DELETE ON comments
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'comments are kept'); END;
CREATE TRIGGER action_steps_are_kept BEFORE DELETE ON action_steps
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'action steps are kept'); END;
CREATE TRIGGER meetings_are_kept BEFORE DELETE ON meetings
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'meetings are kept'); END;
CREATE TRIGGER history_is_kept BEFORE DELETE ON history
WHEN NOT jobcoach_permits('erase') BEGIN SELECT RAISE(ABORT, 'history is kept'); END;

-- Decisions are made only by the core, after its checks.
CREATE TRIGGER approvals_only_by_the_core BEFORE INSERT ON approvals
WHEN NOT jobcoach_permits('approve') BEGIN SELECT RAISE(ABORT, 'approvals are made in jobcoach'); END;
CREATE TRIGGER waivers_only_by_the_core BEFORE INSERT ON waivers
WHEN NOT jobcoach_permits('waive') BEGIN SELECT RAISE(ABORT, 'findings are left as is in jobcoach'); END;
CREATE TRIGGER deferrals_only_by_the_core BEFORE INSERT ON deferrals
WHEN NOT jobcoach_permits('defer') BEGIN SELECT RAISE(ABORT, 'findings are put off in jobcoach'); END;
CREATE TRIGGER approved_only_by_the_core BEFORE UPDATE OF status ON documents
WHEN NEW.status = 'approved' AND OLD.status <> 'approved' AND NOT jobcoach_permits('approve')
BEGIN SELECT RAISE(ABORT, 'documents are approved in jobcoach'); END;
CREATE TRIGGER inserted_approved_only_by_the_core BEFORE INSERT ON documents
WHEN NEW.status = 'approved' AND NOT jobcoach_permits('approve')
BEGIN SELECT RAISE(ABORT, 'documents are approved in jobcoach'); END;

-- A record points only at its own client's records, so erasing one client never trips
-- over another's.
CREATE TRIGGER documents_stay_with_their_client BEFORE UPDATE OF client_id ON documents
BEGIN SELECT RAISE(ABORT, 'a document stays with its client'); END;
CREATE TRIGGER steps_stay_with_their_client BEFORE UPDATE OF client_id, document_id ON action_steps
BEGIN SELECT RAISE(ABORT, 'a step stays with its client'); END;
CREATE TRIGGER meetings_stay_with_their_client BEFORE UPDATE OF client_id ON meetings
BEGIN SELECT RAISE(ABORT, 'a meeting stays with its client'); END;
CREATE TRIGGER steps_point_at_their_clients_documents BEFORE INSERT ON action_steps
WHEN NEW.document_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = NEW.document_id AND d.client_id = NEW.client_id)
BEGIN SELECT RAISE(ABORT, 'a step points only at its own client''s documents'); END;
CREATE TRIGGER comments_point_at_their_document BEFORE INSERT ON comments
WHEN NOT EXISTS (SELECT 1 FROM revisions r WHERE r.id = NEW.revision_id AND r.document_id = NEW.document_id)
  OR (NEW.parent_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM comments p WHERE p.id = NEW.parent_id AND p.document_id = NEW.document_id))
BEGIN SELECT RAISE(ABORT, 'a comment points only at its own document'); END;
CREATE TRIGGER revisions_point_at_their_document BEFORE INSERT ON revisions
WHEN NEW.parent_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM revisions p WHERE p.id = NEW.parent_id AND p.document_id = NEW.document_id)
BEGIN SELECT RAISE(ABORT, 'a revision follows one of its own document'); END;
CREATE TRIGGER waivers_point_at_their_document BEFORE INSERT ON waivers
WHEN NOT EXISTS (SELECT 1 FROM revisions r WHERE r.id = NEW.revision_id AND r.document_id = NEW.document_id)
BEGIN SELECT RAISE(ABORT, 'a waiver points only at its own document'); END;
CREATE TRIGGER deferrals_point_at_their_document BEFORE INSERT ON deferrals
WHEN NOT EXISTS (SELECT 1 FROM revisions r WHERE r.id = NEW.revision_id AND r.document_id = NEW.document_id)
BEGIN SELECT RAISE(ABORT, 'a deferral points only at its own document'); END;
CREATE TRIGGER approvals_point_at_their_document BEFORE INSERT ON approvals
WHEN NOT EXISTS (SELECT 1 FROM revisions r WHERE r.id = NEW.revision_id AND r.document_id = NEW.document_id)
BEGIN SELECT RAISE(ABORT, 'an approval points only at its own document'); END;

-- Who was erased, and when: only the id, never what was held. A restore reads it to refuse
-- bringing an erased person back without the specialist's word. Never changed or deleted.
CREATE TABLE erasures (
    client_id  TEXT PRIMARY KEY,
    erased_at  TEXT NOT NULL,
    erased_by  TEXT NOT NULL
);
CREATE TRIGGER erasures_are_kept BEFORE DELETE ON erasures
BEGIN SELECT RAISE(ABORT, 'erasures are kept'); END;
CREATE TRIGGER erasures_are_not_edited BEFORE UPDATE ON erasures
BEGIN SELECT RAISE(ABORT, 'erasures are kept'); END;
