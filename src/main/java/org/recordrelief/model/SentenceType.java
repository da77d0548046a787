package org.recordrelief.model;

/** Parts a sentence is made of. */
public enum SentenceType {
    PROBATION,
    JAIL,
    PRISON,
    PAROLE,
    FINE,
    OTHER,
    /** The export gives a length or an end date but not what kind of sentence it was. */
    UNKNOWN
}
