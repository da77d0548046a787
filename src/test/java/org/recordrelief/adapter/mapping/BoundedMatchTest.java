package org.recordrelief.adapter.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.SourceRow;

/** A descriptor regex that would backtrack for ever on a value quarantines that row instead of holding the run. */
class BoundedMatchTest {

    @Test
    void aCatastrophicRegexStopsWithAReasonAndSaneOnesMatchAsUsual() {
        Pattern catastrophic = Pattern.compile("^(a*)*\\1b$"); // a back-reference defeats the engine's memo
        String unlucky = "a".repeat(40) + "!";
        long started = System.nanoTime();
        assertThatThrownBy(() -> BoundedMatch.matcher(catastrophic, unlucky).find())
                .isInstanceOf(BoundedMatch.TooSlow.class);
        assertThat((System.nanoTime() - started) / 1e9).as("seconds").isLessThan(5);
        assertThat(BoundedMatch.matcher(catastrophic, "aaaab").find()).isTrue();
        assertThat(BoundedMatch.matcher(Pattern.compile("^([0-9]{3})"), "003001").find()).isTrue();
    }

    @Test
    void theRowIsQuarantinedNamingTheField() {
        FieldReader<String> code = new FieldReader<>("charge.code", new FieldReader.Source(List.of("CODE"), " ", null,
                Set.of(), Pattern.compile("^(a*)*\\1b$"), false), text -> text, false, null, null);
        SourceRow row = SourceRow.ok(9, List.of("a".repeat(40) + "!"), new Columns(List.of("CODE")));
        assertThatThrownBy(() -> code.read(row)).isInstanceOfSatisfying(MappingProblem.class, p -> {
            assertThat(p.field()).isEqualTo("CODE (charge.code)");
            assertThat(p.reason()).startsWith("the descriptor's regex takes too long on this value");
        });
    }

    /** {@code defaultCodeWhen} is a descriptor regex like the others: it may not hold the run either. */
    @Test
    void aCatastrophicDefaultCodeWhenQuarantinesTheRow() {
        CodeConverter codes = new CodeConverter(new org.recordrelief.model.code.CodeSectionParser(),
                org.recordrelief.model.code.LegalCode.HS, Pattern.compile("^(a*)*\\1b$"), text -> false);
        FieldReader<org.recordrelief.model.code.ChargeCode> code = new FieldReader<>("charge.code",
                new FieldReader.Source(List.of("CODE"), " ", null, Set.of(), null, false), codes, false, null, null);
        SourceRow row = SourceRow.ok(9, List.of("a".repeat(40) + "!"), new Columns(List.of("CODE")));
        // Unbounded, this match would take longer than the universe: the test would hang, not fail.
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertThatThrownBy(() -> code.read(row))
                .isInstanceOfSatisfying(MappingProblem.class, p -> {
                    assertThat(p.field()).isEqualTo("CODE (charge.code)");
                    assertThat(p.reason()).contains("the descriptor's regex takes too long on this value")
                            .endsWith("(defaultCodeWhen)");
                }));
    }
}
