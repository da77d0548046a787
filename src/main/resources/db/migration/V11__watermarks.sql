-- How far each incrementally read county database has been read: the watermark (a last-updated time or
-- a sequence number, as text with its kind) of the last completed run. A county without a row is read whole.
CREATE TABLE rr_watermark (
    adapter_id VARCHAR(100) PRIMARY KEY,
    watermark  VARCHAR(100) NOT NULL,
    run_id     BIGINT       NOT NULL,
    updated_at TIMESTAMP    NOT NULL
);
