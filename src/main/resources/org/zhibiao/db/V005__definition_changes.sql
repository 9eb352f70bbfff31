-- Changes of an indicator's statistical definition (口径变化) from a period on. Values before a
-- change that is not comparable are never compared with values after it.
CREATE TABLE definition_change (
    indicator_code TEXT NOT NULL REFERENCES indicator (code) ON UPDATE CASCADE ON DELETE CASCADE,
    from_period    INTEGER NOT NULL,
    old_definition TEXT NOT NULL DEFAULT '',
    new_definition TEXT NOT NULL DEFAULT '',
    comparable     INTEGER NOT NULL DEFAULT 0 CHECK (comparable IN (0, 1)),
    PRIMARY KEY (indicator_code, from_period)
);
