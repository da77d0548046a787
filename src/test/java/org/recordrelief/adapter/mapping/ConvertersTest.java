package org.recordrelief.adapter.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.PersonName;

class ConvertersTest {

    @ParameterizedTest(name = "{0} {1} pivot {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            yyyyMMdd   | 20160230 |      | invalid
            yyyyMMdd   | 20160229 |      | 2016-02-29
            yyyyMMdd   | 20150229 |      | invalid
            MM/dd/yyyy | 11/08/2016 |    | 2016-11-08
            MMddyy     | 031509   | 1960 | 2009-03-15
            MMddyy     | 031575   | 1960 | 1975-03-15
            MMddyy     | 031559   | 1960 | 2059-03-15
            MMddyy     | 031560   | 1960 | 1960-03-15
            MMddyy     | 062478   | 1920 | 1978-06-24
            MMddyy     | 023009   | 1960 | invalid
            yyyy-MM-dd | 2009-4-1 |      | invalid
            yyyyMMdd   | 19000229 |      | invalid
            yyyyMMdd   | 20000229 |      | 2000-02-29
            yyyyMMdd   | 20161301 |      | invalid
            yyyyMMdd   | 20160431 |      | invalid
            yyyyMMdd   | 20160400 |      | invalid
            yyyyMMdd   | 2016041a |      | invalid
            yyyyMMdd   | 201604011 |     | invalid
            MM/dd/yyyy | 11-08-2016 |    | invalid
            dd.MM.yyyy | 31.12.1999 |    | 1999-12-31
            """)
    void datesAreStrictAndTwoDigitYearsFollowThePivot(String pattern, String text, Integer pivot, String expected) {
        DateConverter c = new DateConverter(pattern, pivot);
        if (expected.equals("invalid")) {
            assertThatThrownBy(() -> c.convert(text)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("is not a valid date written " + pattern);
        } else {
            assertThat(c.convert(text)).isEqualTo(LocalDate.parse(expected));
        }
    }

    /** Dates in a fixed digit layout are read by position; every day and every near miss reads as the formatter reads it. */
    @ParameterizedTest
    @CsvSource({"yyyyMMdd, uuuuMMdd", "MM/dd/yyyy, MM/dd/uuuu", "yyyy-MM-dd, uuuu-MM-dd"})
    void fixedLayoutsReadExactlyAsTheStrictFormatter(String pattern, String formatterPattern) {
        DateConverter c = new DateConverter(pattern, null);
        java.time.format.DateTimeFormatter strict = java.time.format.DateTimeFormatter.ofPattern(formatterPattern)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
        int checked = 0;
        for (int year : new int[] {0, 1899, 1900, 1996, 1999, 2000, 2019, 2100, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = pattern.replace("yyyy", String.format("%04d", year))
                            .replace("MM", String.format("%02d", month)).replace("dd", String.format("%02d", day));
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(text, strict);
                    } catch (java.time.format.DateTimeParseException e) {
                        expected = null;
                    }
                    if (expected == null) {
                        assertThatThrownBy(() -> c.convert(text)).isInstanceOf(IllegalArgumentException.class);
                    } else {
                        assertThat(c.convert(text)).as(text).isEqualTo(expected);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(9 * 365 + 3); // 0, 1996 and 2000 are leap years; 1900 and 2100 are not
    }

    @Test
    void aTwoDigitYearNeedsAPivot() {
        assertThatThrownBy(() -> new DateConverter("MMddyy", null)).hasMessageContaining("needs pivotYear");
        assertThatThrownBy(() -> new DateConverter("MMdd", null)).hasMessageContaining("has no year");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CYYDDD  | 109001  | 2009-01-01
            CYYDDD  | 096366  | 1996-12-31
            CYYDDD  | 112060  | 2012-02-29
            CYYDDD  | 111060  | 2011-03-01
            CYYDDD  | 109366  | invalid
            CYYDDD  | 209001  | invalid
            CYYDDD  | 10900A  | invalid
            YYYYDDD | 2016314 | 2016-11-09
            """)
    void julianDates(String layout, String text, String expected) {
        JulianDateConverter c = new JulianDateConverter(layout, null);
        if (expected.equals("invalid")) {
            assertThatThrownBy(() -> c.convert(text)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(c.convert(text)).isEqualTo(LocalDate.parse(expected));
        }
    }

    @Test
    void julianTwoDigitYearsUseThePivot() {
        JulianDateConverter c = new JulianDateConverter("YYDDD", 1930);
        assertThat(c.convert("29001")).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(c.convert("30001")).isEqualTo(LocalDate.of(1930, 1, 1));
        assertThatThrownBy(() -> new JulianDateConverter("YYDDD", null)).hasMessageContaining("pivotYear");
        assertThatThrownBy(() -> new JulianDateConverter("DDDYY", null)).hasMessageContaining("unknown Julian layout");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LAST,FIRST M | DOE,JANE Q       | DOE  | JANE | Q
            LAST,FIRST M | DOE, JANE        | DOE  | JANE |
            LAST,FIRST M | VAN DER BERG,ANN MARIE K | VAN DER BERG | ANN | MARIE K
            LAST/FIRST M | DOE/JANE         | DOE  | JANE |
            LAST/FIRST M | DOE              | DOE  |      |
            FIRST M LAST | JANE Q DOE       | DOE  | JANE | Q
            FIRST M LAST | JANE DOE         | DOE  | JANE |
            FIRST M LAST | ANN MARIE K SMITH | SMITH | ANN | MARIE K
            FIRST M LAST | DOE              | DOE  |      |
            FIRST LAST   | MARIA DE LA CRUZ | DE LA CRUZ | MARIA |
            FIRST LAST   | JANE  DOE        | DOE  | JANE |
            LAST FIRST M | DOE JANE Q       | DOE  | JANE | Q
            LAST FIRST M | DOE JANE         | DOE  | JANE |
            LAST FIRST M | DOE              | DOE  |      |
            (?<last>[^;]+);(?<first>\\S+)(?:\\s+(?<middle>.+))? | DOE;JANE Q | DOE | JANE | Q
            (?<last>[^;]+);(?<first>\\S+)(?:\\s+(?<middle>.+))? | DOE;JANE   | DOE | JANE |
            (?<last>[^;]+);(?<first>\\S+)(?:\\s+(?<middle>.+))? | NO SEPARATOR | NO SEPARATOR | |
            """)
    void namesSplitAsTheLayoutSays(String layout, String text, String last, String first, String middle) {
        assertThat(new NameConverter(layout).convert(text)).isEqualTo(new PersonName(last, first, middle));
    }

    @Test
    void aNamePatternNeedsTheLastGroupAndAnUnknownLayoutListsTheKnownOnes() {
        assertThatThrownBy(() -> new NameConverter("(?<first>\\S+) (?<surname>.+)")).hasMessageContaining(
                "no group named last");
        assertThatThrownBy(() -> new NameConverter("SURNAME FIRST")).hasMessageContaining("\"FIRST M LAST\"");
    }

    @Test
    void valueMapsMatchExactValuesThenPatternsAndReportTheRest() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("CONVICTED*", "CONVICTED");
        map.put("CONVICTED-DIVERSION", "OTHER");
        map.put("*DISMISS*", "DISMISSED");
        ValueMapConverter<DispositionClass> c = new ValueMapConverter<>(map, DispositionClass::valueOf);
        assertThat(c.convert("convicted-jail")).isEqualTo(DispositionClass.CONVICTED);
        assertThat(c.convert("CONVICTED-DIVERSION")).as("an exact value wins over a pattern")
                .isEqualTo(DispositionClass.OTHER);
        assertThat(c.convert("CASE DISMISSED 1385")).isEqualTo(DispositionClass.DISMISSED);
        assertThatThrownBy(() -> c.convert("HUNG JURY"))
                .hasMessage("is not in the descriptor's map (add it, with the canonical value it means)");
    }
}
