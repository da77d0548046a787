package org.recordrelief.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.review.ReviewStore;

/**
 * A run's determinations (those the filter lets through) as CSV or XLSX, with each reviewer's change beside
 * the recommendation. People appear by pseudonymous id only. Streamed: a sheet keeps 100 rows in memory.
 */
final class Downloads {

    static final List<String> COLUMNS = List.of("line", "person_id", "case_id", "count_id", "code_section", "level",
            "role", "outcome", "reduced_to", "county_option", "referred_to", "rules", "reasons", "changed_outcome",
            "changed_reduced_to", "change_reason", "changed_by", "rule_set");

    private Downloads() {
    }

    static void csv(ReviewStore store, long runId, ReviewStore.Filter filter, OutputStream out) {
        try (BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
             DelimitedRowWriter csv = new DelimitedRowWriter(text, DelimitedFormat.CSV, "\r\n", COLUMNS)) {
            store.forEachDetermination(runId, filter, d -> csv.write(values(d)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void xlsx(ReviewStore store, long runId, ReviewStore.Filter filter, OutputStream out) {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try {
            Sheet sheet = book.createSheet("run " + runId);
            write(sheet.createRow(0), COLUMNS);
            int[] next = {1};
            store.forEachDetermination(runId, filter, d -> write(sheet.createRow(next[0]++), values(d)));
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                row.createCell(i).setCellValue(values.get(i));
            }
        }
    }

    private static List<String> values(ReviewStore.DeterminationRow d) {
        List<String> v = new ArrayList<>(List.of(String.valueOf(d.firstLine()), d.personId(), d.caseId(), d.chargeId(),
                d.code(), d.level(), d.role(), d.outcome()));
        v.add(d.reducedTo());
        v.add(d.countyOption());
        v.add(d.referredTo());
        v.add(d.ruleIds());
        v.add(d.reasons());
        v.add(d.change() == null ? null : d.change().outcome());
        v.add(d.change() == null ? null : d.change().reducedTo());
        v.add(d.change() == null ? null : d.change().reason());
        v.add(d.change() == null ? null : d.change().reviewer());
        v.add(d.ruleSet());
        return v.stream().map(s -> s == null ? "" : s).toList();
    }
}
