-- The original bytes of imported returns, once per SHA-256 however often they were sent: on a
-- server they are kept here, so every PC reaches them. A database file keeps the returns it
-- imports in its archive folder; what a transfer brings into it stays here.
CREATE TABLE original (
    sha256     TEXT PRIMARY KEY,
    size_bytes INTEGER NOT NULL,
    content    ${blob} NOT NULL
);
