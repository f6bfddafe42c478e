-- Translations of the statement, and the glossary of contested terms.

-- One translation per part of the statement and language. The latest put (by hlc, then record
-- id) is its current version (`content_*`); the latest review decides about one version
-- (`review_*`), and the translation counts as approved only while that version is current.
CREATE TABLE translations (
    forum_id       BLOB NOT NULL REFERENCES forums (id),
    subject_kind   TEXT NOT NULL CHECK (subject_kind IN ('priority', 'section', 'title', 'preamble', 'about')),
    subject_id     BLOB NOT NULL, -- the priority's or section's id; 16 zero bytes for the forum's own parts
    language       TEXT NOT NULL,
    source_title   TEXT,
    source_body    TEXT NOT NULL,
    title          TEXT,
    body           TEXT NOT NULL,
    state          TEXT NOT NULL,
    author         BLOB NOT NULL,
    created_hlc    INTEGER NOT NULL,
    content_hlc    INTEGER NOT NULL,
    content_record BLOB NOT NULL,
    review_hlc     INTEGER,
    review_record  BLOB,
    review_version BLOB,
    review_decision TEXT,
    review_note    TEXT,
    reviewer       BLOB,
    PRIMARY KEY (forum_id, subject_kind, subject_id, language)
) STRICT;

CREATE TABLE glossary_concepts (
    id        BLOB PRIMARY KEY CHECK (length(id) = 16),
    forum_id  BLOB NOT NULL REFERENCES forums (id),
    note      TEXT,
    hlc       INTEGER NOT NULL,
    record_id BLOB NOT NULL
) STRICT;

-- A concept in one language; the latest entry wins.
CREATE TABLE glossary_entries (
    concept_id BLOB NOT NULL REFERENCES glossary_concepts (id),
    language   TEXT NOT NULL,
    terms      TEXT NOT NULL, -- JSON array of {text, status}
    definition TEXT NOT NULL,
    usage_note TEXT NOT NULL,
    hlc        INTEGER NOT NULL,
    record_id  BLOB NOT NULL,
    PRIMARY KEY (concept_id, language)
) STRICT;

-- What a translator is typing: local, never synced, one per part and language.
CREATE TABLE translation_drafts (
    forum_id     BLOB NOT NULL REFERENCES forums (id),
    subject_kind TEXT NOT NULL,
    subject_id   BLOB NOT NULL,
    language     TEXT NOT NULL,
    title        TEXT,
    body         TEXT NOT NULL,
    state        TEXT NOT NULL,
    updated_ms   INTEGER NOT NULL,
    PRIMARY KEY (forum_id, subject_kind, subject_id, language)
) STRICT;
