-- When a finished run's stored personal data (determinations, quarantined rows) was removed by purge;
-- the ledger row itself, with its counts and reconciliation, stays.
ALTER TABLE rr_run ADD COLUMN purged_at TIMESTAMP;
