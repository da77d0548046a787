package org.recordrelief.report;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a {@link RunSummary} as the plain-text block every run ends with. */
public final class SummaryPrinter {

    private SummaryPrinter() {
    }

    public static String format(RunSummary s) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(s.county()).append(": Prop 64 determinations (").append(s.ruleSetVersion())
                .append(", as of ").append(s.asOf()).append(") ==\n");
        line(out, "Convictions eligible for relief", s.convictionsEligible());
        line(out, "Individuals with eligible convictions", s.individualsEligible());
        line(out, "Convictions dismissed", s.dismissed());
        line(out, "Convictions reduced", s.reduced());
        line(out, "Individuals left with no conviction", s.individualsLeftWithNoConviction());
        line(out, "Individuals left with no felony", s.individualsLeftWithNoFelony());
        out.append("People read: ").append(number(s.personsEvaluated()))
                .append("; related charges dismissed: ").append(number(s.relatedChargesDismissed()))
                .append("; possible plea bargains for review: ").append(number(s.pleaBargainReviews())).append('\n');
        if (s.quarantinedForReview() > 0) {
            out.append("Quarantined rows that may be convictions to decide (marked in the quarantine report; a ")
                    .append("reviewer must read them): ").append(number(s.quarantinedForReview())).append('\n');
        }
        if (s.individualsWithUnreadableRecords() > 0) {
            out.append("People with unreadable rows (see the quarantine report): ")
                    .append(number(s.individualsWithUnreadableRecords()))
                    .append("; convictions sent to review because their history may be incomplete: ")
                    .append(number(s.reviewsForIncompleteHistory())).append('\n');
        }
        out.append("By outcome: ").append(joined(s.byOutcome().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + number(e.getValue())))).append('\n');
        out.append("By code section: ").append(joined(s.byCodeSection().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + number(e.getValue())))).append('\n');
        out.append("By reason: ").append(joined(s.byReason().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + number(e.getValue())))).append('\n');
        return out.toString();
    }

    private static void line(StringBuilder out, String label, long value) {
        out.append(String.format(Locale.ROOT, "  %-40s %,10d%n", label, value));
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String joined(java.util.stream.Stream<String> parts) {
        String text = parts.collect(Collectors.joining(", "));
        return text.isEmpty() ? "none" : text;
    }
}
