package org.recordrelief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-26T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();
    private final Sessions sessions = new Sessions(Duration.ofMinutes(30), Duration.ofHours(8), clock);

    @Test
    void aLoginEndsAfterThirtyIdleMinutes() {
        Sessions.Session s = sessions.start("dana");
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).isPresent();
        clock.now = clock.now.plus(Duration.ofMinutes(30)).plusSeconds(1);
        assertThat(sessions.find(s.id())).isEmpty();
    }

    @Test
    void aBusyLoginStillEndsAfterEightHours() {
        Sessions.Session s = sessions.start("dana");
        for (int i = 0; i < 16; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(29));
            assertThat(sessions.find(s.id())).as("after %d requests", i + 1).isPresent();
        }
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.find(s.id())).as("8 h 13 min after the login").isEmpty();
    }

    @Test
    void expiredLoginsAreForgottenWhenTheNextOneStarts() {
        sessions.start("dana");
        sessions.start("sam");
        clock.now = clock.now.plus(Duration.ofHours(1));
        sessions.start("lee");
        assertThat(sessions.held()).isEqualTo(1);
    }

    @Test
    void logoutEndsTheLoginAndUnknownIdsFindNothing() {
        Sessions.Session s = sessions.start("dana");
        sessions.end(s.id());
        assertThat(sessions.find(s.id())).isEmpty();
        assertThat(sessions.find("made-up")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void eachLoginHasItsOwnRandomIdAndFormToken() {
        Sessions.Session a = sessions.start("dana");
        Sessions.Session b = sessions.start("dana");
        assertThat(a.id()).isNotEqualTo(b.id()).hasSize(43);
        assertThat(a.csrfToken()).isNotEqualTo(b.csrfToken()).isNotEqualTo(a.id());
        assertThat(Sessions.sameToken(a.csrfToken(), a.csrfToken())).isTrue();
        assertThat(Sessions.sameToken(a.csrfToken(), b.csrfToken())).isFalse();
        assertThat(Sessions.sameToken(a.csrfToken(), "")).isFalse();
        assertThat(Sessions.sameToken(null, null)).isFalse();
    }
}
