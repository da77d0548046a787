package org.recordrelief.adapter.mapping;

import java.time.Period;

/** The unit of a sentence length as exports write it (DOJ SENT_TIME_CODE: D, M, Y). */
public enum SentenceUnit {
    DAYS,
    MONTHS,
    YEARS;

    public Period of(int amount) {
        return switch (this) {
            case DAYS -> Period.ofDays(amount);
            case MONTHS -> Period.ofMonths(amount);
            case YEARS -> Period.ofYears(amount);
        };
    }
}
