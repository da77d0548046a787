package org.recordrelief.model;

/** Whether a sentence has been served on a given date. */
public enum SentenceStatus {
    COMPLETE,
    SERVING,
    /** The export says too little to tell; rules treat this as "not shown to be complete". */
    UNKNOWN
}
