-- A finding put off to a later meeting: still open (it still blocks approval if it is a
-- blocker), but marked so the checklist shows it was talked about. Like a waiver it covers
-- the same finding in later revisions while its text is unchanged. Kept forever.
CREATE TABLE deferrals (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id),
    revision_id  TEXT NOT NULL REFERENCES revisions(id),
    rule         TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    deferred_by  TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX deferrals_by_document ON deferrals (document_id, fingerprint);
CREATE TRIGGER deferrals_are_append_only BEFORE UPDATE ON deferrals
BEGIN SELECT RAISE(ABORT, 'deferrals are append-only'); END;
CREATE TRIGGER deferrals_are_kept BEFORE DELETE ON deferrals
BEGIN SELECT RAISE(ABORT, 'deferrals are kept'); END;
