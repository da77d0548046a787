package org.recordrelief.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.adapter.mapping.Pseudonymizer;
import org.recordrelief.adapter.mapping.RowMapper;
import org.recordrelief.formats.SourceRow;

/**
 * A count's id is its key as the export writes it when that is short and plain (parts joined by dots), so a
 * reviewer can find the count; any other key is shown only by its hash.
 */
class ChargeIdTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one plain part           | [ID]       | P1            | P1
            two plain parts          | [ID, DISP] | P1            | P1.G
            a part with a space      | [ID, DISP] | P 1           | k-
            a part of thirteen chars | [ID]       | P123456789012 | k-
            """)
    void aChargeIdIsItsPlainKeyOrAHash(String what, String key, String person, String expected, @TempDir Path dir)
            throws Exception {
        CompiledAdapter kern = DescriptorLoaderTest.load(dir, DescriptorLoaderTest.GOOD
                .replace("  code: {from: CODE}\n", "  key: " + key + "\n  code: {from: CODE}\n"));
        RowMapper mapper = kern.mapper(new Pseudonymizer(new byte[32]), LocalDate.of(2020, 7, 1));
        String id = chargeId(mapper, kern, person);
        if (expected.equals("k-")) {
            assertThat(id).startsWith("k-").isEqualTo(chargeId(mapper, kern, person))
                    .isNotEqualTo(chargeId(mapper, kern, person + "9"));
        } else {
            assertThat(id).isEqualTo(expected);
        }
    }

    private static String chargeId(RowMapper mapper, CompiledAdapter kern, String person) {
        SourceRow row = SourceRow.ok(3, List.of(person, "19700101", "HS 11357", "G", "20100301", "M"),
                kern.sourceColumns());
        return ((MappedRow) mapper.map(row)).chargeId();
    }
}
