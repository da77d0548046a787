-- A determination is found by its run and the line its count starts on (one count, one determination).
-- Keyed that way, a run's determinations go in as they are decided, in line order, instead of at random
-- places of a key made of pseudonymous ids. (Rebuilt rather than altered: the same SQL on H2 and PostgreSQL.)
CREATE TABLE rr_determination_by_line (
    run_id          BIGINT       NOT NULL REFERENCES rr_run (run_id),
    person_id       VARCHAR(40)  NOT NULL,
    case_id         VARCHAR(40)  NOT NULL,
    charge_id       VARCHAR(40)  NOT NULL,
    first_line      BIGINT       NOT NULL,
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
INSERT INTO rr_determination_by_line SELECT run_id, person_id, case_id, charge_id, first_line, role, code,
    offence_level, outcome, reduced_to, county_option, referred_to, rule_ids, reasons, related_charges, rule_set
    FROM rr_determination;
DROP TABLE rr_determination;
ALTER TABLE rr_determination_by_line RENAME TO rr_determination;
