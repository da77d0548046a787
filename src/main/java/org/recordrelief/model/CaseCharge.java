package org.recordrelief.model;

import java.time.LocalDate;

/** A count together with the case it belongs to, so rules can see the county and the cycle. */
public record CaseCharge(CourtCase courtCase, Charge charge) {

    /** The best date for the offence: the count's own date, else the arrest (cycle) date. */
    public LocalDate offenceOrArrestDate() {
        return charge.offenceDate() != null ? charge.offenceDate() : courtCase.arrestDate();
    }

    /** "caseId/chargeId": unique inside one person's history and safe to log. */
    public String reference() {
        return courtCase.caseId() + "/" + charge.chargeId();
    }
}
