package org.recordrelief.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.adapter.mapping.Pseudonymizer;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.recordrelief.adapter.mapping.RowMapper;
import org.recordrelief.adapter.mapping.RowResult;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.SentenceType;
import org.recordrelief.model.code.MultipleSections;

/**
 * The bundled DOJ descriptor ({@code county-adapters/sacramento/adapter.yaml}) on rows with the value sets
 * of the state's own file, mapped without Camel: step types, 12-digit count orders, dashes for "no value",
 * the section spellings, blank sentence types.
 */
class DojDescriptorTest {

    static CompiledAdapter sacramento;
    static RowMapper mapper;

    @BeforeAll
    static void load() {
        sacramento = new DescriptorLoader(Map.of("WORK", "/tmp/work")).load(Path.of("county-adapters/sacramento"));
        mapper = sacramento.mapper(new Pseudonymizer(new byte[32]), LocalDate.of(2020, 7, 1));
    }

    /** A court row of person 10000001 as the state writes it; {@code changes} are "COLUMN=value" pairs. */
    static RowResult map(String... changes) {
        Map<String, String> row = new HashMap<>();
        row.put("SUBJECT_ID", "10000001");
        row.put("PRI_NAME", "DOE,JANE A");
        row.put("PRI_DOB", "19700101");
        row.put("CYC_ORDER", "  -  ");
        row.put("CYC_DATE", "20100105");
        row.put("STP_ORDER", "  -  ");
        row.put("STP_EVENT_DATE", "20100301");
        row.put("STP_TYPE_DESCR", "COURT ACTION");
        row.put("STP_ORI_DESCR", "  -  ");
        row.put("STP_ORI_CNTY_NAME", "SACRAMENTO");
        row.put("CNT_ORDER", "003002001000");
        row.put("OFFENSE_DESCR", "11359 HS-POSSESS MARIJUANA FOR SALE");
        row.put("OFFENSE_TOC", "F");
        row.put("DISP_DESCR", "CONVICTED");
        row.put("CONV_STAT_DESCR", "FELONY");
        row.put("COMMENT_TEXT", "THIS IS A COMMENT");
        for (String change : changes) {
            String[] kv = change.split("=", 2);
            row.put(kv[0], kv[1]);
        }
        List<String> values = new ArrayList<>();
        for (String column : sacramento.sourceColumns().names()) {
            values.add(row.getOrDefault(column, "  -  "));
        }
        return mapper.map(SourceRow.ok(7, values, sacramento.sourceColumns()));
    }

    static MappedRow mapped(String... changes) {
        RowResult r = map(changes);
        assertThat(r).as("mapped, not quarantined: %s", r).isInstanceOf(MappedRow.class);
        return (MappedRow) r;
    }

    @Test
    void aCountOrderBeyondAnIntIsAnIdentifierThatGivesCaseAndCount() {
        MappedRow a = mapped("CNT_ORDER=101002001000");
        MappedRow sentencePart = mapped("CNT_ORDER=101002001001");
        MappedRow otherCount = mapped("CNT_ORDER=101002002000");
        MappedRow otherCycle = mapped("CNT_ORDER=102002001000");
        assertThat(a.charge().countNumber()).isEqualTo("101002001000");
        assertThat(sentencePart.caseId()).isEqualTo(a.caseId());
        assertThat(sentencePart.chargeId()).as("a sentence part is the same count").isEqualTo(a.chargeId());
        assertThat(otherCount.caseId()).isEqualTo(a.caseId());
        assertThat(otherCount.chargeId()).isNotEqualTo(a.chargeId());
        assertThat(otherCycle.caseId()).as("the first three digits are the cycle").isNotEqualTo(a.caseId());
    }

    @Test
    void aCountOrderThatIsNotTwelveDigitsIsReported() {
        assertThat(map("CNT_ORDER=3001")).isInstanceOfSatisfying(QuarantinedRow.class, q -> {
            assertThat(q.field()).isEqualTo("CNT_ORDER (case.key[0])");
            assertThat(q.reason()).contains("'3001' does not match the descriptor's regex");
        });
    }

    @Test
    void aLengthWithoutATypeStillEndsTheSentence() {
        MappedRow r = mapped("SENT_LOC_DESCR=  -  ", "SENT_LENGTH=2", "SENT_TIME_CODE=Y");
        assertThat(r.charge().sentenceParts()).containsExactly(SentencePart.of(SentenceType.UNKNOWN, Period.ofYears(2)));
        MappedRow blank = mapped("SENT_LOC_DESCR=", "SENT_LENGTH=30", "SENT_TIME_CODE=D");
        assertThat(blank.charge().sentenceParts()).containsExactly(SentencePart.of(SentenceType.UNKNOWN, Period.ofDays(30)));
        assertThat(mapped("SENT_LOC_DESCR=COUNTY JAIL", "SENT_LENGTH=6", "SENT_TIME_CODE=M").charge().sentenceParts())
                .containsExactly(SentencePart.of(SentenceType.JAIL, Period.ofMonths(6)));
    }

