package org.recordrelief.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A sentence on one count.
 *
 * @param sentenceDate      the date the sentence was pronounced; null means "use the conviction date"
 * @param parts             probation, jail, prison, ... with lengths and/or end dates
 * @param reportedComplete  what the export states about completion, or null when it says nothing
 */
public record Sentence(LocalDate sentenceDate, List<SentencePart> parts, Boolean reportedComplete) {

    public static final Sentence NONE = new Sentence(null, List.of(), null);

    public Sentence {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public static Sentence of(LocalDate sentenceDate, SentencePart... parts) {
        return new Sentence(sentenceDate, List.of(parts), null);
    }

    /**
     * The day the whole sentence ends. An explicit end date wins; parts given only as lengths run one
     * after another from the sentence date, so their lengths add up (DOJ lists jail and probation of one
     * sentence as separate rows).
     */
    public Optional<LocalDate> endDate(LocalDate fallbackStart) {
        LocalDate start = sentenceDate != null ? sentenceDate : fallbackStart;
        LocalDate latest = null;
        Period running = Period.ZERO;
        boolean anyLength = false;
        for (SentencePart part : parts) {
            if (part.endDate() != null) {
                latest = later(latest, part.endDate());
            } else if (part.length() != null) {
                try {
                    running = running.plus(part.length());
                } catch (ArithmeticException tooLong) {
                    running = Period.ofYears(Integer.MAX_VALUE);
                }
                anyLength = true;
            }
        }
        if (anyLength && start != null) {
            latest = later(latest, plusClamped(start, running));
        }
        return Optional.ofNullable(latest);
    }

    /** Judged on {@code asOf}: a sentence that ends on or before that day is complete. */
    public SentenceStatus status(LocalDate asOf, LocalDate fallbackStart) {
        if (reportedComplete != null) {
            return reportedComplete ? SentenceStatus.COMPLETE : SentenceStatus.SERVING;
        }
        return endDate(fallbackStart)
                .map(end -> end.isAfter(asOf) ? SentenceStatus.SERVING : SentenceStatus.COMPLETE)
                .orElse(SentenceStatus.UNKNOWN);
    }

    /** A sentence too long for the calendar never ends: it is not dropped, and it never overflows. */
    private static LocalDate plusClamped(LocalDate start, Period length) {
        try {
            return start.plus(length);
        } catch (DateTimeException | ArithmeticException tooFar) {
            return LocalDate.MAX;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
