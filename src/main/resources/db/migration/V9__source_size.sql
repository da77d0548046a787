-- The size of a file export: its contents are hashed before the run only when a completed run of the
-- county had a file of the same size (otherwise the hash is taken as the file is read).
ALTER TABLE rr_run ADD COLUMN source_bytes BIGINT;
