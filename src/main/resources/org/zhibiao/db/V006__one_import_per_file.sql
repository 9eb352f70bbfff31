-- The same bytes are imported once: two processes importing one file at the same moment cannot
-- both store it. Earlier duplicates (revisions of identical bytes) are recorded as skipped
-- repetitions of the first import; their values stay as they are. Demo returns have no bytes
-- (empty sha256) and are not concerned.
UPDATE source_file SET state = 'skipped', revision = NULL
WHERE state = 'imported' AND sha256 <> ''
  AND id NOT IN (SELECT min(id) FROM source_file WHERE state = 'imported' GROUP BY sha256);

CREATE UNIQUE INDEX source_file_imported_once ON source_file (sha256) WHERE state = 'imported' AND sha256 <> '';
