package org.recordrelief.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one number that keys a row of a run's bulk tables ({@code rr_determination}, {@code rr_person}):
 * {@code run_line = run_id * 10,000,000,000 + line}, so that run 17's line 4,521 is 170000004521, readable as
 * both. H2 stores a table by a single whole-number key, and a pair of columns would cost a second index written
 * and checked on every insert (Flyway V16). A run's rows are the key's range {@link #first} to {@link #last}.
 */
public final class RunLines {

    /** Lines of an export a run may key: ten billion, some seven terabytes of DOJ rows. */
    static final long LINES_PER_RUN = 10_000_000_000L;
    private static final long MAX_RUN_ID = Long.MAX_VALUE / LINES_PER_RUN - 1;

    private RunLines() {
    }

    /** The key of a run's line; fails on a line or run beyond what the key holds, never wrapping into another run. */
    public static long key(long runId, long line) {
        checkRun(runId);
        if (line < 0) {
            throw new StoreException("line " + line + " of run " + runId + " is not a line of an export");
        }
        if (!holds(line)) {
            throw new StoreException("line " + line + " of run " + runId + " is beyond the " + (LINES_PER_RUN - 1)
                    + " lines a run can store; split the export into smaller files");
        }
        return runId * LINES_PER_RUN + line;
    }

    /** Whether a run's rows can have this line: none has one the key cannot hold. */
    public static boolean holds(long line) {
        return line >= 0 && line < LINES_PER_RUN;
    }

    /** The smallest key of the run's rows. */
    public static long first(long runId) {
        checkRun(runId);
        return runId * LINES_PER_RUN;
    }

    /** The largest key of the run's rows. */
    public static long last(long runId) {
        return first(runId) + LINES_PER_RUN - 1;
    }

    /** The SQL condition that picks a run's rows by their key column (a range of it); {@link #ofRun} fills it in. */
    public static String inRun(String keyColumn) {
        return keyColumn + " BETWEEN ? AND ?";
    }

    /** The arguments of {@link #inRun} for this run. */
    public static Object[] ofRun(long runId) {
        return new Object[] {first(runId), last(runId)};
    }

    /** Removes a run's rows from a bulk table ({@code rr_determination} or {@code rr_person}). */
    static void deleteRun(JdbcTemplate jdbc, String table, long runId) {
        jdbc.update("DELETE FROM " + table + " WHERE " + inRun("run_line"), ofRun(runId));
    }

    private static void checkRun(long runId) {
        if (runId < 0 || runId > MAX_RUN_ID) {
            throw new StoreException("run id " + runId + " is beyond the " + MAX_RUN_ID + " runs the bulk tables key");
        }
    }
}
