package org.recordrelief.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** Level of an offence as convicted: felony, misdemeanor, infraction, or not known. */
public enum OffenceLevel {
    FELONY("F"),
    MISDEMEANOR("M"),
    INFRACTION("I"),
    UNKNOWN("?");

    private final String letter;

    OffenceLevel(String letter) {
        this.letter = letter;
    }

    /** The one-letter form used by DOJ (OFFENSE_TOC) and most county systems. */
    public String letter() {
        return letter;
    }

    /** Accepts the name or the letter, in any case, so county staff may write {@code F} or {@code FELONY}. */
    @JsonCreator
    public static OffenceLevel parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("offence level is missing");
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (OffenceLevel level : values()) {
            if (level.name().equals(t) || level.letter.equals(t)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown offence level '" + text + "' (use F, M or I)");
    }
}
