package org.recordrelief.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.onboarding.ExportProfile.ColumnProfile;
import org.recordrelief.onboarding.ExportProfile.Role;

class ProfilerTest {

    private static ColumnProfile column(ExportProfile p, String name) {
        return p.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aDelimitedExportWithAHeader() throws Exception {
        Path file = Path.of("county-adapters/san-francisco/sample/sf-cms-export.csv");
        ExportProfile p = new Profiler().profile(file);
        assertThat(p.delimiter()).isEqualTo(',');
        assertThat(p.header()).isTrue();
        assertThat(p.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(p.rowsProfiled()).isEqualTo(119);
        assertThat(column(p, "Current Charge").role()).isEqualTo(Role.CODE_SECTION);
        assertThat(column(p, "Current Level").role()).isEqualTo(Role.LEVEL);
        assertThat(column(p, "Current Level").values()).containsOnlyKeys("F", "M", "I");
        assertThat(column(p, "Charge Disposition Description").role()).isEqualTo(Role.DISPOSITION);
        assertThat(column(p, "Ch Dispo Date").datePatterns()).containsExactly("MMddyy");
        assertThat(column(p, "Ch Dispo Date").twoDigitYear()).isTrue();
        assertThat(DatePatterns.twoDigitYears(List.of("010299", "031500", "120119", "0615AB"), "MMddyy"))
                .isEqualTo("00, 19, 99");
        assertThat(DatePatterns.twoDigitYears(List.of("98001", "99365", "00001", "01001"), "julian:YYDDD"))
                .isEqualTo("00-01, 98-99");
        assertThat(column(p, "DOB").role()).isEqualTo(Role.DATE_OF_BIRTH);
        assertThat(column(p, "Truename").role()).isEqualTo(Role.NAME);
        assertThat(column(p, "Truename").shapes()).containsKeys("A+/A+", "A+/A+ A");
        assertThat(column(p, "SSN").shapes()).containsOnlyKeys("999-99-9999");
    }

    /** The report never shows a value of a personal-looking column: the sample's names, ids and birth dates. */
    @Test
    void theReportShowsNoPersonalValue() throws Exception {
        Path file = Path.of("county-adapters/san-francisco/sample/sf-cms-export.csv");
        String report = ProfileReport.format("sf.csv", new Profiler().profile(file));
        List<String> rows = Files.readAllLines(file).subList(1, 20);
        for (String row : rows) {
            String[] f = row.split(",");
            for (int personal : new int[] {0, 2, 3, 23, 24, 25, 26, 27, 28}) {
                assertThat(report).as("column " + (personal + 1)).doesNotContain(f[personal]);
            }
        }
        assertThat(report).contains("Layout: delimited, delimiter ',', quote none, header: yes, encoding UTF-8",
                "Ch Dispo Date: date, filled 100%", "dates: MMddyy (two-digit years: the descriptor needs a pivotYear; years seen: ");
    }

    @Test
    void ambiguousDatesAreFlagged(@TempDir Path tmp) throws Exception {
        StringBuilder text = new StringBuilder("ID|WHEN|CODE\n");
        for (int i = 0; i < 40; i++) {
            text.append(String.format("%08d|%02d%02d%02d|HS 11357%n", 1000 + i, 1 + i % 12, 1 + i % 12, 1 + i % 12));
        }
        Path file = Files.writeString(tmp.resolve("x.psv"), text);
        ExportProfile p = new Profiler().profile(file);
        assertThat(p.delimiter()).isEqualTo('|');
        assertThat(column(p, "WHEN").datePatterns()).contains("MMddyy", "yyMMdd");
        assertThat(ProfileReport.format("x.psv", p)).contains("AMBIGUOUS: several layouts read these digits");
    }

    @Test
    void aFixedWidthExportWithAHeaderLine() throws Exception {
        ExportProfile p = new Profiler().profile(Path.of("county-adapters/san-joaquin/sample/sj-court-extract.txt"));
        assertThat(p.isDelimited()).isFalse();
        assertThat(p.recordLength()).isEqualTo(140);
        assertThat(p.header()).isTrue();
        assertThat(p.columns().get(0)).satisfies(c -> {
            assertThat(c.start()).isEqualTo(1);
            assertThat(c.length()).isEqualTo(10);
            assertThat(c.role().personal()).isTrue();
        });
        assertThat(p.columns().get(1)).satisfies(c -> {
            assertThat(c.start()).isEqualTo(11);
            assertThat(c.role()).isEqualTo(Role.NAME);
        });
    }

    /**
     * A header names the disposition column even when its values are codes; a date that does not read is
     * counted; names ending in an initial are drafted LAST FIRST M.
     */
    @Test
    void codesNamedByTheHeaderUnreadDatesAndNamesEndingInAnInitial(@TempDir Path tmp) throws Exception {
        StringBuilder text = new StringBuilder("PERSON_ID;DEFENDANT_NAME;BIRTH_DATE;DISPO;STATUTE\n");
        String[] codes = {"CV", "DS", "AQ"};
        for (int i = 0; i < 40; i++) {
            text.append(String.format("P%06d;THISTLE%s ODA%s N;19%02d-0%d-1%d;%s;HS11357(a)%n", i, (char) ('A' + i % 20),
                    (char) ('A' + i % 7), 50 + i, 1 + i % 9, i % 10, codes[i % 3]));
        }
        text.append("P999999;GORSE ALEX B;19XX-01-01;ZZ;HS11357(a)\n");
        Path file = Files.writeString(tmp.resolve("fresno.csv"), text);
        ExportProfile p = new Profiler().profile(file);
        assertThat(p.delimiter()).isEqualTo(';');
        assertThat(column(p, "DISPO").role()).isEqualTo(Role.DISPOSITION);
        assertThat(column(p, "DISPO").values()).containsOnlyKeys("CV", "DS", "AQ", "ZZ");
        assertThat(column(p, "BIRTH_DATE").unreadDates()).isEqualTo(1);
        assertThat(ProfileReport.format("fresno.csv", p)).contains("dates: yyyy-MM-dd; 1 value does not read as "
                + "yyyy-MM-dd (those rows will be quarantined)");
        String draft = DescriptorDraft.adapter("Fresno", "fresno.csv", p);
        assertThat(draft).contains("name: {from: DEFENDANT_NAME, name: \"LAST FIRST M\"}", "from: DISPO",
                "\"CV\": CONVICTED", "\"ZZ\": OTHER", "# TODO: the arrest or filing date");
    }
}
