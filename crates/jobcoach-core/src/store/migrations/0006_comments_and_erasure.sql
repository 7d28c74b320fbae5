-- Comments anchored to a span of a revision; replies point at their parent. What was said is
-- never edited; only whether it is resolved changes.
CREATE TABLE comments (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id),
    revision_id  TEXT NOT NULL REFERENCES revisions(id),
    parent_id    TEXT REFERENCES comments(id),
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    anchor_text  TEXT NOT NULL,
    body         TEXT NOT NULL CHECK (length(trim(body)) > 0),
    visibility   TEXT NOT NULL CHECK (visibility IN ('client', 'internal')),
    author       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    resolved_at  TEXT,
    resolved_by  TEXT
);
CREATE INDEX comments_by_document ON comments (document_id, created_at);
CREATE TRIGGER comments_keep_their_words
BEFORE UPDATE OF document_id, revision_id, parent_id, span_start, span_end, anchor_text, body,
                 visibility, author, created_at ON comments
BEGIN SELECT RAISE(ABORT, 'comments are not edited; add a reply'); END;

-- Erasing a client (their right to have their data deleted) is the one time kept records
-- go. The erase runs in one transaction that first writes a row here; the "kept" triggers
-- let deletes through only while that row exists, and the erase removes it before commit.
-- What remains is the log line that an erase happened, without the erased content.
CREATE TABLE erasing (client_id TEXT PRIMARY KEY);

DROP TRIGGER revisions_are_kept;
CREATE TRIGGER revisions_are_kept BEFORE DELETE ON revisions
WHEN NOT EXISTS (SELECT 1 FROM erasing)
BEGIN SELECT RAISE(ABORT, 'revisions are kept'); END;
DROP TRIGGER findings_are_kept;
CREATE TRIGGER findings_are_kept BEFORE DELETE ON findings
WHEN NOT EXISTS (SELECT 1 FROM erasing)
BEGIN SELECT RAISE(ABORT, 'findings are kept'); END;
DROP TRIGGER waivers_are_kept;
CREATE TRIGGER waivers_are_kept BEFORE DELETE ON waivers
WHEN NOT EXISTS (SELECT 1 FROM erasing)
BEGIN SELECT RAISE(ABORT, 'waivers are kept'); END;
DROP TRIGGER approvals_are_kept;
CREATE TRIGGER approvals_are_kept BEFORE DELETE ON approvals
WHEN NOT EXISTS (SELECT 1 FROM erasing)
BEGIN SELECT RAISE(ABORT, 'approvals are kept'); END;
DROP TRIGGER history_is_kept;
CREATE TRIGGER history_is_kept BEFORE DELETE ON history
WHEN NOT EXISTS (SELECT 1 FROM erasing)
BEGIN SELECT RAISE(ABORT, 'history is kept'); END;
DROP TRIGGER deferrals_are_kept;
CREATE TRIGGER deferrals_are_kept BEFORE DELETE ON deferrals
WHEN NOT EXISTS (SELECT 1 FROM erasing)
BEGIN SELECT RAISE(ABORT, 'deferrals are kept'); END;
