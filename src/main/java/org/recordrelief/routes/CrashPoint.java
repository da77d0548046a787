package org.recordrelief.routes;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the crash tests stop the process at a chosen stage of a run, as {@code kill -9} would (no shutdown
 * hooks, nothing flushed), so that a restart can be checked against a run that was never stopped. A stage
 * reached in microseconds (a delivery) cannot be hit by killing from outside.
 *
 * <p>The system property {@value #PROPERTY} names the county folder and the stage, optionally with which
 * time the stage is reached: {@code sacramento/evaluate/3}. It is never set outside those tests; unset, a
 * check costs one comparison.
 */
final class CrashPoint {

    static final String PROPERTY = "recordrelief.crashAt";
    /** The exit status of a process ended by SIGKILL. */
    private static final int KILLED = 137;

    private static final String AT;
    private static final int NTH;
    private static final AtomicInteger REACHED = new AtomicInteger();

    static {
        String[] at = System.getProperty(PROPERTY, "").split("/");
        AT = at.length < 2 ? null : at[0] + "/" + at[1];
        NTH = at.length < 3 ? 1 : Integer.parseInt(at[2]);
    }

    private CrashPoint() {
    }

    static void reached(String adapterId, String stage) {
        if (AT != null && AT.equals(adapterId + "/" + stage) && REACHED.incrementAndGet() == NTH) {
            System.err.println("crash point: stopping " + adapterId + " at " + stage);
            System.err.flush();
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
