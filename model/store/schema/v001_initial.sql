-- Schema version 1: the foundation. Settings of this store and the audit log.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at_utc    TEXT NOT NULL,              -- ISO 8601, UTC
    actor     TEXT NOT NULL,              -- operating-system user
    action    TEXT NOT NULL,              -- machine-readable verb, e.g. 'store.create'
    detail    TEXT NOT NULL DEFAULT ''
) STRICT;
