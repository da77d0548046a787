-- Every run writes one row per determination and, when it needs approval, one per person: tens of thousands
-- of rows a minute. Both tables are rebuilt so those rows go in cheaply (same SQL on H2 and PostgreSQL):
-- * A person is found by the line of their first determination (person_line), which grows as the run goes,
--   not by their pseudonymous id, which is random: keyed by the id, every batch of people landed all over
--   the index, and H2 rewrote most of its pages at each commit.
-- * No foreign key to rr_run: it was checked row by row. Rows of these tables are only written by the run
--   that owns them and deleted with it (RunLedger, purge, a reviewer's decision).
CREATE TABLE rr_determination_v15 (
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
    PRIMARY KEY (run_id, first_line)
);
INSERT INTO rr_determination_v15 SELECT run_id, person_id, case_id, charge_id, first_line,
    MIN(first_line) OVER (PARTITION BY run_id, person_id), role, code, offence_level, outcome, reduced_to,
    county_option, referred_to, rule_ids, reasons, related_charges, rule_set
    FROM rr_determination;

CREATE TABLE rr_person_v15 (
    run_id        BIGINT      NOT NULL,
    person_line   BIGINT      NOT NULL,
    person_id     VARCHAR(40) NOT NULL,
    name_last     TEXT,
    name_first    TEXT,
    name_middle   TEXT,
    date_of_birth DATE,
    PRIMARY KEY (run_id, person_line)
);
INSERT INTO rr_person_v15 SELECT p.run_id, d.person_line, p.person_id, p.name_last, p.name_first, p.name_middle,
    p.date_of_birth
    FROM rr_person p JOIN (SELECT run_id, person_id, MIN(person_line) AS person_line FROM rr_determination_v15
        GROUP BY run_id, person_id) d ON d.run_id = p.run_id AND d.person_id = p.person_id;

DROP TABLE rr_determination;
ALTER TABLE rr_determination_v15 RENAME TO rr_determination;
DROP TABLE rr_person;
ALTER TABLE rr_person_v15 RENAME TO rr_person;
