package org.recordrelief.adapter.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.SourceRow;

/** Regex cuts and fallback tests are remembered per distinct text; every row must still get its own answer. */
class FieldReaderTest {

    private static final Columns COLUMNS = new Columns(List.of("CODE", "COMMENT"));

    private static SourceRow row(String code, String comment) {
        return SourceRow.ok(1, List.of(code, comment), COLUMNS);
    }

    private static FieldReader<String> reader(String column, String regex, FieldReader<String> fallback, String when) {
        return new FieldReader<>("charge.code", new FieldReader.Source(List.of(column), " ", null, Set.of("-"),
                regex == null ? null : Pattern.compile(regex), false), text -> text, false, fallback,
                when == null ? null : Pattern.compile(when));
    }

    @Test
    void aRegexCutIsTheSameEveryTimeAndANonMatchIsReportedEveryTime() {
        FieldReader<String> code = reader("CODE", "^([^-]*)", null, null);
        FieldReader<String> digits = reader("CODE", "^([0-9]{3})[0-9]{3}$", null, null);
        for (int i = 0; i < 3; i++) {
            assertThat(code.read(row("11357 HS-POSSESS", ""))).isEqualTo("11357 HS");
            assertThat(code.read(row(" - ", ""))).as("an empty value is not cut").isNull();
            assertThat(digits.read(row("003001", ""))).isEqualTo("003");
            assertThatThrownBy(() -> digits.read(row("3001", ""))).isInstanceOf(MappingProblem.class)
                    .hasMessageContaining("'3001' does not match the descriptor's regex");
        }
        assertThat(code.read(row("-HS 11357", ""))).as("a cut that leaves nothing is empty").isNull();
    }

    @Test
    void theFallbackAppliesToTheTextsItsTestMatchesEveryTime() {
        FieldReader<String> comment = reader("COMMENT", "^([^-]*)", null, null);
        FieldReader<String> code = reader("CODE", "^([^-]*)", comment, "^SEE COMMENT");
        for (int i = 0; i < 3; i++) {
            assertThat(code.read(row("SEE COMMENT FOR CHARGE", "11360(A) HS-SELL"))).isEqualTo("11360(A) HS");
            assertThat(code.effectiveText(row("SEE COMMENT FOR CHARGE", "11360(A) HS-SELL"))).isEqualTo("11360(A) HS");
            assertThat(code.read(row("11357 HS-POSSESS", "11360(A) HS"))).isEqualTo("11357 HS");
            assertThat(code.read(row("", "11359 HS"))).as("an empty value falls back").isEqualTo("11359 HS");
        }
    }

    @Test
    void aTextRepeatedRowAfterRowIsConvertedOnceAndEveryOtherTextAgain() {
        List<String> converted = new ArrayList<>();
        FieldReader<Integer> number = new FieldReader<>("charge.count", new FieldReader.Source(List.of("CODE"), " ",
                null, Set.of("-"), null, false), text -> {
                    converted.add(text);
                    return Integer.valueOf(text);
                }, false, null, null);
        assertThat(number.read(row("7", ""))).isEqualTo(7);
        assertThat(number.read(row("7", ""))).isEqualTo(7);
        assertThat(number.read(row(" 7 ", ""))).as("the same text once trimmed").isEqualTo(7);
        assertThat(number.read(row("8", ""))).isEqualTo(8);
        assertThatThrownBy(() -> number.read(row("x", ""))).isInstanceOf(MappingProblem.class)
                .hasMessageContaining("'x'");
        assertThatThrownBy(() -> number.read(row("x", ""))).as("a text that fails fails every time")
                .isInstanceOf(MappingProblem.class);
        assertThat(number.read(row("8", ""))).isEqualTo(8);
        assertThat(number.read(row("-", ""))).as("an empty value is not converted").isNull();
        assertThat(number.read(row("7", ""))).isEqualTo(7);
        assertThat(converted).containsExactly("7", "8", "x", "x", "7");
    }
}
