package org.recordrelief.model;

/** A person's name split into parts. Any part may be null when the source does not give it. */
public record PersonName(String last, String first, String middle) {

    /** Names are personal data: never print them. */
    @Override
    public String toString() {
        return "PersonName[redacted]";
    }
}
