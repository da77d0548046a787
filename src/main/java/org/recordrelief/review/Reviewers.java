package org.recordrelief.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviewer accounts in the staging database: a bcrypt hash of each password (never the password) and the
 * counties each reviewer belongs to. Created and changed by the {@code admin} command only.
 */
public final class Reviewers {

    /** Shorter passwords are refused: reviewers see conviction records. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(12);
    /** Compared against when the user does not exist, so that a wrong name takes as long as a wrong password. */
    private static final String NO_SUCH_USER = BCRYPT.encode("no such reviewer, no such password");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public Reviewers(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(
                dataSource));
    }

    /** Creates a reviewer, or replaces their password and counties when they exist; true when created. */
    public boolean save(String username, char[] password, Set<String> counties) {
        checkName(username);
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password is too short: use at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("name at least one county the reviewer belongs to (--county)");
        }
        String hash = BCRYPT.encode(java.nio.CharBuffer.wrap(password));
        return Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.update("DELETE FROM rr_reviewer_county WHERE username = ?", username);
            boolean created = jdbc.update("UPDATE rr_reviewer SET password_hash = ?, disabled = FALSE WHERE username = ?",
                    hash, username) == 0;
            if (created) {
                jdbc.update("INSERT INTO rr_reviewer (username, password_hash, created_at, disabled) VALUES (?, ?, ?, "
                        + "FALSE)", username, hash, Timestamp.from(Instant.now()));
            }
            for (String county : counties) {
                jdbc.update("INSERT INTO rr_reviewer_county (username, adapter_id) VALUES (?, ?)", username, county);
            }
            return created;
        }));
    }

    /** The reviewer, when the name and password match an account that is not disabled. */
    public Optional<Reviewer> authenticate(String username, char[] password) {
        List<String> hashes = jdbc.queryForList("SELECT password_hash FROM rr_reviewer WHERE username = ? AND NOT "
                + "disabled", String.class, username == null ? "" : username);
        boolean matches = BCRYPT.matches(java.nio.CharBuffer.wrap(password), hashes.isEmpty() ? NO_SUCH_USER
                : hashes.get(0));
        return matches && !hashes.isEmpty() ? find(username) : Optional.empty();
    }

    public Optional<Reviewer> find(String username) {
        List<String> names = jdbc.queryForList("SELECT username FROM rr_reviewer WHERE username = ? AND NOT disabled",
                String.class, username);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Set<String> counties = new HashSet<>(jdbc.queryForList("SELECT adapter_id FROM rr_reviewer_county WHERE "
                + "username = ?", String.class, username));
        return Optional.of(new Reviewer(username, counties));
    }

    /** Stops an account from logging in; its name stays in the audit trail. */
    public boolean disable(String username) {
        return jdbc.update("UPDATE rr_reviewer SET disabled = TRUE WHERE username = ?", username) == 1;
    }

    /** Every account, with its counties and whether it is disabled, for the admin command. */
    public List<String> describeAll() {
        return jdbc.query("SELECT r.username, r.disabled, (SELECT STRING_AGG(c.adapter_id, ', ' ORDER BY c.adapter_id) "
                + "FROM rr_reviewer_county c WHERE c.username = r.username) AS counties FROM rr_reviewer r ORDER BY "
                + "r.username", (rs, i) -> rs.getString("username") + " (" + rs.getString("counties") + ")"
                + (rs.getBoolean("disabled") ? " disabled" : ""));
    }

    private static void checkName(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalArgumentException("a user name is 1 to 100 letters, digits, '.', '_', '@' or '-'");
        }
    }
}
