package org.recordrelief.rules;

/** The recommendation for one conviction. A prosecutor approves it; it is not a court order. */
public enum Outcome {
    /** Dismiss and seal: the conduct is now lawful, or county policy dismisses it. */
    DISMISS,
    /** Redesignate at a lower level (felony to misdemeanor, misdemeanor to infraction). */
    REDUCE,
    /** No relief: the statute does not reach it and no county option applies. */
    NOT_ELIGIBLE,
    /** A person must decide: facts are missing, or county policy routes it to review or to another agency. */
    HAND_REVIEW
}
