package org.recordrelief.adapter;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.recordrelief.adapter.RecordSpecs.CaseSpec;
import org.recordrelief.adapter.RecordSpecs.ChargeSpec;
import org.recordrelief.adapter.RecordSpecs.EventSpec;
import org.recordrelief.adapter.RecordSpecs.PersonSpec;

/**
 * A county adapter, as written in {@code county-adapters/<county>/adapter.yaml}: where the export comes
 * from, how its rows become canonical records, which policy applies, and how results go back.
 *
 * @param county      the county's name
 * @param description what this export is, for the people who maintain it
 * @param policy      the county policy file, relative to the descriptor's folder (default policy.yaml)
 * @param source      where the export comes from and its format
 * @param rowKinds    which rows are charges, events or other (default: every row is a charge)
 * @param person      how rows identify and describe a person
 * @param caseSpec    how rows identify and describe a case
 * @param charge      how rows describe a count
 * @param event       for event rows: the date
 * @param output      how determinations go back to the county
 * @param schedule    when {@code serve} reads the county (a cron expression); {@code run} reads it at once
 * @param approval    {@code required} (the default): results wait for a reviewer's approval before they go
 *                    back to the county; {@code none}: they go back as soon as the run ends
 */
public record AdapterDescriptor(
        String county,
        String description,
        String policy,
        SourceSpec source,
        List<RowKindRule> rowKinds,
        PersonSpec person,
        @JsonProperty("case") CaseSpec caseSpec,
        ChargeSpec charge,
        EventSpec event,
        OutputSpec output,
        ScheduleSpec schedule,
        String approval) {
}
