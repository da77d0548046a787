package org.recordrelief.adapter;

import java.util.List;
import java.util.Map;
import org.recordrelief.model.IdentifierType;

/** The descriptor sections that map rows to the canonical records of docs/canonical-model.md. */
public final class RecordSpecs {

    private RecordSpecs() {
    }

    /**
     * @param key         columns (or parts of columns, cut with a regex) that identify a person; turned into a
     *                    pseudonymous person id
     * @param name        the person's name
     * @param dateOfBirth date of birth
     * @param identifiers identifier type to the value that fills it
     */
    public record PersonSpec(List<ValueSpec> key, ValueSpec name, ValueSpec dateOfBirth,
                             Map<IdentifierType, ValueSpec> identifiers) {
    }

    /**
     * @param key        columns (or parts of columns) that identify the case (cycle) within the person; each row
     *                   its own case when absent
     * @param caseNumber court case number
     * @param court      court or agency
     * @param county     county of the court; a constant for a county's own system
     * @param arrestDate arrest (cycle) date
     */
    public record CaseSpec(List<ValueSpec> key, ValueSpec caseNumber, ValueSpec court, ValueSpec county,
                           ValueSpec arrestDate) {
    }

    /**
     * @param key         columns (or parts of columns) that identify the count within the case; rows with the same key are one
     *                    count (DOJ repeats a count once per sentence part). The line number when absent.
     * @param countNumber the count's number or order, read as text (an identifier, never a small number)
     * @param code        the code section text
     */
    public record ChargeSpec(List<ValueSpec> key, ValueSpec countNumber, ValueSpec code, ValueSpec offenceDate,
                             ValueSpec disposition, ValueSpec convictionDate, ValueSpec level, SentenceSpec sentence) {
    }

    /** The sentence of a count: its date, its parts, and what the export states about completion. */
    public record SentenceSpec(ValueSpec date, List<PartSpec> parts, ValueSpec complete) {
    }

    /** One sentence part: its type (probation, jail, ...), length and unit, or an end date. */
    public record PartSpec(ValueSpec type, ValueSpec length, ValueSpec unit, ValueSpec endDate) {
    }

    /** For event rows: when it happened. */
    public record EventSpec(ValueSpec date) {
    }
}
