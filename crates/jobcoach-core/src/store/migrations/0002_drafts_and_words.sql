-- jobcoach schema 2: unsaved editor text survives a crash or a restart.
-- A draft is working state, not a record: it is replaced as the person types and removed
-- when the text is saved as a revision.
CREATE TABLE drafts (
    document_id  TEXT PRIMARY KEY REFERENCES documents(id),
    content      TEXT NOT NULL,
    saved_at     TEXT NOT NULL
);
