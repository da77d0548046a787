package org.recordrelief.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A column gives back the string it read last when a row holds the same value: never when it differs. */
class ColumnRefTest {

    @Test
    void eachRowGetsItsOwnValueAndARepeatedValueIsTheSameString() {
        List<SourceRow> rows = DelimitedRowReaderTest.read("A,B,C\n"
                + "1,SMITH,x\n2,SMITH,x\n3,SMITHS,x\n4,SMIT,x\n5,\"SMIT\",x\n6,,x\n7,SMITH,x\n8,\"SMITH,JO\",x\n"
                + "9,SMITH,JO\n10,SMITH,x\n11,SMYTH,x\n", DelimitedFormat.CSV, DelimitedRowReaderTest.ABC);
        ColumnRef b = new ColumnRef("B");
        List<String> read = new ArrayList<>();
        for (SourceRow row : rows) {
            read.add(b.read(row));
        }
        assertThat(read).as("the same length is not the same value").containsExactly("SMITH", "SMITH", "SMITHS",
                "SMIT", "SMIT", "", "SMITH", "SMITH,JO", "SMITH", "SMITH", "SMYTH");
        assertThat(read.get(1)).isSameAs(read.get(0));
        assertThat(read.get(4)).as("quoted or not, the value is the same").isSameAs(read.get(3));
        assertThat(read.get(9)).isSameAs(read.get(8));
    }

    @Test
    void aShortRowOrAnUnknownColumnHasNoValue() {
        List<SourceRow> rows = DelimitedRowReaderTest.read("A,B,C\n1,SMITH,x\n2\n3,SMITH,x\n", DelimitedFormat.CSV,
                DelimitedRowReaderTest.ABC);
        ColumnRef b = new ColumnRef("B");
        assertThat(b.read(rows.get(0))).isEqualTo("SMITH");
        assertThat(b.read(rows.get(1))).isNull();
        assertThat(b.read(rows.get(2))).isEqualTo("SMITH");
        assertThat(new ColumnRef("D").read(rows.get(0))).isNull();
    }
}
