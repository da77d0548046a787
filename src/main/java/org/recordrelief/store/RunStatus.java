package org.recordrelief.store;

/** Where a run is. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    /** The source could not be read at all, or a technical failure stopped the run; nothing of it is kept. */
    FAILED
}
