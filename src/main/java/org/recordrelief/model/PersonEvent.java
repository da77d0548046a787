package org.recordrelief.model;

import java.time.LocalDate;
import java.util.Objects;

/** A registration or death in a person's history; the date may be null when unknown. */
public record PersonEvent(PersonEventType type, LocalDate date) {

    public PersonEvent {
        Objects.requireNonNull(type, "type");
    }
}
