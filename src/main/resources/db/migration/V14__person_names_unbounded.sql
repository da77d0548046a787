-- A name kept for reviewers is the county's value, of whatever length: it is never cut, and a name over the
-- 200 characters of V12 failed the whole file (SQLState 22001). TEXT is unbounded on PostgreSQL and a
-- character large object on H2 (H2's VARCHAR stops at 1,000,000 characters).
ALTER TABLE rr_person ALTER COLUMN name_last SET DATA TYPE TEXT;
ALTER TABLE rr_person ALTER COLUMN name_first SET DATA TYPE TEXT;
ALTER TABLE rr_person ALTER COLUMN name_middle SET DATA TYPE TEXT;
