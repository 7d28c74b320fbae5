-- A document may carry the job posting it targets: the posting rules read it. The office's
-- active checklist profile lives in `settings` under the key 'profile' (TOML text), so no
-- table is needed for it.
ALTER TABLE documents ADD COLUMN posting_text TEXT;
