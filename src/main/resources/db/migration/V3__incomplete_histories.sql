-- People evaluated although some of their rows were quarantined, and the convictions sent to review
-- because such a history may be incomplete: part of every run's summary.
ALTER TABLE rr_run ADD COLUMN persons_with_unreadable_rows BIGINT;
ALTER TABLE rr_run ADD COLUMN reviews_incomplete_history BIGINT;
