package org.recordrelief.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each incrementally read county's watermark: how far its database has been read by completed runs. Kept
 * as text with its kind ({@code time:2026-11-26T02:30:00.123} or {@code number:4711}), so that it goes
 * back to the county's database as the type it came as.
 */
public final class Watermarks {

    private final DataSource dataSource;

    public Watermarks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The county's watermark, as a value for a JDBC parameter; empty when it has never completed a read. */
    public Optional<Object> of(String adapterId) {
        List<String> found = new JdbcTemplate(dataSource).queryForList("SELECT watermark FROM rr_watermark WHERE "
                + "adapter_id = ?", String.class, adapterId);
        return found.stream().findFirst().map(Watermarks::parse);
    }

    /** Moves the county's watermark on, after the run that read up to it completed. */
    public void advance(String adapterId, Object watermark, long runId) {
        String text = format(watermark);
        Jdbc.inTransaction(dataSource, con -> {
            try (var delete = con.prepareStatement("DELETE FROM rr_watermark WHERE adapter_id = ?");
                 var insert = con.prepareStatement("INSERT INTO rr_watermark (adapter_id, watermark, run_id, "
                         + "updated_at) VALUES (?, ?, ?, ?)")) {
                delete.setString(1, adapterId);
                delete.executeUpdate();
                insert.setString(1, adapterId);
                insert.setString(2, text);
                insert.setLong(3, runId);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        });
    }

    /** A watermark value as the county's driver returned it: a time or a number. */
    static String format(Object watermark) {
        if (watermark instanceof Timestamp t) {
            return "time:" + t.toLocalDateTime();
        }
        if (watermark instanceof LocalDateTime t) {
            return "time:" + t;
        }
        if (watermark instanceof java.time.OffsetDateTime t) {
            return "time:" + t.toLocalDateTime();
        }
        if (watermark instanceof Number n) {
            return "number:" + new BigDecimal(n.toString()).toPlainString();
        }
        throw new IllegalArgumentException("the changes query's 'changed' column gives a "
                + (watermark == null ? "null" : watermark.getClass().getSimpleName())
                + ", not a timestamp or a number; make it a last-updated time or a sequence number");
    }

    static Object parse(String text) {
        if (text.startsWith("time:")) {
            return Timestamp.valueOf(LocalDateTime.parse(text.substring(5)));
        }
        if (text.startsWith("number:")) {
            return new BigDecimal(text.substring(7));
        }
        throw new IllegalStateException("rr_watermark holds '" + text + "', which is neither a time nor a number");
    }

    /** Forgets a county's watermark: its next read is a whole one (a reviewer rejected what was read). */
    public void forget(String adapterId) {
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).update("DELETE FROM rr_watermark WHERE adapter_id = ?",
                adapterId);
    }
}