    @Test
    void aLengthTooLargeForASentenceIsReportedNotOverflowed() {
        assertThat(map("SENT_LENGTH=99999999999", "SENT_TIME_CODE=Y")).isInstanceOfSatisfying(QuarantinedRow.class,
                q -> assertThat(q.reason()).isEqualTo("is too large for a sentence length"));
    }

    @Test
    void aBlankConvictionStatusTakesTheTypeOfCharge() {
        assertThat(mapped("CONV_STAT_DESCR=  -  ", "OFFENSE_TOC=M").charge().level()).isEqualTo(OffenceLevel.MISDEMEANOR);
        assertThat(mapped("CONV_STAT_DESCR=", "OFFENSE_TOC=I").charge().level()).isEqualTo(OffenceLevel.INFRACTION);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            11359 HS-POSSESS MARIJUANA FOR SALE          | THIS IS A COMMENT     | HS 11359
            11357A HS-POSSESSION OF MARIJUANA            | THIS IS A COMMENT     | HS 11357(a)
            11357B2 HS-POSSESSION OF MARIJUANA           | THIS IS A COMMENT     | HS 11357(b)(2)
            11360A2 HS-SELL/FURNISH/ETC MARIJUANA/HASH   | THIS IS A COMMENT     | HS 11360(a)(2)
            11360(B) SELL/FURNISH/ETC MARIJUANA/HASH     | THIS IS A COMMENT     | HS 11360(b)
            484(A)/490.5 PC-THEFT/PETTY THEFT MERCHANDISE | THIS IS A COMMENT    | PC 484(a) + PC 490.5
            SEE COMMENT FOR CHARGE                       | 11358 HS-CULTIVATE    | HS 11358
            '  -  '                                      | 11360(A) HS-TRANSPORT | HS 11360(a)
            ''                                           | 664/11359 HS          | PC 664/HS 11359
            """)
    void readsTheSectionSpellingsOfTheStatesFile(String offence, String comment, String canonical) {
        assertThat(mapped("OFFENSE_DESCR=" + offence, "COMMENT_TEXT=" + comment).charge().code().canonical())
                .isEqualTo(canonical);
    }

    @Test
    void severalSectionsAreKeptTogether() {
        assertThat(mapped("OFFENSE_DESCR=484(A)/490.5 PC-THEFT").charge().code()).isInstanceOf(MultipleSections.class);
    }

    @Test
    void aNumberWithoutACodeThatNamesNoCannabisIsReported() {
        assertThat(map("OFFENSE_DESCR=459 BURGLARY")).isInstanceOfSatisfying(QuarantinedRow.class,
                q -> assertThat(q.reason()).contains("is not a code section the parser can read"));
    }

    @Test
    void stepTypesSayWhatEachRowIs() {
        assertThat(mapped("STP_TYPE_DESCR=REGISTRATION", "OFFENSE_DESCR=290 PC-REGISTRATION OF SEX OFFENDER")
                .event().type()).isEqualTo(PersonEventType.PC290_REGISTRATION);
        assertThat(mapped("STP_TYPE_DESCR=REGISTRATION", "OFFENSE_DESCR=11590 HS-REGISTRATION OF CONTROLLED "
                + "SUBSTANCE OFFENDER").kind()).isEqualTo(RowKind.OTHER);
        assertThat(mapped("STP_TYPE_DESCR=REGISTRATION", "OFFENSE_DESCR=290.018 PC-FAIL TO REGISTER").kind())
                .as("290.018 is not 290").isEqualTo(RowKind.OTHER);
        assertThat(mapped("STP_TYPE_DESCR=DECEASED").event().type()).isEqualTo(PersonEventType.DECEASED);
        assertThat(mapped("STP_TYPE_DESCR=ARREST/DETAINED/CITED").kind()).isEqualTo(RowKind.OTHER);
        assertThat(mapped("STP_TYPE_DESCR=PROBATION").kind()).isEqualTo(RowKind.OTHER);
        assertThat(mapped("STP_TYPE_DESCR=COURT ACTION").kind()).isEqualTo(RowKind.CHARGE);
    }

    /** A row of an unknown step type must still name its person, or the person's history looks complete. */
    @Test
    void anUnknownStepTypeIsReportedWithItsPerson() {
        assertThat(map("STP_TYPE_DESCR=ESCAPE")).isInstanceOfSatisfying(QuarantinedRow.class, q -> {
            assertThat(q.field()).isEqualTo("STP_TYPE_DESCR (rowKinds)");
            assertThat(q.reason()).startsWith("no row-kind rule matches STP_TYPE_DESCR = 'ESCAPE'");
            assertThat(q.personId()).isEqualTo(mapped().personId());
        });
    }

    @Test
    void aCannabisConvictionThatCannotBeReadIsMarkedForAReviewer() {
        assertThat(map("PRI_DOB=19900101", "STP_EVENT_DATE=19850301", "CYC_DATE=19850105"))
                .isInstanceOfSatisfying(QuarantinedRow.class, q -> {
                    assertThat(q.reason()).isEqualTo("is before the date of birth");
                    assertThat(q.needsReview()).as("may be a cannabis conviction").isTrue();
                    assertThat(q.affectsHistory()).isTrue();
                });
        assertThat(map("PRI_DOB=19900101", "STP_EVENT_DATE=19850301", "CYC_DATE=19850105",
                "OFFENSE_DESCR=459 PC-BURGLARY")).isInstanceOfSatisfying(QuarantinedRow.class, q -> {
                    assertThat(q.needsReview()).as("a burglary is not for the Prop 64 rules").isFalse();
                    assertThat(q.affectsHistory()).as("but it may be a prior").isTrue();
                });
    }

    @Test
    void aDismissedCountThatCannotBeReadLeavesTheHistoryWhole() {
        assertThat(map("PRI_DOB=19900101", "STP_EVENT_DATE=19850301", "CYC_DATE=19850105", "DISP_DESCR=DISMISSED"))
                .isInstanceOfSatisfying(QuarantinedRow.class, q -> {
                    assertThat(q.affectsHistory()).isFalse();
                    assertThat(q.needsReview()).isFalse();
                });
    }

    /** The age at the offence is read from the arrest date: one before the birth is a defect, not an unknown age. */
    @Test
    void anArrestBeforeTheDateOfBirthIsReported() {
        assertThat(map("PRI_DOB=19900101", "CYC_DATE=19890105", "STP_EVENT_DATE=19900301"))
                .isInstanceOfSatisfying(QuarantinedRow.class, q -> {
                    assertThat(q.field()).isEqualTo("CYC_DATE (case.arrestDate)");
                    assertThat(q.reason()).isEqualTo("is before the date of birth");
                });
    }

    @Test
    void dashesAreNoValue() {
        MappedRow r = mapped();
        assertThat(r.courtCase().court()).as("STP_ORI_DESCR '  -  '").isNull();
        assertThat(r.person().identifiers()).as("FBI number, SSN, licence are '  -  '").extracting(i -> i.type().name())
                .containsExactly("DOJ_SUBJECT_ID");
    }

    /** The list of the row before serves while the values repeat; a changed or missing value makes a new one (in type order). */
    @Test
    void identifiersFollowEachRowWhetherTheyRepeatOrChange() {
        MappedRow first = mapped("CII_NUMBER=A01", "FBI_NUMBER=F01");
        MappedRow same = mapped("CII_NUMBER=A01", "FBI_NUMBER=F01");
        MappedRow changed = mapped("CII_NUMBER=A02", "FBI_NUMBER=F01");
        MappedRow fewer = mapped("CII_NUMBER=A02");
        MappedRow another = mapped("SUBJECT_ID=10000002", "CII_NUMBER=A02");
        assertThat(first.person().identifiers()).extracting(i -> i.type().name() + "=" + i.value())
                .containsExactly("CII=A01", "FBI=F01", "DOJ_SUBJECT_ID=10000001");
        assertThat(same.person().identifiers()).as("the row before's list, not a copy")
                .isSameAs(first.person().identifiers());
        assertThat(changed.person().identifiers()).extracting(i -> i.type().name() + "=" + i.value())
                .containsExactly("CII=A02", "FBI=F01", "DOJ_SUBJECT_ID=10000001");
        assertThat(fewer.person().identifiers()).extracting(i -> i.type().name() + "=" + i.value())
                .containsExactly("CII=A02", "DOJ_SUBJECT_ID=10000001");
        assertThat(another.person().identifiers()).extracting(i -> i.type().name() + "=" + i.value())
                .containsExactly("CII=A02", "DOJ_SUBJECT_ID=10000002");
        // all but the key's identifier missing, then back: the shorter list is not kept for the row after
        assertThat(mapped().person().identifiers()).extracting(i -> i.type().name() + "=" + i.value())
                .containsExactly("DOJ_SUBJECT_ID=10000001");
        assertThat(mapped("CII_NUMBER=A03").person().identifiers()).extracting(i -> i.type().name() + "=" + i.value())
                .containsExactly("CII=A03", "DOJ_SUBJECT_ID=10000001");
    }
}
