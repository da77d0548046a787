package org.recordrelief.rules.prop64;

import org.recordrelief.model.OffenceLevel;
import org.recordrelief.rules.Outcome;
import org.recordrelief.rules.Reason;

/**
 * What the statute alone decides for one conviction.
 *
 * @param outcome         the statute's outcome
 * @param reducedTo       the new level for REDUCE
 * @param reason          the statute rule that decided
 * @param countyMayChange false for results no county option may override: convictions after the Act,
 *                        exclusions the statute names, records a reviewer must read
 * @param restsOnHistory  true when the statute checked the person's history for disqualifying earlier
 *                        convictions and found none: any relief then rests on the history being whole
 */
record Baseline(Outcome outcome, OffenceLevel reducedTo, Reason reason, boolean countyMayChange,
                boolean restsOnHistory) {

    Baseline(Outcome outcome, OffenceLevel reducedTo, Reason reason, boolean countyMayChange) {
        this(outcome, reducedTo, reason, countyMayChange, false);
    }

    /** The same result, known to rest on the absence of disqualifying earlier convictions. */
    Baseline restingOnHistory() {
        return new Baseline(outcome, reducedTo, reason, countyMayChange, true);
    }

    static Baseline dismiss(Reason reason) {
        return new Baseline(Outcome.DISMISS, null, reason, true);
    }

    static Baseline reduce(OffenceLevel to, Reason reason) {
        return new Baseline(Outcome.REDUCE, to, reason, true);
    }

    /** The conduct has the same level today: no statutory relief, but a county may dismiss it. */
    static Baseline noLesserOffence(Reason reason) {
        return new Baseline(Outcome.NOT_ELIGIBLE, null, reason, true);
    }

    /** Facts a county option may make irrelevant (age, level). */
    static Baseline reviewUnlessCountyDecides(Reason reason) {
        return new Baseline(Outcome.HAND_REVIEW, null, reason, true);
    }

    static Baseline excluded(Reason reason) {
        return new Baseline(Outcome.NOT_ELIGIBLE, null, reason, false);
    }

    static Baseline review(Reason reason) {
        return new Baseline(Outcome.HAND_REVIEW, null, reason, false);
    }
}
