-- The caseload opens on one row per document: its newest revision and how many findings of
-- each severity are open there (not covered by a waiver). Computing that from 100,000
-- revisions on every open took 300-700 ms (`cargo bench --bench scale`), so it is kept
-- here, up to date by triggers on the tables it is computed from: one place for the rule,
-- and no path (import, edit, waiver, restore, erase) can forget it.
CREATE TABLE document_summaries (
    document_id         TEXT PRIMARY KEY REFERENCES documents(id),
    latest_revision_id  TEXT NOT NULL,
    latest_number       INTEGER NOT NULL,
    blocker             INTEGER NOT NULL DEFAULT 0,
    major               INTEGER NOT NULL DEFAULT 0,
    minor               INTEGER NOT NULL DEFAULT 0,
    tip                 INTEGER NOT NULL DEFAULT 0,
    -- When the job seeker's first revision since the specialist's last one arrived: the
    -- review queue's "waiting since". NULL when the specialist has the last word.
    seeker_waiting_since TEXT
);
CREATE INDEX summaries_by_latest ON document_summaries (latest_revision_id);
CREATE INDEX summaries_waiting ON document_summaries (seeker_waiting_since)
    WHERE seeker_waiting_since IS NOT NULL;

-- A newer revision starts its document's counts at zero; its findings follow it in.
CREATE TRIGGER summary_on_revision AFTER INSERT ON revisions
BEGIN
    INSERT INTO document_summaries (document_id, latest_revision_id, latest_number, seeker_waiting_since)
    VALUES (NEW.document_id, NEW.id, NEW.number,
            CASE WHEN NEW.author_role = 'job-seeker' THEN NEW.created_at END)
    ON CONFLICT (document_id) DO UPDATE SET
        latest_revision_id = excluded.latest_revision_id,
        latest_number = excluded.latest_number,
        blocker = 0, major = 0, minor = 0, tip = 0,
        seeker_waiting_since = CASE WHEN NEW.author_role = 'job-seeker'
            THEN coalesce(document_summaries.seeker_waiting_since, NEW.created_at) END
    WHERE excluded.latest_number > document_summaries.latest_number;
END;

CREATE TRIGGER summary_on_finding AFTER INSERT ON findings
BEGIN
    UPDATE document_summaries SET
        blocker = blocker + (NEW.severity = 'blocker'),
        major = major + (NEW.severity = 'major'),
        minor = minor + (NEW.severity = 'minor'),
        tip = tip + (NEW.severity = 'tip')
    WHERE latest_revision_id = NEW.revision_id
      AND NOT EXISTS (SELECT 1 FROM waivers w
                       WHERE w.document_id = document_summaries.document_id
                         AND w.fingerprint = NEW.fingerprint);
END;

-- The first waiver of a fingerprint closes the newest revision's findings with it.
CREATE TRIGGER summary_on_waiver AFTER INSERT ON waivers
WHEN NOT EXISTS (SELECT 1 FROM waivers w
                  WHERE w.document_id = NEW.document_id AND w.fingerprint = NEW.fingerprint
                    AND w.id <> NEW.id)
BEGIN
    UPDATE document_summaries SET
        blocker = blocker - (SELECT count(*) FROM findings f WHERE f.revision_id = latest_revision_id
                              AND f.fingerprint = NEW.fingerprint AND f.severity = 'blocker'),
        major = major - (SELECT count(*) FROM findings f WHERE f.revision_id = latest_revision_id
                          AND f.fingerprint = NEW.fingerprint AND f.severity = 'major'),
        minor = minor - (SELECT count(*) FROM findings f WHERE f.revision_id = latest_revision_id
                          AND f.fingerprint = NEW.fingerprint AND f.severity = 'minor'),
        tip = tip - (SELECT count(*) FROM findings f WHERE f.revision_id = latest_revision_id
                      AND f.fingerprint = NEW.fingerprint AND f.severity = 'tip')
    WHERE document_id = NEW.document_id;
END;

-- Erasing a document's revisions (an erased client) takes its summary with it.
CREATE TRIGGER summary_on_erase AFTER DELETE ON documents
BEGIN
    DELETE FROM document_summaries WHERE document_id = OLD.id;
END;

-- Existing caseloads: computed once, the slow way.
INSERT INTO document_summaries (document_id, latest_revision_id, latest_number, blocker, major, minor, tip,
                                seeker_waiting_since)
SELECT r.document_id, r.id, r.number,
       coalesce(sum(f.severity = 'blocker'), 0), coalesce(sum(f.severity = 'major'), 0),
       coalesce(sum(f.severity = 'minor'), 0), coalesce(sum(f.severity = 'tip'), 0),
       (SELECT min(j.created_at) FROM revisions j
         WHERE j.document_id = r.document_id AND j.author_role = 'job-seeker'
           AND j.created_at > coalesce((SELECT max(s.created_at) FROM revisions s
                                         WHERE s.document_id = r.document_id
                                           AND s.author_role = 'specialist'), ''))
  FROM revisions r
  LEFT JOIN findings f ON f.revision_id = r.id
       AND NOT EXISTS (SELECT 1 FROM waivers w WHERE w.document_id = r.document_id AND w.fingerprint = f.fingerprint)
 WHERE r.number = (SELECT max(s.number) FROM revisions s WHERE s.document_id = r.document_id)
 GROUP BY r.id;

-- The review queue finds when each document was submitted without reading the whole log.
CREATE INDEX history_by_action ON history (action, document_id, at);
