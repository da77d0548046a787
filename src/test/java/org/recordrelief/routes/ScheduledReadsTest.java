package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recordrelief.adapter.ScheduleSpec;

class ScheduledReadsTest {

    @Test
    void countsTheTimesTheScheduleCameDuringARead() {
        ScheduleSpec everySecond = new ScheduleSpec("* * * * * ?", null);
        Instant start = Instant.parse("2026-11-26T02:00:00.500Z");
        assertThat(ScheduledReads.cameBetween(everySecond, start, start.plusMillis(3_000))).isEqualTo(3);
        assertThat(ScheduledReads.cameBetween(everySecond, start, start.plusMillis(400))).isZero();
    }

    /** 02:30 every night, Pacific time: a read from 02:00 to 03:00 UTC is not overrun; one across 10:30 UTC is. */
    @Test
    void readsTheCronInTheCountysTimeZone() {
        ScheduleSpec nightly = new ScheduleSpec("0 30 2 * * ?", "America/Los_Angeles");
        assertThat(ScheduledReads.cameBetween(nightly, Instant.parse("2026-11-26T02:00:00Z"),
                Instant.parse("2026-11-26T03:00:00Z"))).isZero();
        assertThat(ScheduledReads.cameBetween(nightly, Instant.parse("2026-11-26T10:00:00Z"),
                Instant.parse("2026-11-26T11:00:00Z"))).isEqualTo(1);
    }
}
