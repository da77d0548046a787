package org.recordrelief.adapter;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** What a source row contributes to a history. */
public enum RowKind {
    CHARGE,
    EVENT,
    /** Kept for the write-back, not evaluated (DOJ arrest and custody steps). */
    OTHER;

    @JsonCreator
    public static RowKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown row kind '" + text + "' (use charge, event or other)");
        }
    }
}
