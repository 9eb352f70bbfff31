-- Zhibiao schema, version 1. Periods are stored as quarter indexes (year * 4 + quarter - 1).
-- The placeholders are the types that differ between the stores (Migrations.Dialect): row ids
-- (SQLite's rowid, PostgreSQL's identity columns), references to them and floating point numbers
-- (SQLite's REAL is PostgreSQL's double precision).

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE region (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level IN ('province', 'city', 'county')),
    parent_code TEXT REFERENCES region (code),
    sort_order  INTEGER NOT NULL
);
CREATE INDEX region_parent ON region (parent_code);

CREATE TABLE indicator (
    code           TEXT PRIMARY KEY,
    name_zh        TEXT NOT NULL,
    name_en        TEXT NOT NULL DEFAULT '',
    category       TEXT NOT NULL CHECK (category IN ('PRODUCT', 'ENGINEERING', 'SERVICE', 'ENVIRONMENT', 'FOUNDATION')),
    unit           TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL CHECK (kind IN ('ratio', 'sum', 'mean', 'none')),
    measure        TEXT CHECK (measure IN ('stock', 'flow')),
    factor         ${real},
    numerator_zh   TEXT NOT NULL DEFAULT '',
    denominator_zh TEXT NOT NULL DEFAULT '',
    direction      TEXT NOT NULL CHECK (direction IN ('higher', 'lower', 'yes')),
    frequency      TEXT NOT NULL CHECK (frequency IN ('quarterly', 'annual')),
    decimals       INTEGER NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 6),
    note           TEXT NOT NULL DEFAULT '',
    jump_threshold ${real},
    sort_order     INTEGER NOT NULL
);

-- region_code is not a foreign key: the built-in catalogue carries the targets of every seed
-- document, also for regions outside a database's home region.
CREATE TABLE target (
    id               ${row_id},
    indicator_code   TEXT NOT NULL REFERENCES indicator (code) ON UPDATE CASCADE ON DELETE CASCADE,
    region_code      TEXT NOT NULL,
    region_name      TEXT NOT NULL DEFAULT '',
    target_year      INTEGER NOT NULL,
    comparator       TEXT NOT NULL CHECK (comparator IN ('>=', '<=', 'range', 'yes')),
    target_value     ${real} NOT NULL,
    target_max       ${real},
    base_period      INTEGER,
    base_value       ${real},
    cumulative       INTEGER NOT NULL DEFAULT 0,
    target_type      TEXT NOT NULL DEFAULT 'expected' CHECK (target_type IN ('binding', 'expected')),
    doc              TEXT NOT NULL DEFAULT '',
    lead_departments TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    demo             INTEGER NOT NULL DEFAULT 0,
    sort_order       INTEGER NOT NULL,
    UNIQUE (indicator_code, region_code, target_year)
);

-- One import (a file, a folder, the demo generator): undone as a whole.
CREATE TABLE import_batch (
    id          ${row_id},
    kind        TEXT NOT NULL CHECK (kind IN ('import', 'demo', 'edit')),
    started_at  TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    undone_at   TEXT
);

-- Every return file seen, accepted or not: the submissions matrix is read from here.
CREATE TABLE source_file (
    id           ${row_id},
    batch_id     ${row_ref} NOT NULL REFERENCES import_batch (id),
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL DEFAULT '',
    size_bytes   INTEGER NOT NULL DEFAULT 0,
    archive_path TEXT,
    region_code  TEXT,
    period       INTEGER,
    state        TEXT NOT NULL CHECK (state IN ('imported', 'rejected', 'skipped', 'undone')),
    revision     INTEGER,
    received_at  TEXT NOT NULL,
    message      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX source_file_region_period ON source_file (region_code, period);
CREATE INDEX source_file_sha ON source_file (sha256);

-- Problems and warnings found in a file, as data (message key and arguments).
CREATE TABLE file_issue (
    id          ${row_id},
    file_id     ${row_ref} NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    severity    TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
    sheet       TEXT NOT NULL DEFAULT '',
    cell        TEXT NOT NULL DEFAULT '',
    message_key TEXT NOT NULL,
    arguments   TEXT NOT NULL DEFAULT '',
    raw_text    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX file_issue_file ON file_issue (file_id);

-- Every revision of every value. The current one of a key has current = 1; earlier ones stay
-- as history, and undoing a batch makes the newest remaining revision current again.
CREATE TABLE observation (
    id             ${row_id},
    indicator_code TEXT NOT NULL REFERENCES indicator (code) ON UPDATE CASCADE ON DELETE CASCADE,
    region_code    TEXT NOT NULL REFERENCES region (code),
    period         INTEGER NOT NULL,
    value          ${real},
    numerator      ${real},
    denominator    ${real},
    note           TEXT NOT NULL DEFAULT '',
    revision       INTEGER NOT NULL,
    current        INTEGER NOT NULL DEFAULT 1,
    batch_id       ${row_ref} NOT NULL REFERENCES import_batch (id),
    file_id        ${row_ref} REFERENCES source_file (id),
    sheet          TEXT NOT NULL DEFAULT '',
    cell           TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL,
    imported_by    TEXT NOT NULL
);
CREATE UNIQUE INDEX observation_current_key
    ON observation (indicator_code, period, region_code) WHERE current = 1;
CREATE INDEX observation_series
    ON observation (indicator_code, region_code, period) WHERE current = 1;
CREATE INDEX observation_region_period ON observation (region_code, period);
CREATE INDEX observation_batch ON observation (batch_id);

CREATE TABLE period_lock (
    period    INTEGER PRIMARY KEY,
    locked_at TEXT NOT NULL,
    locked_by TEXT NOT NULL
);
