package org.recordrelief.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * One part of a sentence, for example three years of probation or 30 days of jail.
 *
 * @param type    probation, jail, prison, ...
 * @param length  how long, when the export gives a length (may be null)
 * @param endDate when this part ends, when the export gives it (wins over the length)
 */
public record SentencePart(SentenceType type, Period length, LocalDate endDate) {

    public SentencePart {
        Objects.requireNonNull(type, "type");
    }

    public static SentencePart of(SentenceType type, Period length) {
        return new SentencePart(type, length, null);
    }
}
