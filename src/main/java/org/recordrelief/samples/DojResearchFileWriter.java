package org.recordrelief.samples;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recordrelief.formats.Column;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.formats.DojResearchFile;
import org.recordrelief.model.Charge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.PersonEvent;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.code.CodeSection;

/**
 * Writes the state DOJ research file: per count an ARREST step row and a COURT step row per sentence
 * part; registrations and deaths as their own cycles.
 */
public final class DojResearchFileWriter implements ExportWriter {

    private final DelimitedRowWriter out;
    private final List<String> columns = DojResearchFile.columns().stream().map(Column::name).toList();
    private long recordId;

    public DojResearchFileWriter(Writer writer) {
        this.out = new DelimitedRowWriter(writer, DelimitedFormat.CSV, "\n", columns);
    }

    @Override
    public void write(int index, PersonHistory h) {
        int cycle = 0;
        for (CourtCase c : h.cases()) {
            cycle++;
            for (Charge ch : c.charges()) {
                Map<String, String> row = base(index, h, cycle, c);
                row.put("STP_ORDER", "1");
                row.put("STP_EVENT_DATE", Render.date(c.arrestDate(), Render.YYYYMMDD));
                row.put("STP_TYPE_DESCR", "ARREST");
                row.put("STP_ORI_DESCR", c.county() + " SHERIFF");
                charge(row, ch, index);
                emit(row);
            }
            for (Charge ch : c.charges()) {
                List<SentencePart> parts = ch.sentence().parts().isEmpty() ? Arrays.asList((SentencePart) null)
                        : ch.sentence().parts();
                int order = 0;
                for (SentencePart part : parts) {
                    Map<String, String> row = base(index, h, cycle, c);
                    row.put("STP_ORDER", "2");
                    row.put("STP_EVENT_DATE", Render.date(ch.convictionDate() != null ? ch.convictionDate()
                            : c.arrestDate().plusDays(45), Render.YYYYMMDD));
                    row.put("STP_TYPE_DESCR", "COURT");
                    row.put("STP_ORI_DESCR", c.court().toUpperCase(Locale.ROOT));
                    row.put("FE_NUM_CRT_CASE", c.caseNumber());
                    charge(row, ch, index);
                    row.put("DISP_DESCR", disposition(ch, part));
                    if (ch.isConviction()) {
                        row.put("CONV_STAT_DESCR", ch.level() == OffenceLevel.FELONY ? "FELONY"
                                : ch.level() == OffenceLevel.MISDEMEANOR ? "MISDEMEANOR" : "");
                    }
                    if (part != null) {
                        String[] length = Render.length(part);
                        row.put("SENT_ORDER", String.valueOf(++order));
                        row.put("SENT_LOC_DESCR", part.type().name());
                        row.put("SENT_LENGTH", length[0]);
                        row.put("SENT_TIME_CODE", length[1]);
                    }
                    emit(row);
                }
            }
        }
        for (PersonEvent e : h.events()) {
            cycle++;
            Map<String, String> row = base(index, h, cycle, null);
            row.put("CYC_DATE", Render.date(e.date(), Render.YYYYMMDD));
            row.put("STP_ORDER", "1");
            row.put("STP_EVENT_DATE", Render.date(e.date(), Render.YYYYMMDD));
            row.put("STP_TYPE_DESCR", e.type() == PersonEventType.DECEASED ? "DECEASED" : "REGISTRATION");
            if (e.type() == PersonEventType.PC290_REGISTRATION) {
                row.put("OFFENSE_DESCR", "290 PC-REGISTRATION OF SEX OFFENDER");
            }
            emit(row);
        }
    }

    private Map<String, String> base(int index, PersonHistory h, int cycle, CourtCase c) {
        Map<String, String> row = new HashMap<>();
        row.put("SUBJECT_ID", String.format("S%08d", index));
        row.put("CII_NUMBER", Render.identifier(h, IdentifierType.CII));
        row.put("PRI_NAME", h.person().name().last() + "," + h.person().name().first()
                + (h.person().name().middle() == null ? "" : " " + h.person().name().middle()));
        row.put("PRI_DOB", Render.date(h.person().dateOfBirth(), Render.YYYYMMDD));
        row.put("PRI_SSN", Render.identifier(h, IdentifierType.SSN));
        row.put("PRI_CDL", Render.identifier(h, IdentifierType.DRIVERS_LICENSE));
        row.put("FBI_NUMBER", Render.identifier(h, IdentifierType.FBI));
        row.put("CYC_ORDER", String.valueOf(cycle));
        if (c != null) {
            row.put("CYC_DATE", Render.date(c.arrestDate(), Render.YYYYMMDD));
            row.put("STP_ORI_CNTY_NAME", c.county());
        }
        return row;
    }

    private static void charge(Map<String, String> row, Charge ch, int index) {
        CodeSection s = (CodeSection) ch.code();
        row.put("CNT_ORDER", String.valueOf(ch.countNumber()));
        String text = Render.sectionUpper(s) + " " + s.code().name() + (index % 3 == 0 ? " - " : "-") + ch.rawCode();
        if (index % 29 == 7 && "1".equals(ch.countNumber())) {
            row.put("OFFENSE_DESCR", "SEE COMMENT FOR CHARGE");
            row.put("COMMENT_TEXT", Render.sectionUpper(s) + " " + s.code().name());
        } else {
            row.put("OFFENSE_DESCR", text);
        }
        row.put("OFFENSE_TOC", ch.level().letter());
    }

    private static String disposition(Charge ch, SentencePart part) {
        return switch (ch.disposition()) {
            case CONVICTED -> part == null ? "CONVICTED" : "CONVICTED-" + part.type().name();
            case DISMISSED -> "DISMISSED";
            case ACQUITTED -> "ACQUITTED";
            case OTHER -> "PROSECUTION DEFERRED";
        };
    }

    private void emit(Map<String, String> row) {
        row.put("RECORD_ID", String.valueOf(++recordId));
        row.put("END_OF_REC", "EOR");
        List<String> values = new ArrayList<>(columns.size());
        for (String c : columns) {
            values.add(row.getOrDefault(c, ""));
        }
        out.write(values);
    }

    @Override
    public void close() {
        out.close();
    }
}
