-- Contributions (comments, amendments, positions), drafts and the outbox.

-- The latest put (by hlc, then record id) decides a comment's content (`content_hlc`,
-- `content_record`); the latest record of any kind, put or retraction, decides whether it is
-- retracted (`hlc`, `record_id`); `created_hlc` is the earliest record's time. Keeping the
-- two winners apart makes the row the same whatever order the records came in.
CREATE TABLE comments (
    id            BLOB PRIMARY KEY CHECK (length(id) = 16),
    forum_id      BLOB NOT NULL REFERENCES forums (id),
    priority_id   BLOB NOT NULL REFERENCES priorities (id),
    revision_id   BLOB NOT NULL REFERENCES revisions (id),
    author        BLOB NOT NULL,
    kind          TEXT NOT NULL,
    body          TEXT NOT NULL,
    language      TEXT NOT NULL,
    attribution   TEXT NOT NULL,
    disclosed     TEXT, -- JSON Disclosure, only what `attribution` allows
    anchor_exact  TEXT,
    anchor_prefix TEXT,
    anchor_suffix TEXT,
    anchor_start  INTEGER,
    retracted      INTEGER NOT NULL DEFAULT 0,
    created_hlc    INTEGER NOT NULL,
    content_hlc    INTEGER NOT NULL,
    content_record BLOB NOT NULL,
    hlc            INTEGER NOT NULL,
    record_id      BLOB NOT NULL
) STRICT;
CREATE INDEX comments_by_priority ON comments (priority_id, created_hlc);
CREATE INDEX comments_by_author ON comments (author);

CREATE TABLE amendments (
    id          BLOB PRIMARY KEY CHECK (length(id) = 16),
    forum_id    BLOB NOT NULL REFERENCES forums (id),
    priority_id BLOB NOT NULL REFERENCES priorities (id),
    base_id     BLOB NOT NULL REFERENCES revisions (id),
    author      BLOB NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    rationale   TEXT NOT NULL,
    language    TEXT NOT NULL,
    attribution TEXT NOT NULL,
    disclosed   TEXT,
    -- proposed, or withdrawn by its author; organizers' decisions add states later.
    -- Content and state have separate winners, as for comments.
    state          TEXT NOT NULL,
    created_hlc    INTEGER NOT NULL,
    content_hlc    INTEGER NOT NULL,
    content_record BLOB NOT NULL,
    hlc            INTEGER NOT NULL,
    record_id      BLOB NOT NULL
) STRICT;
CREATE INDEX amendments_by_priority ON amendments (priority_id, created_hlc);
CREATE INDEX amendments_by_author ON amendments (author);

-- One position per participant per priority; a retracted one has no stance.
CREATE TABLE positions (
    priority_id BLOB NOT NULL REFERENCES priorities (id),
    author      BLOB NOT NULL,
    forum_id    BLOB NOT NULL REFERENCES forums (id),
    stance      TEXT,
    reason      TEXT,
    attribution TEXT NOT NULL,
    disclosed   TEXT,
    hlc         INTEGER NOT NULL,
    record_id   BLOB NOT NULL,
    PRIMARY KEY (priority_id, author)
) STRICT;
CREATE INDEX positions_by_author ON positions (author);

-- What this device's user is still writing: saved as they type, never synced. One draft per
-- thing being written: a comment or amendment (new or an edit of one already sent) by its
-- id, a position by its priority.
CREATE TABLE drafts (
    kind        TEXT NOT NULL CHECK (kind IN ('comment', 'amendment', 'position')),
    target      BLOB NOT NULL CHECK (length(target) = 16),
    forum_id    BLOB NOT NULL REFERENCES forums (id),
    priority_id BLOB NOT NULL REFERENCES priorities (id),
    content     TEXT NOT NULL, -- JSON: the editor's fields
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL,
    PRIMARY KEY (kind, target)
) STRICT;

-- Records this device signed, waiting to reach a forum server or already there.
CREATE TABLE outbox (
    record_hash BLOB PRIMARY KEY REFERENCES records (hash),
    queued_ms   INTEGER NOT NULL,
    sent_ms     INTEGER,  -- when a server accepted it
    rejected    TEXT      -- a server's reason for refusing it
) STRICT;
CREATE INDEX outbox_unsent ON outbox (queued_ms) WHERE sent_ms IS NULL;
