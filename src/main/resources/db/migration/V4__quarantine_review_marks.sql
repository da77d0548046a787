-- What is still known of a quarantined row: whether it may hold a record the rules need about the person
-- (then the person's history is incomplete), and whether it may itself be a conviction the rules decide
-- (then a reviewer must read it, since it gets no determination).
ALTER TABLE rr_quarantine ADD COLUMN affects_history BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE rr_quarantine ADD COLUMN needs_review BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE rr_run ADD COLUMN quarantined_to_review BIGINT;
