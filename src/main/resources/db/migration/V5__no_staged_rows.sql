-- Runs no longer stage every raw row: each person is decided as their rows stream by. The table held the
-- county's personal data (names, dates of birth, identifiers, the rows as written); it goes.
DROP TABLE rr_staged_row;
