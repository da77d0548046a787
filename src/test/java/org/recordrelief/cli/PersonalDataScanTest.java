package org.recordrelief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.store.Database;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole run of the bundled counties, as a separate process, then every line it printed (log and
 * summary), every reason file and quarantine report and every text the ledger keeps is searched for the
 * values of the samples' personal columns (names, dates of birth, identifiers): none may appear. The
 * results files are the county's own rows going back to it and are left out.
 */
class PersonalDataScanTest {

    @Test
    void noNameDateOfBirthOrIdentifierOfTheSamplesAppearsAnywhereTheToolWritesOnH2(@TempDir Path tmp) throws Exception {
        Path work = tmp.resolve("work");
        scan(tmp, List.of(), () -> Database.dataSource(Database.defaultUrl(work), "sa", ""));
    }

    @Test
    void noNameDateOfBirthOrIdentifierOfTheSamplesAppearsAnywhereTheToolWritesOnPostgres(@TempDir Path tmp)
            throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            new JdbcTemplate(pg.getPostgresDatabase()).execute("CREATE DATABASE staging");
            String url = pg.getJdbcUrl("postgres", "staging");
            scan(tmp, List.of("--db-url", url, "--db-user", "postgres"), () -> Database.dataSource(url, "postgres", ""));
        }
    }

    private static void scan(Path tmp, List<String> staging, java.util.function.Supplier<HikariDataSource> tables)
            throws Exception {
        // the samples' defects are in other columns: this export adds rows whose personal values are wrong,
        // and one whose values are shifted by an extra field (a row the reader cannot split as declared)
        Path work = tmp.resolve("work");
        Path fixture = tmp.resolve("personal-defects.csv");
        org.recordrelief.samples.SampleGenerator.generate(org.recordrelief.samples.SampleFormat.DOJ, 11, 40, fixture);
        List<String> lines = new ArrayList<>(Files.readAllLines(fixture));
        List<String> header = org.apache.commons.csv.CSVParser.parse(lines.get(0),
                org.apache.commons.csv.CSVFormat.DEFAULT).getRecords().get(0).toList();
        lines.set(3, withValue(lines.get(3), header.indexOf("PRI_DOB"), "19991399"));
        lines.set(7, withValue(lines.get(7), header.indexOf("PRI_DOB"), "1975-06-1"));
        lines.set(9, "EXTRA," + lines.get(9));
        Files.write(fixture, lines);
        org.recordrelief.routes.TestFiles.putInInbox(fixture, work.resolve("sacramento").resolve("inbox"),
                "personal-defects.csv");
        Set<String> personal = personalValues(fixture);
        assertThat(personal).as("the exports have personal values to look for").hasSizeGreaterThan(100)
                .contains("19991399", "1975-06-1");

        List<String> printed = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("run", "--load-samples", "--work", work.toString(), "--as-of",
                "2020-07-01"));
        args.addAll(staging);
        try (org.recordrelief.testing.ChildJvm run = org.recordrelief.testing.ChildJvm.start(RecordReliefCommand.class,
                args.toArray(String[]::new))) {
            printed.addAll(run.remainingLines());
        }
        assertThat(String.join("\n", printed)).as("the run completed").contains("Reconciliation:");

        Map<String, String> written = new java.util.TreeMap<>();
        written.put("the process's output", String.join("\n", printed));
        try (Stream<Path> files = Files.walk(work)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!countysOwnRows(work.relativize(f))) {
                    written.put(work.relativize(f).toString(), new String(Files.readAllBytes(f),
                            StandardCharsets.ISO_8859_1));
                }
            }
        }
        assertThat(written.keySet()).as("quarantine reports were written").anyMatch(k -> k.endsWith("-quarantine.csv"));
        try (HikariDataSource db = tables.get()) {
            JdbcTemplate jdbc = new JdbcTemplate(db);
            // every text column but the pseudonymous ids and the file hash: hex that may hold any digits by chance
            written.put("the ledger", jdbc.queryForList("SELECT adapter_id, county, source_name, status, "
                    + "failure_reason, output_name FROM rr_run").toString());
            written.put("the quarantine table", jdbc.queryForList("SELECT line_number, source_name, field, reason "
                    + "FROM rr_quarantine").toString());
            assertThat(written.get("the quarantine table")).as("the shifted row is quarantined")
                    .contains("fields, the descriptor declares");
            written.put("the determinations", jdbc.queryForList("SELECT code, offence_level, outcome, reduced_to, "
                    + "county_option, referred_to, rule_ids, reasons, rule_set FROM rr_determination").toString());
            written.put("the audit trail", jdbc.queryForList("SELECT * FROM rr_audit").toString());
        }

        List<String> hits = new ArrayList<>();
        written.forEach((where, text) -> personal.stream().filter(text::contains)
                .forEach(value -> hits.add(where + ": a personal value of " + value.length() + " characters")));
        assertThat(hits).isEmpty();
    }

    /**
     * The files that hold the county's own rows, which go back to it (results, and the exports themselves),
     * the embedded databases (their tables are read instead; the names kept for reviewers are meant to be
     * there) and the installation's secret: every other file the tool wrote is scanned, and every quarantine
     * report and reason file wherever it waits.
     */
    private static boolean countysOwnRows(Path relative) {
        String path = relative.toString().replace('\\', '/');
        String name = relative.getFileName().toString();
        if (name.endsWith("-quarantine.csv") || name.endsWith(".reason.txt")) {
            return false; // our reports, wherever they wait
        }
        return path.contains("/outbox/") || path.contains("/archive/") || path.contains("/awaiting-approval/")
                || path.contains("/inbox/") || path.contains("/failed/") || name.endsWith(".mv.db")
                || name.equals("pseudonym.key") || name.endsWith(".lock");
    }

    /** The CSV line with one field (by index) replaced, written back as the DOJ writes it. */
    private static String withValue(String line, int field, String value) throws java.io.IOException {
        List<String> fields = new ArrayList<>(org.apache.commons.csv.CSVParser.parse(line,
                org.apache.commons.csv.CSVFormat.DEFAULT).getRecords().get(0).toList());
        fields.set(field, value);
        java.io.StringWriter text = new java.io.StringWriter();
        try (var writer = new org.recordrelief.formats.DelimitedRowWriter(text,
                org.recordrelief.formats.DelimitedFormat.CSV, "\n", null)) {
            writer.write(fields);
        }
        return text.toString().stripTrailing();
    }

    /** The values of every personal column of the file samples and the fixture, long enough not to match by chance. */
    private static Set<String> personalValues(Path fixture) throws Exception {
        Set<String> values = new TreeSet<>();
        for (CompiledAdapter county : new DescriptorLoader(Map.of("WORK", "/tmp/unused"))
                .loadAll(Path.of("county-adapters"))) {
            if (!county.isFileSource() || !Files.isDirectory(county.folder().resolve("sample"))) {
                continue;
            }
            List<String> columns = county.personalColumns();
            try (Stream<Path> samples = Files.list(county.folder().resolve("sample"))) {
                List<Path> exports = new ArrayList<>(samples.toList());
                if (county.id().equals("sacramento")) {
                    exports.add(fixture);
                }
                for (Path sample : exports) {
                    try (InputStream in = Files.newInputStream(sample); RowReader rows = county.openReader(in)) {
                        while (rows.hasNext()) {
                            SourceRow row = rows.next();
                            for (String column : columns) {
                                String v = row.get(column);
                                if (v != null && v.trim().length() >= 6 && !v.trim().matches("[- ]+|0+")) {
                                    values.add(v.trim());
                                }
                            }
                        }
                    }
                }
            }
        }
        return values;
    }
}
