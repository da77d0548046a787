package org.recordrelief.store;

/** Where a run is. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    /** The source could not be read at all, or a technical failure stopped the run; nothing of it is kept. */
    FAILED,
    /**
     * The process stopped before the run ended (killed, or stopped waiting); found and marked at the next
     * start, its stored results removed and its export read again from the start.
     */
    INTERRUPTED,
    /** The export's contents were processed before by a completed run; nothing was done. */
    SKIPPED
}
