-- jobcoach schema 1. Released migrations are never edited: add a new numbered file.
-- Ids are UUIDv7 text, so records made on two machines can be merged without clashes.
-- Times are RFC 3339 UTC text.

CREATE TABLE clients (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at  TEXT NOT NULL
);

CREATE TABLE documents (
    id               TEXT PRIMARY KEY,
    client_id        TEXT NOT NULL REFERENCES clients(id),
    kind             TEXT NOT NULL CHECK (kind IN ('resume', 'cover-letter')),
    title            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft', 'in-review', 'changes-requested', 'approved')),
    target_employer  TEXT,
    target_role      TEXT,
    recipient_name   TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX documents_by_client ON documents (client_id);

-- A revision is immutable: nothing updates or deletes one.
CREATE TABLE revisions (
    id             TEXT PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES documents(id),
    number         INTEGER NOT NULL CHECK (number >= 1),
    parent_id      TEXT REFERENCES revisions(id),
    content        TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    source_facts   TEXT NOT NULL,
    author_role    TEXT NOT NULL CHECK (author_role IN ('specialist', 'job-seeker')),
    author_name    TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('file-import', 'in-app-edit', 'hand-off', 'paste')),
    source_file    TEXT,
    note           TEXT NOT NULL DEFAULT '',
    rules_version  TEXT NOT NULL,
    profile_name   TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    UNIQUE (document_id, number)
);
CREATE TRIGGER revisions_are_immutable BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
CREATE TRIGGER revisions_are_kept BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are kept'); END;

-- What the checklist found in a revision, as it found it.
CREATE TABLE findings (
    id           TEXT PRIMARY KEY,
    revision_id  TEXT NOT NULL REFERENCES revisions(id),
    ordinal      INTEGER NOT NULL,
    rule         TEXT NOT NULL,
    severity     TEXT NOT NULL CHECK (severity IN ('blocker', 'major', 'minor', 'tip')),
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    message      TEXT NOT NULL,
    suggestions  TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    UNIQUE (revision_id, ordinal)
);
CREATE INDEX findings_by_revision ON findings (revision_id);
CREATE TRIGGER findings_are_immutable BEFORE UPDATE ON findings
BEGIN SELECT RAISE(ABORT, 'findings are immutable'); END;
CREATE TRIGGER findings_are_kept BEFORE DELETE ON findings
BEGIN SELECT RAISE(ABORT, 'findings are kept'); END;

-- A specialist's decision that a finding need not be fixed, with the reason. It applies
-- to every revision of the document where the same finding (fingerprint) appears.
CREATE TABLE waivers (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id),
    revision_id  TEXT NOT NULL REFERENCES revisions(id),
    rule         TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    waived_by    TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX waivers_by_document ON waivers (document_id, fingerprint);
CREATE TRIGGER waivers_are_append_only BEFORE UPDATE ON waivers
BEGIN SELECT RAISE(ABORT, 'waivers are append-only'); END;
CREATE TRIGGER waivers_are_kept BEFORE DELETE ON waivers
BEGIN SELECT RAISE(ABORT, 'waivers are kept'); END;

CREATE TABLE approvals (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id),
    revision_id  TEXT NOT NULL REFERENCES revisions(id),
    approved_by  TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX approvals_by_document ON approvals (document_id);
CREATE TRIGGER approvals_are_append_only BEFORE UPDATE ON approvals
BEGIN SELECT RAISE(ABORT, 'approvals are append-only'); END;
CREATE TRIGGER approvals_are_kept BEFORE DELETE ON approvals
BEGIN SELECT RAISE(ABORT, 'approvals are kept'); END;

-- Every change, who made it and when. Append-only.
CREATE TABLE history (
    id           TEXT PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    client_id    TEXT,
    document_id  TEXT,
    revision_id  TEXT,
    detail       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_by_document ON history (document_id, at);
CREATE INDEX history_by_client ON history (client_id, at);
CREATE TRIGGER history_is_append_only BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_is_kept BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is kept'); END;

-- Office settings (words for the people served, the active profile).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
