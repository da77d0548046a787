package org.recordrelief.model;

/** A person's name split into parts. Any part may be null when the source does not give it. */
public record PersonName(@PersonalData String last, @PersonalData String first, @PersonalData String middle) {

    /** Names are personal data: never print them. */
    @Override
    public String toString() {
        return "PersonName[redacted]";
    }
}
