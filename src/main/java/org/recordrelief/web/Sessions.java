package org.recordrelief.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;

/**
 * Reviewers' logins: a random session id in an HttpOnly cookie, and a random token per session that every
 * form carries back (CSRF protection). A login ends after {@code idle} without a request, and after
 * {@code longest} in any case. Held in memory: a restart logs everyone out, which is what a reviewer of
 * conviction records should expect.
 */
public final class Sessions {

    /** One login. */
    public record Session(String id, String username, String csrfToken, Instant started, Instant lastSeen) {

        @Override
        public String toString() {
            return "Session[" + username + "]";
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Duration longest;
    private final Clock clock;

    public Sessions(Duration idle, Duration longest, Clock clock) {
        this.idle = idle;
        this.longest = longest;
        this.clock = clock;
    }

    /** A new login for a reviewer whose password was checked. */
    public Session start(String username) {
        Instant now = clock.instant();
        // logins that ended without a logout are forgotten here, so the map does not grow for ever
        sessions.values().removeIf(s -> expired(s, now));
        Session s = new Session(randomToken(), username, randomToken(), now, now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live login with this id, now seen again; empty (and forgotten) when it expired. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session seen = new Session(s.id(), s.username(), s.csrfToken(), s.started(), now);
        sessions.put(id, seen);
        return Optional.of(seen);
    }

    private boolean expired(Session s, Instant now) {
        return now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.started().plus(longest));
    }

    /** How many logins are held (live, or expired and not yet forgotten). */
    int held() {
        return sessions.size();
    }

    public void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** True when a form's token is the session's (compared in constant time). */
    public static boolean sameToken(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** 256 random bits, URL-safe. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
