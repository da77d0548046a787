package org.recordrelief.routes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recordrelief.formats.Column;
import org.recordrelief.formats.DojResearchFile;

/** Writes DOJ research files for tests from the few columns a test cares about; the rest stay blank. */
final class DojFiles {

    private DojFiles() {
    }

    /**
     * @param rows column to value; RECORD_ID is numbered from 1, and CYC_ORDER / STP_ORDER are taken from
     *             CNT_ORDER's cycle and step digits unless a row gives them
     */
    static void write(Path file, List<Map<String, String>> rows) {
        List<String> columns = DojResearchFile.columns().stream().map(Column::name).toList();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            out.printRecord(columns);
            int recordId = 0;
            for (Map<String, String> row : rows) {
                recordId++;
                String countOrder = row.getOrDefault("CNT_ORDER", "");
                List<String> values = new ArrayList<>();
                for (String column : columns) {
                    values.add(switch (column) {
                        case "RECORD_ID" -> String.valueOf(recordId);
                        case "CYC_ORDER" -> row.getOrDefault(column, countOrder.length() >= 3 ? countOrder.substring(0, 3) : "");
                        case "STP_ORDER" -> row.getOrDefault(column, countOrder.length() >= 6 ? countOrder.substring(3, 6) : "");
                        default -> row.getOrDefault(column, "");
                    });
                }
                out.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
