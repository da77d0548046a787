package org.recordrelief.adapter;

/**
 * When {@code serve} reads a county: a Quartz cron expression (seconds, minutes, hours, day of month,
 * month, day of week), such as {@code "0 30 2 * * ?"} for 02:30 every night, in the county's time zone.
 * {@code run} ignores it and reads every county once.
 *
 * @param cron     the Quartz cron expression
 * @param timeZone the zone it is read in, e.g. {@code America/Los_Angeles} (default: the machine's)
 */
public record ScheduleSpec(String cron, String timeZone) {
}
