-- Each document is exported in the template chosen for it (`export::Template`). Documents
-- from before templates existed keep the one look they were exported in then: modern.
ALTER TABLE documents ADD COLUMN template TEXT NOT NULL DEFAULT 'modern';
