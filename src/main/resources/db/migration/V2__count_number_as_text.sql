-- A count number is an identifier as the export writes it (the DOJ's CNT_ORDER is 12 digits, too big for
-- an INTEGER), so it is kept as text.
ALTER TABLE rr_staged_row ALTER COLUMN count_number SET DATA TYPE VARCHAR(40);
