-- Which work folder (which installation) a run belongs to: at start, a process marks the runs of its own
-- work folder that were left RUNNING (killed, out of time) as INTERRUPTED, never another installation's
-- that shares this database.
ALTER TABLE rr_run ADD COLUMN work_folder VARCHAR(1000);
