package org.recordrelief.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectStatementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            SELECT * FROM charges                                          | ok
            `  select a, b from charges ;  `                               | ok
            SELECT 'a;b' AS x FROM charges                                 | ok
            `SELECT "odd;name" FROM charges -- trailing; comment`          | ok
            SELECT /* ; */ a FROM charges                                  | ok
            SELECT 'it''s; fine' FROM charges                              | ok
            SELECT * FROM charges; CREATE TABLE stolen AS SELECT * FROM d  | holds more than one statement (a ';' between statements)
            `SELECT 1; ; DELETE FROM charges`                              | holds more than one statement (a ';' between statements)
            DELETE FROM charges                                            | must be a SELECT
            `-- a comment first; then
            DROP TABLE charges`                                            | must be a SELECT
            WITH x AS (DELETE FROM charges RETURNING *) SELECT * FROM x    | must be a SELECT
            """)
    void aSourceQueryIsOneSelect(String sql, String expected) {
        assertThat(SelectStatement.problem(sql).orElse("ok")).isEqualTo(expected);
    }
}
