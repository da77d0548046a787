package org.recordrelief.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.mapping.Pseudonymizer;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.recordrelief.pipeline.PersonRows;
import org.recordrelief.report.DeterminationChanges;
import org.recordrelief.report.DeterminationChanges.Decision;
import org.recordrelief.report.SummaryPrinter;
import org.recordrelief.report.UnmappedValues;
import org.recordrelief.routes.CountyRuns;
import org.recordrelief.routes.PseudonymKey;
import org.recordrelief.routes.RunContext;
import org.recordrelief.routes.RunOutcome;
import org.recordrelief.store.Database;
import org.recordrelief.store.OwnerOnly;
import org.recordrelief.store.QuarantineStore;
import org.recordrelief.store.RunLines;
import org.recordrelief.store.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs one export through a county's descriptor and policy as a real run would, but in a scratch database
 * and folder that are thrown away: nothing is stored, nothing written back, the export is not moved. It
 * prints what the descriptor could not map, the summary, and how the determinations differ from the
 * county's latest run, completed or awaiting a reviewer's approval.
 */
@Command(name = "dry-run", mixinStandardHelpOptions = true,
        description = "Map and evaluate an export with a county's descriptor, storing and writing back nothing; "
                + "print the values it could not map, the summary, and the changes since the county's last run.")
final class DryRunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    CountyFolderOptions folders;

    @Mixin
    StagingDatabaseOptions database;

    @Option(names = "--as-of", description = "Date ages, sentences and windows are judged on (default: today).")
    LocalDate asOf;

    @Parameters(index = "0", paramLabel = "COUNTY", description = "The county folder.")
    String county;

    @Parameters(index = "1", paramLabel = "FILE", description = "An export of that county.")
    Path file;

    @Override
    public Integer call() throws IOException {
        Logging.quiet(true);
        CompiledAdapter adapter = folders.load(List.of(county)).get(0);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("there is no file " + file.toAbsolutePath() + "; give the path of an "
                    + "export of " + county);
        }
        if (!adapter.isFileSource()) {
            throw new IllegalArgumentException(county + " is read from its database, and dry-run reads an export "
                    + "file; run it with `run " + county + "`");
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        Map<String, String> env = folders.environment();
        boolean installationKey = PseudonymKey.present(folders.work, env);
        byte[] key = installationKey ? PseudonymKey.load(folders.work, env) : randomKey();
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = OwnerOnly.folder(Files.createTempDirectory("record-relief-dry-run"));
        try (HikariDataSource db = Database.dataSource(Database.inMemoryUrl("dry-run-" + UUID.randomUUID()), "sa", "")) {
            Database.migrate(db);
            List<RunOutcome> ended = new ArrayList<>();
            CountyRuns runs = new CountyRuns(List.of(adapter), db, scratch, new Pseudonymizer(key), () -> date, true,
                    ended::add, id -> { }, (id, why) -> { });
            String name = file.getFileName().toString();
            try (InputStream in = org.recordrelief.formats.ReadAhead.open(file)) {
                RunContext run = runs.begin(adapter.id(), name, in);
                Iterator<List<PersonRows>> people = runs.people(run);
                while (people.hasNext()) {
                    runs.decide(run, people.next());
                }
                runs.writeBack(run);
                runs.finish(run);
            } catch (RuntimeException e) {
                runs.failed(adapter.id(), name, null, e, null);
                out.println("Dry run of " + county + " on " + name + ": the file cannot be read.");
                out.println("Reason: " + ended.get(ended.size() - 1).failureReason());
                out.flush();
                return 3;
            }
            RunOutcome o = ended.get(0);
            List<QuarantinedRow> quarantined = new ArrayList<>();
            new QuarantineStore(db).forEach(o.runId(), quarantined::add);
            out.println("Dry run of " + county + " on " + name + " (as of " + date + "): nothing was stored or "
                    + "written back.");
            out.println();
            out.print(UnmappedValues.format(quarantined, o.reconciliation().rowsRead()));
            if (noOffenceDate(adapter)) {
                out.println("No offence date (charge.offenceDate) or arrest date (case.arrestDate) is mapped: the age "
                        + "at the offence is unknown, so the age rules send possession counts to review "
                        + "(P64-AGE-UNKNOWN), as do convictions from 9 November 2016 on (P64-AFTER-ACT-NO-OFFENCE-DATE)."
                        + " Map one if the export has it.");
            }
            out.println();
            out.print(SummaryPrinter.format(o.summary()));
            out.println("Reconciliation: " + o.reconciliation());
            out.println();
            out.print(changes(adapter, decisions(db, o.runId()), installationKey));
            out.flush();
            return 0;
        } finally {
            deleteAll(scratch);
        }
    }

    /**
     * How the determinations differ from the county's latest run that was evaluated through: completed
     * (or approved), or awaiting a reviewer's approval, which is said.
     */
    private String changes(CompiledAdapter adapter, Map<String, Decision> now, boolean installationKey) {
        Path embedded = folders.work.resolve("record-relief.mv.db");
        if (database.dbUrl == null && !Files.exists(embedded)) {
            return "No earlier run of " + adapter.id() + " to compare with (none in " + folders.work + ").\n";
        }
        try (HikariDataSource staging = database.open(folders.work)) {
            if (!installationKey) {
                int runs = PseudonymKey.runsStaged(staging);
                return runs == 0 ? "No earlier run of " + adapter.id() + " to compare with (none in " + folders.work
                        + ").\n" : "Not compared with the earlier runs: " + PseudonymKey.missingWhileRunsStaged(
                        folders.work, runs) + "; restore the key from your backup (run refuses to make a new one "
                        + "until then).\n";
            }
            JdbcTemplate db = new JdbcTemplate(staging);
            List<Map<String, Object>> last = db.queryForList("SELECT run_id, status FROM rr_run WHERE adapter_id = ? "
                    + "AND status IN ('COMPLETED', 'APPROVED', 'AWAITING_APPROVAL') AND purged_at IS NULL "
                    + "ORDER BY run_id DESC LIMIT 1", adapter.id());
            if (last.isEmpty()) {
                return "No earlier run of " + adapter.id() + " to compare with (none completed or awaiting "
                        + "approval).\n";
            }
            long runId = ((Number) last.get(0).get("run_id")).longValue();
            boolean awaiting = RunStatus.AWAITING_APPROVAL.name().equals(last.get(0).get("status"));
            return DeterminationChanges.format("run " + runId + " of " + adapter.id() + (awaiting ? " (awaiting a "
                    + "reviewer's approval: not yet approved)" : ""), decisions(staging, runId), now);
        }
    }

    private static boolean noOffenceDate(CompiledAdapter adapter) {
        var d = adapter.descriptor();
        return (d.charge() == null || d.charge().offenceDate() == null)
                && (d.caseSpec() == null || d.caseSpec().arrestDate() == null);
    }

    private static Map<String, Decision> decisions(DataSource db, long runId) {
        Map<String, Decision> decisions = new HashMap<>();
        new JdbcTemplate(db).query("SELECT person_id, case_id, charge_id, outcome, rule_ids FROM rr_determination "
                + "WHERE " + RunLines.inRun("run_line"), rs -> {
                    decisions.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3),
                            new Decision(rs.getString(4), rs.getString(5)));
                }, RunLines.ofRun(runId));
        return decisions;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
