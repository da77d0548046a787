package org.recordrelief.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {

    static final LocalDate SENTENCED = LocalDate.of(2016, 10, 1);

    @Test
    void partsGivenAsLengthsAddUp() {
        Sentence s = Sentence.of(SENTENCED, SentencePart.of(SentenceType.JAIL, Period.ofMonths(6)),
                SentencePart.of(SentenceType.PROBATION, Period.ofYears(3)));
        assertThat(s.endDate(null)).contains(LocalDate.of(2020, 4, 1));
    }

    @Test
    void completeOnTheDayItEnds() {
        Sentence s = Sentence.of(SENTENCED, SentencePart.of(SentenceType.PROBATION, Period.ofYears(3)));
        assertThat(s.status(LocalDate.of(2019, 9, 30), null)).isEqualTo(SentenceStatus.SERVING);
        assertThat(s.status(LocalDate.of(2019, 10, 1), null)).isEqualTo(SentenceStatus.COMPLETE);
    }

    @Test
    void anExplicitEndDateWinsOverShorterLengths() {
        Sentence s = new Sentence(SENTENCED, List.of(
                new SentencePart(SentenceType.PROBATION, Period.ofYears(1), LocalDate.of(2021, 1, 1)),
                SentencePart.of(SentenceType.JAIL, Period.ofDays(30))), null);
        assertThat(s.endDate(null)).contains(LocalDate.of(2021, 1, 1));
    }

    @Test
    void withoutASentenceDateTheConvictionDateStarts() {
        Sentence s = new Sentence(null, List.of(SentencePart.of(SentenceType.PROBATION, Period.ofYears(2))), null);
        assertThat(s.endDate(LocalDate.of(2010, 5, 5))).contains(LocalDate.of(2012, 5, 5));
        assertThat(s.status(LocalDate.of(2020, 1, 1), null)).isEqualTo(SentenceStatus.UNKNOWN);
    }

    @Test
    void whatTheExportStatesWins() {
        Sentence stated = new Sentence(SENTENCED, List.of(SentencePart.of(SentenceType.PROBATION, Period.ofYears(9))),
                true);
        assertThat(stated.status(LocalDate.of(2017, 1, 1), null)).isEqualTo(SentenceStatus.COMPLETE);
        assertThat(Sentence.NONE.status(LocalDate.of(2017, 1, 1), SENTENCED)).isEqualTo(SentenceStatus.UNKNOWN);
    }

    @Test
    void aPartOfUnknownTypeStillEndsTheSentence() {
        Sentence s = Sentence.of(SENTENCED, SentencePart.of(SentenceType.UNKNOWN, Period.ofMonths(18)));
        assertThat(s.endDate(null)).contains(LocalDate.of(2018, 4, 1));
        assertThat(s.status(LocalDate.of(2020, 7, 1), null)).isEqualTo(SentenceStatus.COMPLETE);
    }

    @Test
    void aLengthBeyondTheCalendarNeverEndsAndNeverOverflows() {
        Sentence s = Sentence.of(SENTENCED, SentencePart.of(SentenceType.PRISON, Period.ofYears(Integer.MAX_VALUE)),
                SentencePart.of(SentenceType.PROBATION, Period.ofYears(Integer.MAX_VALUE)));
        assertThat(s.endDate(null)).contains(LocalDate.MAX);
        assertThat(s.status(LocalDate.of(2020, 7, 1), null)).isEqualTo(SentenceStatus.SERVING);
    }

    @Test
    void countNumbersOrderByValueWithoutOverflow() {
        List<String> numbers = new java.util.ArrayList<>(java.util.Arrays.asList(
                "101002001000", null, "10", "9", "003001001000", "2A", "0009"));
        numbers.sort(Charge.COUNT_NUMBER_ORDER);
        assertThat(numbers).containsExactly("9", "0009", "10", "003001001000", "101002001000", "2A", null);
    }

    @Test
    void personalDataNeverPrints() {
        Person p = new Person("p-1", new PersonName("DOE", "JANE", null), LocalDate.of(1980, 1, 1),
                List.of(new PersonIdentifier(IdentifierType.CII, "A12345678")));
        assertThat(p.toString()).isEqualTo("Person[p-1]");
        assertThat(p.name().toString()).doesNotContain("DOE");
        assertThat(p.identifiers().get(0).toString()).doesNotContain("A12345678");
    }
}
