-- The forum server's own tables, beside the forum store (forum.sqlite3, the same schema as a
-- device's). Append-only: add a migration, never edit one that shipped.

-- Forums this server hosts, with the short number sync requests name them by.
CREATE TABLE forums (
    number     INTEGER PRIMARY KEY AUTOINCREMENT,
    id         BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    created_ms INTEGER NOT NULL
) STRICT;

-- Invites. Only a hash of each code is kept: someone who reads this database cannot use an
-- invite, and no invite code can be recovered from it.
CREATE TABLE invites (
    hash       BLOB PRIMARY KEY CHECK (length(hash) = 32),
    forum_id   BLOB NOT NULL REFERENCES forums (id),
    role       TEXT NOT NULL,
    uses       INTEGER NOT NULL CHECK (uses > 0),
    created_ms INTEGER NOT NULL
) STRICT;

-- Which devices used which invite. A device joining again with the same invite uses no more
-- of it, so a join that was cut off can simply be repeated.
CREATE TABLE redemptions (
    invite_hash BLOB NOT NULL REFERENCES invites (hash),
    key         BLOB NOT NULL CHECK (length(key) = 32),
    redeemed_ms INTEGER NOT NULL,
    PRIMARY KEY (invite_hash, key)
) STRICT;

-- What participants told the server about themselves when joining: for organizers only.
CREATE TABLE profiles (
    forum_id    BLOB NOT NULL REFERENCES forums (id),
    key         BLOB NOT NULL CHECK (length(key) = 32),
    role        TEXT NOT NULL,
    name        TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    contact     TEXT NOT NULL,
    grp         TEXT,
    region      TEXT,
    joined_ms   INTEGER NOT NULL,
    PRIMARY KEY (forum_id, key)
) STRICT;

-- The last request clock seen from each key: a request must come with a later one, so a
-- captured request cannot be replayed.
CREATE TABLE clocks (
    key BLOB PRIMARY KEY CHECK (length(key) = 32),
    hlc INTEGER NOT NULL
) STRICT;
