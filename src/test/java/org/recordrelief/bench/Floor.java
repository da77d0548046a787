package org.recordrelief.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The floor every pipeline is measured against: read every record of a CSV file with FastCSV and write it
 * out again, nothing else. Usage: {@code Floor INPUT OUTPUT}; prints the rows copied.
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) throws IOException {
        long rows = 0;
        try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(Path.of(args[0]), StandardCharsets.UTF_8);
             CsvWriter out = CsvWriter.builder().build(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (CsvRecord record : in) {
                out.writeRecord(record.getFields());
                rows++;
            }
        }
        System.out.println("rows " + rows);
    }
}
