-- Full-text search over the statement and all contributions. The index holds no text of its
-- own (contentless): results are read back from the tables they index. Indexed text is
-- prepared by `core::search::prepare` so that Chinese is searchable character by character
-- and Arabic without vowel marks.

CREATE TABLE search_docs (
    rowid       INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('priority', 'comment', 'amendment')),
    ref         BLOB NOT NULL,
    forum_id    BLOB NOT NULL,
    priority_id BLOB NOT NULL,
    UNIQUE (kind, ref)
) STRICT;

CREATE VIRTUAL TABLE search_fts USING fts5 (
    title,
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
