package org.recordrelief.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Whitespace} stands in for the patterns it replaced; those patterns are its specification. */
class WhitespaceTest {

    private static final Pattern RUNS = Pattern.compile("\\s+");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MORGAN ALEX J|MORGAN,ALEX,J",
            "MORGAN   ALEX|MORGAN,ALEX",
            "MORGAN|MORGAN",
            "''|''",
            "'O\tNEILL \u000B\fPAT\r\nQ'|O,NEILL,PAT,Q",
            // a no-break space and a unit separator are not \s: they stay inside the word
            "'ANNE\u00A0MARIE\u001FLEE'|'ANNE\u00A0MARIE\u001FLEE'"})
    void wordsAreThoseBetweenRunsOfWhitespace(String text, String expected) {
        assertThat(String.join(",", Whitespace.words(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SAN FRANCISCO|SAN FRANCISCO",
            "'SAN  FRANCISCO'|SAN FRANCISCO",
            "'SAN\tFRANCISCO\r\n'|'SAN FRANCISCO '",
            "'LOS\u00A0ANGELES'|'LOS\u00A0ANGELES'",
            "''|''"})
    void collapseLeavesOneSpaceForEachRun(String text, String expected) {
        assertThat(Whitespace.collapse(text)).isEqualTo(expected);
    }

    @Test
    void collapseReturnsTheSameStringWhenThereIsNothingToReplace() {
        String county = "SAN JOAQUIN";
        assertThat(Whitespace.collapse(county)).isSameAs(county);
    }

    @Test
    void agreesWithThePatternsOnRandomTexts() {
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u001F', ','};
        Random random = new Random(64);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertThat(Whitespace.collapse(s)).as("collapse [%s]", s).isEqualTo(RUNS.matcher(s).replaceAll(" "));
            String trimmed = s.trim();
            assertThat(Whitespace.words(trimmed)).as("words [%s]", trimmed).containsExactly(RUNS.split(trimmed));
        }
    }
}
