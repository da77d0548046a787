package org.recordrelief.pipeline;

import java.util.Map;
import org.recordrelief.adapter.OutputRecord;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.formats.Columns;
import org.recordrelief.rules.Determination;

/** What an output row is made from: an input row, and the determination of its count when it has one. */
final class OutputRecords {

    private OutputRecords() {
    }

    static OutputRecord of(MappedRow row, Determination d, Columns inputColumns, Map<String, String> runValues) {
        return new OutputRecord(row.lineNumber(), row.rawValues(), inputColumns, key -> value(key, row, d, runValues));
    }

    /** The value of one of {@link org.recordrelief.adapter.OutputKeys}; null when the row has none. */
    private static String value(String key, MappedRow row, Determination d, Map<String, String> runValues) {
        // Asked once per result column of every row: most columns are a determination's, and most rows have none.
        if (key.startsWith("determination.")) {
            return determination(key, d);
        }
        return switch (key) {
            case "person.id" -> row.personId();
            case "case.id" -> row.caseId();
            case "charge.id" -> row.chargeId();
            default -> key.startsWith("case.") ? courtCase(key, row.courtCase()) : key.startsWith("charge.")
                    ? charge(key, row.charge()) : runValues.get(key);
        };
    }

    private static String courtCase(String key, MappedRow.CasePart c) {
        if (c == null) {
            return null;
        }
        return switch (key) {
            case "case.caseNumber" -> c.caseNumber();
            case "case.court" -> c.court();
            case "case.county" -> c.county();
            default -> null;
        };
    }

    private static String charge(String key, MappedRow.ChargePart c) {
        if (c == null) {
            return null;
        }
        return switch (key) {
            case "charge.countNumber" -> c.countNumber();
            case "charge.code" -> c.code() == null ? null : c.code().canonical();
            case "charge.rawCode" -> c.rawCode();
            case "charge.level" -> c.level() == null ? null : c.level().name();
            case "charge.disposition" -> c.disposition() == null ? null : c.disposition().name();
            case "charge.convictionDate" -> c.convictionDate() == null ? null : c.convictionDate().toString();
            default -> null;
        };
    }

    private static String determination(String key, Determination d) {
        if (d == null) {
            return null;
        }
        return switch (key) {
            case "determination.role" -> d.role().name();
            case "determination.outcome" -> d.outcome().name();
            case "determination.reducedTo" -> d.reducedTo() == null ? null : d.reducedTo().name();
            case "determination.countyOption" -> d.countyOption();
            case "determination.referredTo" -> d.referredTo();
            case "determination.ruleIds" -> d.ruleIds();
            case "determination.reasons" -> d.reasonText();
            case "determination.relatedCharges" -> d.relatedCharges().isEmpty() ? null
                    : String.join(" ", d.relatedCharges());
            case "determination.ruleSetVersion" -> d.ruleSetVersion();
            default -> null;
        };
    }
}
