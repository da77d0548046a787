package org.recordrelief.samples;

import java.io.Writer;
import java.time.LocalDate;
import org.recordrelief.model.Charge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.model.PersonEvent;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.code.CodeSection;

/**
 * Writes a Los Angeles-style case-management database as a SQL script (works on H2 and PostgreSQL):
 * a defendant table, a charge table, and the empty results table record-relief writes back into.
 */
public final class LosAngelesCmsSqlWriter extends TextExportWriter {

    public static final String SCHEMA = """
            DROP TABLE IF EXISTS prop64_results;
            DROP TABLE IF EXISTS cms_charge;
            DROP TABLE IF EXISTS cms_defendant;
            CREATE TABLE cms_defendant (
                defendant_id VARCHAR(12) PRIMARY KEY,
                last_name    VARCHAR(60),
                first_name   VARCHAR(60),
                birth_date   DATE,
                cii          VARCHAR(12),
                death_date   DATE,
                updated_at   TIMESTAMP NOT NULL
            );
            CREATE TABLE cms_charge (
                defendant_id     VARCHAR(12) NOT NULL REFERENCES cms_defendant (defendant_id),
                case_number      VARCHAR(20) NOT NULL,
                count_seq        INTEGER     NOT NULL,
                filing_date      DATE,
                statute          VARCHAR(30),
                charge_level     CHAR(1),
                disposition_code VARCHAR(4),
                disposition_date DATE,
                probation_months INTEGER,
                jail_days        INTEGER,
                prison_months    INTEGER,
                updated_at       TIMESTAMP   NOT NULL,
                PRIMARY KEY (defendant_id, case_number, count_seq)
            );
            CREATE TABLE prop64_results (
                defendant_id  VARCHAR(12),
                case_number   VARCHAR(20),
                count_seq     VARCHAR(4),
                statute       VARCHAR(40),
                outcome       VARCHAR(20),
                reduced_to    VARCHAR(12),
                basis         VARCHAR(30),
                referred_to   VARCHAR(200),
                county_option VARCHAR(60),
                rule_ids      VARCHAR(200),
                reasons       VARCHAR(2000),
                decided_as_of VARCHAR(10),
                rule_set      VARCHAR(50)
            );
            """;

    public LosAngelesCmsSqlWriter(Writer out) {
        super(out);
        print(SCHEMA);
    }

    private long rows;

    @Override
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void write(int index, PersonHistory h) {
        String id = String.format("LA%08d", index);
        LocalDate died = h.events().stream().filter(e -> e.type() == PersonEventType.DECEASED).map(PersonEvent::date)
                .findFirst().orElse(null);
        print("INSERT INTO cms_defendant VALUES (" + q(id) + ", " + q(h.person().name().last()) + ", "
                + q(h.person().name().first()) + ", " + date(h.person().dateOfBirth()) + ", "
                + q(Render.identifier(h, IdentifierType.CII)) + ", " + date(died) + ", CURRENT_TIMESTAMP);\n");
        for (CourtCase c : h.cases()) {
            for (Charge ch : c.charges()) {
                CodeSection s = (CodeSection) ch.code();
                Render.Sentence sentence = Render.sentence(ch);
                rows++;
                print("INSERT INTO cms_charge VALUES (" + q(id) + ", " + q("LA" + c.caseNumber()) + ", "
                        + ch.countNumber() + ", " + date(c.arrestDate()) + ", " + q(s.canonical()) + ", "
                        + q(ch.level().letter()) + ", " + q(switch (ch.disposition()) {
                            case CONVICTED -> "CONV";
                            case DISMISSED -> "DISM";
                            case ACQUITTED -> "ACQT";
                            case OTHER -> "PEND";
                        }) + ", " + date(ch.convictionDate()) + ", " + number(sentence.probationMonths())
                        + ", " + number(sentence.jailDays()) + ", " + number(sentence.prisonMonths())
                        + ", CURRENT_TIMESTAMP);\n");
            }
        }
    }

    private static String q(String text) {
        return text == null || text.isEmpty() ? "NULL" : "'" + text.replace("'", "''") + "'";
    }

    private static String date(LocalDate d) {
        return d == null ? "NULL" : "DATE '" + d + "'";
    }

    private static String number(int n) {
        return n == 0 ? "NULL" : String.valueOf(n);
    }
}
