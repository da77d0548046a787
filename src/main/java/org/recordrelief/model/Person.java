package org.recordrelief.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person as one county export knows them.
 *
 * @param personId    stable id inside record-relief; adapters derive it from the export's grouping key
 *                    and it must not be a raw identifier, so it is safe in logs and reports
 * @param name        name parts, or null
 * @param dateOfBirth date of birth, or null when the export lacks it (age-based rules then go to review)
 * @param identifiers identifiers used to match the person (CII, FBI, SSN, driver's licence, ...)
 */
public record Person(
        String personId,
        @PersonalData PersonName name,
        @PersonalData LocalDate dateOfBirth,
        @PersonalData List<PersonIdentifier> identifiers) {

    public Person {
        Objects.requireNonNull(personId, "personId");
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static Person of(String personId, LocalDate dateOfBirth) {
        return new Person(personId, null, dateOfBirth, List.of());
    }

    /** Prints the pseudonymous id only. */
    @Override
    public String toString() {
        return "Person[" + personId + "]";
    }
}
