package org.recordrelief.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One arrest-to-disposition cycle and the court case it became.
 *
 * @param caseId     stable id of the cycle inside the person's history (safe to log)
 * @param caseNumber the court's case number, or null
 * @param court      the court or agency that decided it (name or ORI), or null
 * @param county     the county of that court, upper case ("SACRAMENTO"); decides which county may
 *                   give a determination
 * @param arrestDate date of the arrest / cycle, or null
 * @param charges    the counts
 */
public record CourtCase(
        String caseId,
        @PersonalData String caseNumber,
        String court,
        String county,
        LocalDate arrestDate,
        List<Charge> charges) {

    public CourtCase {
        Objects.requireNonNull(caseId, "caseId");
        county = county == null ? null : normaliseCounty(county);
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    /** County names compare in one spelling: upper case, single spaces, no "COUNTY" suffix. */
    public static String normaliseCounty(String county) {
        String c = Whitespace.collapse(county.trim().toUpperCase(Locale.ROOT));
        return c.endsWith(" COUNTY") ? c.substring(0, c.length() - " COUNTY".length()) : c;
    }

    public boolean isInCounty(String otherCounty) {
        return county != null && otherCounty != null && county.equals(normaliseCounty(otherCounty));
    }

    @Override
    public String toString() {
        return "CourtCase[" + caseId + ", county=" + county + ", charges=" + charges.size() + "]";
    }
}
