package org.recordrelief.model;

/** What the court decided on a count, in the classes the rules need. */
public enum DispositionClass {
    CONVICTED,
    DISMISSED,
    ACQUITTED,
    /** Anything else: pending, diverted, transferred, unknown. Never treated as a conviction. */
    OTHER
}
