package org.recordrelief.model;

import java.util.Objects;

/** One identifier of a person. Every identifier value is personal data. */
public record PersonIdentifier(IdentifierType type, @PersonalData String value) {

    public PersonIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "PersonIdentifier[" + type + "=redacted]";
    }
}
