-- Sync: the order records arrived in, and the forum servers this device syncs with.

-- Every record stored, in the order it was stored. On a forum server this is the log that
-- sync cursors point into; on a device it records what came in when.
CREATE TABLE record_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    hash     BLOB NOT NULL UNIQUE REFERENCES records (hash),
    forum_id BLOB NOT NULL
) STRICT;
CREATE INDEX record_log_by_forum ON record_log (forum_id, seq);

-- The forum servers this device has joined, one per forum. (No foreign key to forums: the
-- forum's own records arrive with the first sync after joining.)
CREATE TABLE servers (
    forum_id     BLOB PRIMARY KEY CHECK (length(forum_id) = 16),
    url          TEXT NOT NULL,
    forum_number INTEGER NOT NULL,
    server_key   BLOB NOT NULL CHECK (length(server_key) = 32),
    role         TEXT NOT NULL,
    cursor       INTEGER NOT NULL DEFAULT 0,
    joined_ms    INTEGER NOT NULL,
    last_sync_ms INTEGER,
    last_error   TEXT
) STRICT;

-- Bytes this device sent and received while syncing, per calendar month (UTC, "2026-11").
CREATE TABLE sync_usage (
    month    TEXT PRIMARY KEY,
    sent     INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0
) STRICT;
