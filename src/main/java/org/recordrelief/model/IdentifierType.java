package org.recordrelief.model;

/** Kinds of identifier a county export may carry to match a person across systems. */
public enum IdentifierType {
    /** California Criminal Identification and Information number (state rap-sheet number). */
    CII,
    /** FBI number. */
    FBI,
    /** Social Security number. */
    SSN,
    /** Driver's licence number. */
    DRIVERS_LICENSE,
    /** The subject id of the state DOJ research file. */
    DOJ_SUBJECT_ID,
    /** A county system's own person number (for example San Francisco's SFNO). */
    COUNTY_PERSON_ID,
    /** Any other identifier; its meaning is documented in the county's descriptor. */
    OTHER
}
