-- Plenary's local store, version 1. Append-only: never edit this file once shipped; add a
-- new numbered file instead (crates/core/src/store.rs lists them, tests check their hashes).

-- Every record this store has accepted, verbatim as signed. The tables after it are a pure
-- function of the rows here whose state is 'applied'.
CREATE TABLE records (
    hash      BLOB PRIMARY KEY CHECK (length(hash) = 32),
    id        BLOB NOT NULL CHECK (length(id) = 16),
    forum_id  BLOB NOT NULL CHECK (length(forum_id) = 16),
    hlc       INTEGER NOT NULL,
    author    BLOB NOT NULL CHECK (length(author) = 32),
    kind      TEXT NOT NULL,
    payload   BLOB NOT NULL,
    signature BLOB NOT NULL CHECK (length(signature) = 64),
    -- applied: materialized below; waiting: refers to something not here yet, or its author
    -- is not (yet) allowed to write it; unknown: a kind this version cannot read, kept to
    -- pass on.
    state     TEXT NOT NULL CHECK (state IN ('applied', 'waiting', 'unknown')),
    reason    TEXT,
    UNIQUE (forum_id, id)
) STRICT;
CREATE INDEX records_waiting ON records (forum_id, hlc) WHERE state = 'waiting';

CREATE TABLE forums (
    id             BLOB PRIMARY KEY CHECK (length(id) = 16),
    record_hash    BLOB NOT NULL REFERENCES records (hash),
    created_by     BLOB NOT NULL,
    hlc            INTEGER NOT NULL,
    title          TEXT NOT NULL,
    language       TEXT NOT NULL,
    languages      TEXT NOT NULL, -- JSON array of language tags, `language` first
    attribution    TEXT NOT NULL,
    phase          TEXT NOT NULL,
    preamble_title TEXT,
    preamble       TEXT,
    about_title    TEXT,
    about          TEXT
) STRICT;

-- Who takes part in which forum, and in what roles. Roles only accumulate, so the set is
-- the same whatever order the records granting them arrived in.
CREATE TABLE participants (
    forum_id BLOB NOT NULL REFERENCES forums (id),
    key      BLOB NOT NULL CHECK (length(key) = 32),
    role     TEXT NOT NULL,
    PRIMARY KEY (forum_id, key, role)
) STRICT;

CREATE TABLE sections (
    id        BLOB PRIMARY KEY CHECK (length(id) = 16),
    forum_id  BLOB NOT NULL REFERENCES forums (id),
    slug      TEXT NOT NULL, -- unique within a statement file; not enforced across records
    position  INTEGER NOT NULL,
    title     TEXT NOT NULL,
    -- The put that last won (latest hlc, then record id): later puts compare against it.
    hlc       INTEGER NOT NULL,
    record_id BLOB NOT NULL
) STRICT;

CREATE TABLE priorities (
    id               BLOB PRIMARY KEY CHECK (length(id) = 16),
    forum_id         BLOB NOT NULL REFERENCES forums (id),
    section_id       BLOB NOT NULL REFERENCES sections (id),
    slug             TEXT NOT NULL,
    position         INTEGER NOT NULL,
    hlc              INTEGER NOT NULL,
    -- The latest revision (by hlc, then id); NULL only until the first revision arrives.
    current_revision BLOB REFERENCES revisions (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;
CREATE INDEX priorities_by_section ON priorities (section_id, position);

-- Immutable texts of priorities.
CREATE TABLE revisions (
    id          BLOB PRIMARY KEY CHECK (length(id) = 16),
    priority_id BLOB NOT NULL REFERENCES priorities (id),
    record_hash BLOB NOT NULL REFERENCES records (hash),
    author      BLOB NOT NULL,
    hlc         INTEGER NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    language    TEXT NOT NULL,
    note        TEXT,
    parents     TEXT NOT NULL -- JSON array of revision ids (hyphenated)
) STRICT;
CREATE INDEX revisions_by_priority ON revisions (priority_id, hlc);

-- Local facts about this device's own use of the store; never synced.
CREATE TABLE local_forums (
    forum_id BLOB PRIMARY KEY REFERENCES forums (id),
    origin   TEXT NOT NULL CHECK (origin IN ('sample', 'file', 'server')),
    added_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE local_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
