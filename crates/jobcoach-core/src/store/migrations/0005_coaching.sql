-- Coaching over time: the steps a person takes home, and the meetings where the work
-- happens. A meeting's record is gathered from the history log between its start and end;
-- only the specialist's own note is stored with it.
CREATE TABLE action_steps (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients(id),
    document_id  TEXT REFERENCES documents(id),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    due          TEXT,
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    done_at      TEXT,
    done_by      TEXT
);
CREATE INDEX action_steps_by_client ON action_steps (client_id, created_at);

CREATE TABLE meetings (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(id),
    started_at  TEXT NOT NULL,
    ended_at    TEXT,
    started_by  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meetings_by_client ON meetings (client_id, started_at);
-- At most one meeting open per client.
CREATE UNIQUE INDEX one_open_meeting ON meetings (client_id) WHERE ended_at IS NULL;
