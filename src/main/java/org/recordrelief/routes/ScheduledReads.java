package org.recordrelief.routes;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.recordrelief.adapter.ScheduleSpec;

/**
 * How a county's schedule met its reads. Quartz never starts a county's read while the last one is going:
 * the times that came meanwhile wait, and one read is made for them when it ends. This tells how many
 * waited, so the log can say so.
 */
final class ScheduledReads {

    /** More than this many is told as "at least". */
    static final int MOST_COUNTED = 1000;

    private ScheduledReads() {
    }

    /** How many times the schedule came strictly after {@code from} and before {@code to}. */
    static int cameBetween(ScheduleSpec schedule, Instant from, Instant to) {
        CronExpression cron;
        try {
            cron = new CronExpression(schedule.cron());
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a cron expression (the descriptor check lets none through)", e);
        }
        if (schedule.timeZone() != null) {
            cron.setTimeZone(TimeZone.getTimeZone(schedule.timeZone()));
        }
        int count = 0;
        Date next = cron.getTimeAfter(Date.from(from));
        while (next != null && next.toInstant().isBefore(to) && count < MOST_COUNTED) {
            count++;
            next = cron.getTimeAfter(next);
        }
        return count;
    }
}
