-- Civil-society input, incident reports, group accounts, triage, and attachments.

-- Who may receive each logged record: 'all' participants, or the forum's 'organizers' only
-- (TLP AMBER and RED reports, triage). A record's author always may.
ALTER TABLE record_log ADD COLUMN audience TEXT NOT NULL DEFAULT 'all';

CREATE TABLE groups (
    id        BLOB PRIMARY KEY CHECK (length(id) = 16),
    forum_id  BLOB NOT NULL REFERENCES forums (id),
    name      TEXT NOT NULL,
    founder   BLOB NOT NULL,
    hlc       INTEGER NOT NULL,
    record_id BLOB NOT NULL
) STRICT;

-- Members of each group; membership only grows.
CREATE TABLE group_members (
    group_id BLOB NOT NULL REFERENCES groups (id),
    key      BLOB NOT NULL CHECK (length(key) = 32),
    PRIMARY KEY (group_id, key)
) STRICT;

-- The latest version of each report (by hlc, then record id).
CREATE TABLE reports (
    id             BLOB PRIMARY KEY CHECK (length(id) = 16),
    forum_id       BLOB NOT NULL REFERENCES forums (id),
    author         BLOB NOT NULL,
    group_id       BLOB,
    content        TEXT NOT NULL, -- JSON IncidentReport
    attachments    TEXT NOT NULL, -- JSON array
    title          TEXT NOT NULL,
    status         TEXT NOT NULL,
    tlp            TEXT NOT NULL,
    severity       TEXT NOT NULL,
    record_kind    TEXT NOT NULL,
    date_occurred  TEXT NOT NULL,
    countries      TEXT NOT NULL, -- JSON array
    created_hlc    INTEGER NOT NULL,
    content_hlc    INTEGER NOT NULL,
    content_record BLOB NOT NULL
) STRICT;

CREATE TABLE inputs (
    id             BLOB PRIMARY KEY CHECK (length(id) = 16),
    forum_id       BLOB NOT NULL REFERENCES forums (id),
    author         BLOB NOT NULL,
    group_id       BLOB,
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    priorities     TEXT NOT NULL, -- JSON array of ids
    language       TEXT NOT NULL,
    attribution    TEXT NOT NULL,
    disclosed      TEXT,
    attachments    TEXT NOT NULL,
    withdrawn      INTEGER NOT NULL,
    created_hlc    INTEGER NOT NULL,
    content_hlc    INTEGER NOT NULL,
    content_record BLOB NOT NULL
) STRICT;

CREATE TABLE endorsements (
    target_kind TEXT NOT NULL CHECK (target_kind IN ('input', 'report')),
    target_id   BLOB NOT NULL,
    group_id    BLOB NOT NULL REFERENCES groups (id),
    key         BLOB NOT NULL,
    hlc         INTEGER NOT NULL,
    PRIMARY KEY (target_kind, target_id, group_id, key)
) STRICT;

-- Organizers' triage of each submission; the latest wins.
CREATE TABLE triage (
    target_kind TEXT NOT NULL CHECK (target_kind IN ('input', 'report')),
    target_id   BLOB NOT NULL,
    forum_id    BLOB NOT NULL REFERENCES forums (id),
    state       TEXT NOT NULL,
    note        TEXT,
    organizer   BLOB NOT NULL,
    hlc         INTEGER NOT NULL,
    record_id   BLOB NOT NULL,
    PRIMARY KEY (target_kind, target_id)
) STRICT;

-- Which chunks belong to which submission's attachments, so a server gives a chunk only to
-- those who may see a submission holding it.
CREATE TABLE attachment_chunks (
    chunk       TEXT NOT NULL, -- hex SHA-256
    owner_kind  TEXT NOT NULL,
    owner_id    BLOB NOT NULL,
    PRIMARY KEY (chunk, owner_kind, owner_id)
) STRICT;

-- Chunk contents this device (or server) holds.
CREATE TABLE blobs (
    hash TEXT PRIMARY KEY, -- hex SHA-256 of data
    data BLOB NOT NULL
) STRICT;

-- What a participant is filling in, saved as typed: never synced.
CREATE TABLE form_drafts (
    kind       TEXT NOT NULL CHECK (kind IN ('report', 'input')),
    target     BLOB NOT NULL CHECK (length(target) = 16),
    forum_id   BLOB NOT NULL REFERENCES forums (id),
    content    TEXT NOT NULL, -- JSON, as the form holds it
    updated_ms INTEGER NOT NULL,
    PRIMARY KEY (kind, target)
) STRICT;

-- Chunks of this device's own attachments that a server confirmed it holds.
CREATE TABLE uploaded_chunks (
    forum_id BLOB NOT NULL,
    hash     TEXT NOT NULL,
    PRIMARY KEY (forum_id, hash)
) STRICT;
