package org.recordrelief.store;

/** Where a run is. */
public enum RunStatus {
    RUNNING,
    /** Evaluated and delivered to the county (after approval, for a county that needs it). */
    COMPLETED,
    /** Evaluated; the results wait for a reviewer to approve or reject them, and nothing was delivered. */
    AWAITING_APPROVAL,
    /** A reviewer approved the results and they are being delivered (again at the next start, if stopped). */
    APPROVED,
    /** A reviewer rejected the results; they are never delivered. */
    REJECTED,
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
