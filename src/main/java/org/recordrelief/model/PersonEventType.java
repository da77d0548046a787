package org.recordrelief.model;

/** Events in a history that are not convictions but change what the rules decide. */
public enum PersonEventType {
    /** The person registered as a sex offender under PC 290. */
    PC290_REGISTRATION,
    /** The person has died. */
    DECEASED
}
