package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.recordrelief.formats.UnreadableSourceException;

/** A failure's reason never carries a driver's text: it may hold the values, the SQL or the URL. */
class FailureReasonsTest {

    private static final String LEAKY = "Value too long for column \"LAST_NAME\": \"'GARCIA MARIA' (300)\"; "
            + "SQL statement: INSERT INTO prop64_results VALUES ('A1234567', '555-12-3456') "
            + "jdbc:postgresql://db/cms?password=hunter2";

    @Test
    void aDatabaseFailureIsToldByItsSqlStateAlone() {
        String reason = FailureReasons.reasonFor(new IllegalStateException("wrapped",
                new SQLException(LEAKY, "22001")));
        assertThat(reason).isEqualTo("database failure: a value does not fit its column (too long, or the wrong type) "
                + "(SQLState 22001, SQLException)");
        assertThat(FailureReasons.reasonFor(new SQLException(LEAKY, "28P01")))
                .isEqualTo("database failure: the database refused the user name or password (SQLState 28P01, "
                        + "SQLException)");
        assertThat(FailureReasons.reasonFor(new SQLException(LEAKY))).isEqualTo("database failure: the database "
                + "reported an error (SQLState none, SQLException)");
    }

    @Test
    void otherLibrariesFailuresAreToldByTheirKindAndOursAndIoFailuresAsTheyAre() {
        assertThat(FailureReasons.reasonFor(new RuntimeException(new NumberFormatException("For input string: "
                + "\"555-12-3456\"")))).isEqualTo("technical failure: NumberFormatException (details in the log at "
                + "DEBUG)");
        assertThat(FailureReasons.reasonFor(new RuntimeException(new IOException("No space left on device"))))
                .isEqualTo("technical failure: IOException: No space left on device");
        assertThat(FailureReasons.reasonFor(new RuntimeException(new UnreadableSourceException("the file is empty "
                + "(0 bytes)")))).isEqualTo("the file is empty (0 bytes)");
    }
}
