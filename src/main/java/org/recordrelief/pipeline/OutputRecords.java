package org.recordrelief.pipeline;

import java.util.HashMap;
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
        Map<String, String> v = new HashMap<>(runValues);
        v.put("person.id", row.personId());
        v.put("case.id", row.caseId());
        v.put("case.caseNumber", row.caseNumber());
        v.put("case.court", row.court());
        v.put("case.county", row.county());
        v.put("charge.id", row.chargeId());
        v.put("charge.countNumber", row.countNumber());
        v.put("charge.code", row.code() == null ? null : row.code().canonical());
        v.put("charge.rawCode", row.rawCode());
        v.put("charge.level", row.level() == null ? null : row.level().name());
        v.put("charge.disposition", row.disposition() == null ? null : row.disposition().name());
        v.put("charge.convictionDate", row.convictionDate() == null ? null : row.convictionDate().toString());
        if (d != null) {
            v.put("determination.role", d.role().name());
            v.put("determination.outcome", d.outcome().name());
            v.put("determination.reducedTo", d.reducedTo() == null ? null : d.reducedTo().name());
            v.put("determination.countyOption", d.countyOption());
            v.put("determination.referredTo", d.referredTo());
            v.put("determination.ruleIds", d.ruleIds());
            v.put("determination.reasons", d.reasonText());
            v.put("determination.relatedCharges", d.relatedCharges().isEmpty() ? null
                    : String.join(" ", d.relatedCharges()));
            v.put("determination.ruleSetVersion", d.ruleSetVersion());
        }
        return new OutputRecord(row.lineNumber(), row.rawValues(), inputColumns, v);
    }
}
