package org.recordrelief.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recordrelief.model.CaseCharge;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.Outcome;
import org.recordrelief.rules.Reason;

/**
 * Builds a {@link RunSummary} one person at a time, so a run of millions of rows keeps only counters
 * in memory, never the determinations.
 */
public final class SummaryAccumulator {

    private final String county;
    private final String ruleSetVersion;
    private final LocalDate asOf;
    private long persons;
    private long eligible;
    private long individuals;
    private long dismissed;
    private long reduced;
    private long leftWithNoConviction;
    private long leftWithNoFelony;
    private long related;
    private long pleaBargains;
    private long withUnreadableRecords;
    private long incompleteHistoryReviews;
    private long quarantinedForReview;
    private final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
    private final Map<String, Long> byCodeSection = new TreeMap<>();
    private final Map<String, Long> byReason = new TreeMap<>();

    public SummaryAccumulator(String county, String ruleSetVersion, LocalDate asOf) {
        this.county = county;
        this.ruleSetVersion = ruleSetVersion;
        this.asOf = asOf;
    }

    /** Adds one person's history and the determinations the rule set gave for it. */
    public synchronized void add(PersonHistory history, List<Determination> determinations) {
        persons++;
        if (history.isIncomplete()) {
            withUnreadableRecords++;
        }
        long personEligible = 0;
        for (Determination d : determinations) {
            switch (d.role()) {
                case RELATED_CHARGE -> related++;
                case POSSIBLE_PLEA_BARGAIN -> pleaBargains++;
                case PRIMARY -> {
                    countPrimary(d);
                    if (sendsToReviewForIncompleteHistory(d)) {
                        incompleteHistoryReviews++;
                    }
                    if (d.isRelief()) {
                        personEligible++;
                    }
                }
            }
        }
        if (personEligible == 0) {
            return;
        }
        eligible += personEligible;
        individuals++;
        // No streams or joined references: this runs for every person (on the evaluation thread). A
        // count is matched by its case and count ids, so "A" + "1/2" and "A/1" + "2" are two counts, not one.
        boolean convictionLeft = false;
        boolean anyFelony = false;
        boolean felonyLeft = false;
        for (CaseCharge conviction : history.convictionList()) {
            boolean dismissed = has(determinations, conviction, Outcome.DISMISS);
            convictionLeft |= !dismissed;
            if (conviction.charge().level() == OffenceLevel.FELONY) {
                anyFelony = true;
                felonyLeft |= !dismissed && !has(determinations, conviction, Outcome.REDUCE);
            }
        }
        if (!convictionLeft) {
            leftWithNoConviction++;
        }
        if (anyFelony && !felonyLeft) {
            leftWithNoFelony++;
        }
    }

    /** Whether a determination of any role gave this outcome to the count (a person has a handful). */
    private static boolean has(List<Determination> determinations, CaseCharge count, Outcome outcome) {
        for (Determination d : determinations) {
            if (d.outcome() == outcome && d.isFor(count)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sendsToReviewForIncompleteHistory(Determination d) {
        for (Reason reason : d.reasons()) {
            if (reason.isHistoryIncomplete()) {
                return true;
            }
        }
        return false;
    }

    private void countPrimary(Determination d) {
        byOutcome.merge(d.outcome(), 1L, Long::sum);
        byCodeSection.merge(codeAndSection(d.codeSection()), 1L, Long::sum);
        for (Reason reason : d.reasons()) {
            byReason.merge(reason.ruleId(), 1L, Long::sum);
        }
        if (d.outcome() == Outcome.DISMISS) {
            dismissed++;
        } else if (d.outcome() == Outcome.REDUCE) {
            reduced++;
        }
    }

    /** "HS 11357(b)" and "HS 11357" both count under "HS 11357"; "HS 11357(a) + HS 11360" under "HS 11357 + HS 11360". */
    static String codeAndSection(String canonical) {
        // Called once per conviction, so no pattern: as \([^)]*\) would, each "(" up to the first ")" after it
        // goes, and a "(" never closed stays.
        int open = canonical.indexOf('(');
        if (open < 0) {
            return canonical;
        }
        StringBuilder out = new StringBuilder(canonical.length());
        int from = 0;
        while (open >= 0) {
            int close = canonical.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            out.append(canonical, from, open);
            from = close + 1;
            open = canonical.indexOf('(', from);
        }
        return out.append(canonical, from, canonical.length()).toString();
    }

    /**
     * Adds the figures of people another accumulator summed (of the same county, rule set and date): a run's
     * evaluation thread sums each chunk of people where their histories are, and the run adds up the chunks.
     * Not the quarantined rows for review: a run sets those once, at its end ({@link #quarantinedForReview}).
     */
    public void addAll(SummaryAccumulator other) {
        RunSummary o = other.summary();
        synchronized (this) {
            persons += o.personsEvaluated();
            eligible += o.convictionsEligible();
            individuals += o.individualsEligible();
            dismissed += o.dismissed();
            reduced += o.reduced();
            leftWithNoConviction += o.individualsLeftWithNoConviction();
            leftWithNoFelony += o.individualsLeftWithNoFelony();
            related += o.relatedChargesDismissed();
            pleaBargains += o.pleaBargainReviews();
            withUnreadableRecords += o.individualsWithUnreadableRecords();
            incompleteHistoryReviews += o.reviewsForIncompleteHistory();
            o.byOutcome().forEach((k, v) -> byOutcome.merge(k, v, Long::sum));
            o.byCodeSection().forEach((k, v) -> byCodeSection.merge(k, v, Long::sum));
            o.byReason().forEach((k, v) -> byReason.merge(k, v, Long::sum));
        }
    }

    /** Quarantined rows that may be convictions the rules decide; they get no determination. */
    public synchronized void quarantinedForReview(long rows) {
        quarantinedForReview = rows;
    }

    public synchronized RunSummary summary() {
        return new RunSummary(county, ruleSetVersion, asOf, persons, eligible, individuals, dismissed, reduced,
                leftWithNoConviction, leftWithNoFelony, byOutcome, byCodeSection, byReason, related, pleaBargains,
                withUnreadableRecords, incompleteHistoryReviews, quarantinedForReview);
    }
}
