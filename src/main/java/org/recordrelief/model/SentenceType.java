package org.recordrelief.model;

/** Parts a sentence is made of. */
public enum SentenceType {
    PROBATION,
    JAIL,
    PRISON,
    PAROLE,
    FINE,
    OTHER
}
