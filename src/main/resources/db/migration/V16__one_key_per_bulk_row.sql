-- The two tables a run fills row by row (a determination per count, a person per reviewer's name) are each
-- stored by one number, run_line = run_id * 10000000000 + the line (run 17, line 4521: 170000004521), instead
-- of the pair (run_id, line). H2 stores a table by a single BIGINT key; for the pair it kept a second index
-- beside the rows, written and checked on every insert and again at every commit: a sixth of a large run's
-- time. run_id and the line stay as columns to read and join on; queries by run ask for the key's range
-- (RunLines), which both databases answer from the key. A line must be below 10000000000 (ten billion).
CREATE TABLE rr_determination_v16 (
    run_line        BIGINT       NOT NULL,
    run_id          BIGINT       NOT NULL,
    person_id       VARCHAR(40)  NOT NULL,
    case_id         VARCHAR(40)  NOT NULL,
    charge_id       VARCHAR(40)  NOT NULL,
    first_line      BIGINT       NOT NULL,
    person_line     BIGINT       NOT NULL,
    role            VARCHAR(30)  NOT NULL,
    code            VARCHAR(100) NOT NULL,
    offence_level   VARCHAR(12)  NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    reduced_to      VARCHAR(12),
    county_option   VARCHAR(100),
    referred_to     VARCHAR(300),
    rule_ids        VARCHAR(500) NOT NULL,
    reasons         VARCHAR      NOT NULL,
    related_charges VARCHAR(1000),
    rule_set        VARCHAR(50)  NOT NULL,
    CONSTRAINT rr_determination_pkey PRIMARY KEY (run_line)
);
INSERT INTO rr_determination_v16 SELECT run_id * 10000000000 + first_line, run_id, person_id, case_id, charge_id,
    first_line, person_line, role, code, offence_level, outcome, reduced_to, county_option, referred_to, rule_ids,
    reasons, related_charges, rule_set
    FROM rr_determination;

CREATE TABLE rr_person_v16 (
    run_line      BIGINT      NOT NULL,
    run_id        BIGINT      NOT NULL,
    person_line   BIGINT      NOT NULL,
    person_id     VARCHAR(40) NOT NULL,
    name_last     TEXT,
    name_first    TEXT,
    name_middle   TEXT,
    date_of_birth DATE,
    CONSTRAINT rr_person_pkey PRIMARY KEY (run_line)
);
INSERT INTO rr_person_v16 SELECT run_id * 10000000000 + person_line, run_id, person_line, person_id, name_last,
    name_first, name_middle, date_of_birth
    FROM rr_person;

DROP TABLE rr_determination;
ALTER TABLE rr_determination_v16 RENAME TO rr_determination;
DROP TABLE rr_person;
ALTER TABLE rr_person_v16 RENAME TO rr_person;
