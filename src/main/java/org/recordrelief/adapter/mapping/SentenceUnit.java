package org.recordrelief.adapter.mapping;

import java.time.Period;

/** The unit of a sentence length as exports write it (DOJ SENT_TIME_CODE: D, M, Y). */
public enum SentenceUnit {
    DAYS,
    MONTHS,
    YEARS;

    /** The largest length accepted: far beyond any sentence, and small enough that dates never overflow. */
    public static final long MAX_AMOUNT = 100_000;

    public Period of(int amount) {
        return switch (this) {
            case DAYS -> Period.ofDays(amount);
            case MONTHS -> Period.ofMonths(amount);
            case YEARS -> Period.ofYears(amount);
        };
    }
}
