-- Consolidation: organizers' decisions on amendments, moderation, and the forum's phases.

-- Every decision, in a public log.
CREATE TABLE decisions (
    record_id   BLOB PRIMARY KEY,
    forum_id    BLOB NOT NULL REFERENCES forums (id),
    priority_id BLOB NOT NULL REFERENCES priorities (id),
    outcome     TEXT NOT NULL,
    amendments  TEXT NOT NULL, -- JSON array of ids
    reason      TEXT,
    revision_id BLOB,
    organizer   BLOB NOT NULL,
    hlc         INTEGER NOT NULL
) STRICT;

-- An amendment's latest decision (by hlc, then record id), beside its author's own state.
ALTER TABLE amendments ADD COLUMN decision TEXT;
ALTER TABLE amendments ADD COLUMN decision_hlc INTEGER;
ALTER TABLE amendments ADD COLUMN decision_record BLOB;

-- Where a revision came from: the decision that made it, and the amendments it takes up.
ALTER TABLE revisions ADD COLUMN decision BLOB;
ALTER TABLE revisions ADD COLUMN from_amendments TEXT;

-- Hidden contributions: their bytes stay; views show that something was hidden, and why.
CREATE TABLE moderation (
    target_kind TEXT NOT NULL CHECK (target_kind IN ('comment', 'amendment', 'input')),
    target_id   BLOB NOT NULL,
    forum_id    BLOB NOT NULL REFERENCES forums (id),
    reason      TEXT NOT NULL,
    organizer   BLOB NOT NULL,
    hlc         INTEGER NOT NULL,
    record_id   BLOB NOT NULL,
    PRIMARY KEY (target_kind, target_id)
) STRICT;

-- Every phase change, in the public log; the forum's current phase is the latest.
CREATE TABLE phase_changes (
    record_id BLOB PRIMARY KEY,
    forum_id  BLOB NOT NULL REFERENCES forums (id),
    phase     TEXT NOT NULL,
    organizer BLOB NOT NULL,
    hlc       INTEGER NOT NULL
) STRICT;
