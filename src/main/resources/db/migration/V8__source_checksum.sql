-- The SHA-256 of a file export, so the same contents dropped again (under any name) are recognised and
-- skipped rather than processed a second time.
ALTER TABLE rr_run ADD COLUMN source_sha256 VARCHAR(64);
