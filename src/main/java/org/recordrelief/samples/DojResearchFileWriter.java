package org.recordrelief.samples;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
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
import org.recordrelief.model.code.LegalCode;
import org.recordrelief.model.code.SectionModifier;

/**
 * Writes the state DOJ research file with the value sets of the state's own file: per cycle an
 * {@code ARREST/DETAINED/CITED} step with a row per count and a {@code COURT ACTION} step with a row per
 * sentence part of each count; registrations and deaths as their own cycles; {@code -} where the state has
 * no value. {@code CNT_ORDER} is the 12-digit cycle-step-count-part identifier. Code sections come in the
 * spellings the state's file uses ({@code 11357(B) HS}, {@code 11357B HS}, {@code 11357B2 HS},
 * {@code 11360(B) SELL/FURNISH/ETC MARIJUANA/HASH}, {@code 484(A)/490.5 PC}, {@code SEE COMMENT FOR CHARGE}).
 */
public final class DojResearchFileWriter implements ExportWriter {

    /** What the state writes in a column it has no value for. */
    static final String NO_VALUE = "  -  ";
    private static final String ARREST = "ARREST/DETAINED/CITED";
    private static final String COURT = "COURT ACTION";

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
            int count = 0;
            for (Charge ch : c.charges()) {
                Map<String, String> row = base(index, h, c);
                row.put("CNT_ORDER", countOrder(cycle, 1, ++count, 0));
                row.put("STP_EVENT_DATE", Render.date(c.arrestDate(), Render.YYYYMMDD));
                row.put("STP_TYPE_DESCR", ARREST);
                row.put("STP_ORI_DESCR", c.county() + " SHERIFF");
                offence(row, ch, index, count);
                emit(row);
            }
            count = 0;
            for (Charge ch : c.charges()) {
                count++;
                List<SentencePart> parts = ch.sentence().parts().isEmpty() ? Collections.singletonList(null)
                        : ch.sentence().parts();
                int part = 0;
                for (SentencePart p : parts) {
                    Map<String, String> row = base(index, h, c);
                    row.put("CNT_ORDER", countOrder(cycle, 2, count, part));
                    row.put("STP_EVENT_DATE", Render.date(ch.convictionDate() != null ? ch.convictionDate()
                            : c.arrestDate().plusDays(45), Render.YYYYMMDD));
                    row.put("STP_TYPE_DESCR", COURT);
                    row.put("STP_ORI_DESCR", c.court().toUpperCase(Locale.ROOT));
                    row.put("FE_NUM_CRT_CASE", c.caseNumber());
                    offence(row, ch, index, count);
                    row.put("DISP_DESCR", disposition(ch, p, index));
                    if (ch.isConviction()) {
                        // Some rows leave CONV_STAT_DESCR blank: the type of charge then gives the level.
                        row.put("CONV_STAT_DESCR", index % 5 == 4 ? "" : ch.level().name());
                    }
                    if (p != null) {
                        sentence(row, p, index + part);
                    }
                    emit(row);
                    part++;
                }
            }
        }
        for (PersonEvent e : h.events()) {
            cycle++;
            Map<String, String> row = base(index, h, null);
            row.put("CYC_DATE", Render.date(e.date(), Render.YYYYMMDD));
            row.put("CNT_ORDER", countOrder(cycle, 1, 1, 0));
            row.put("STP_EVENT_DATE", Render.date(e.date(), Render.YYYYMMDD));
            row.put("STP_TYPE_DESCR", e.type() == PersonEventType.DECEASED ? "DECEASED" : "REGISTRATION");
            if (e.type() == PersonEventType.PC290_REGISTRATION) {
                row.put("OFFENSE_DESCR", "290 PC-REGISTRATION OF SEX OFFENDER");
            }
            emit(row);
        }
        if (index % 13 == 4) {
            // A registration that is not a sex-offender one: kept, never read as PC 290.
            Map<String, String> row = base(index, h, null);
            row.put("CNT_ORDER", countOrder(++cycle, 1, 1, 0));
            row.put("STP_TYPE_DESCR", "REGISTRATION");
            row.put("OFFENSE_DESCR", "11590 HS-REGISTRATION OF CONTROLLED SUBSTANCE OFFENDER");
            emit(row);
        }
    }

    /** Cycle, step, count and sentence part, three digits each: {@code 003001001000}. */
    static String countOrder(int cycle, int step, int count, int part) {
        return String.format("%03d%03d%03d%03d", cycle, step, count, part);
    }

    private Map<String, String> base(int index, PersonHistory h, CourtCase c) {
        Map<String, String> row = new HashMap<>();
        row.put("SUBJECT_ID", String.format("%08d", 10_000_000 + index));
        row.put("CII_NUMBER", Render.identifier(h, IdentifierType.CII));
        row.put("PRI_NAME", h.person().name().last() + "," + h.person().name().first()
                + (h.person().name().middle() == null ? "" : " " + h.person().name().middle()));
        row.put("PRI_DOB", Render.date(h.person().dateOfBirth(), Render.YYYYMMDD));
        row.put("PRI_SSN", Render.identifier(h, IdentifierType.SSN));
        row.put("PRI_CDL", Render.identifier(h, IdentifierType.DRIVERS_LICENSE));
        row.put("FBI_NUMBER", Render.identifier(h, IdentifierType.FBI));
        if (c != null) {
            row.put("CYC_DATE", Render.date(c.arrestDate(), Render.YYYYMMDD));
            row.put("STP_ORI_CNTY_NAME", c.county());
        }
        return row;
    }

    /** OFFENSE_DESCR (or COMMENT_TEXT) and OFFENSE_TOC, in one of the spellings of the state's file. */
    private static void offence(Map<String, String> row, Charge ch, int index, int count) {
        CodeSection s = (CodeSection) ch.code();
        String text = spelled(s, ch.rawCode(), (index + count) % 6);
        if (index % 29 == 7 && count == 1) {
            row.put("OFFENSE_DESCR", "SEE COMMENT FOR CHARGE");
            row.put("COMMENT_TEXT", text);
        } else if (index % 31 == 11 && count == 1) {
            row.put("OFFENSE_DESCR", NO_VALUE);
            row.put("COMMENT_TEXT", text);
        } else {
            row.put("OFFENSE_DESCR", text);
        }
        row.put("OFFENSE_TOC", ch.level().letter());
    }

    /**
     * The section as the state's file may write it. The glued spellings re-code old subdivisions the way the
     * state's code table does: old 11357(c) (more than 28.5 g) as {@code 11357B2}, old 11360(a) as
     * {@code 11360A2}; both mean the same offence to the rules.
     */
    static String spelled(CodeSection s, String description, int style) {
        String code = s.code().name();
        String number = Render.sectionUpper(s);
        boolean cannabis = s.code() == LegalCode.HS && s.section().matches("1135[789]|11360");
        if (cannabis && s.modifier() == SectionModifier.NONE) {
            String glued = glued(s);
            if (style == 2 && glued != null) {
                return glued + " " + code + "-" + description;
            }
            if (style == 3 && s.section().equals("11360")) {
                return number + " SELL/FURNISH/ETC MARIJUANA/HASH";
            }
        }
        if (style == 4 && s.is(LegalCode.PC, "484") && "a".equals(s.subdivision())) {
            return "484(A)/490.5 PC-THEFT/PETTY THEFT MERCHANDISE";
        }
        return number + " " + code + (style == 1 ? " - " : "-") + description;
    }

    private static String glued(CodeSection s) {
        String section = s.section();
        if (section.equals("11357") && "c".equals(s.subdivision())) {
            return "11357B2";
        }
        if (section.equals("11360") && "a".equals(s.subdivision()) && s.subdivisions().size() == 1) {
            return "11360A2";
        }
        if (s.subdivisions().size() == 1 && s.subdivision().matches("[a-z]")) {
            return section + s.subdivision().toUpperCase(Locale.ROOT);
        }
        return null;
    }

    private static void sentence(Map<String, String> row, SentencePart part, int variant) {
        String[] length = Render.length(part);
        // The state often leaves the kind of a sentence part blank; its length still counts.
        row.put("SENT_LOC_DESCR", variant % 4 == 3 ? (variant % 8 == 3 ? "" : NO_VALUE) : part.type().name());
        row.put("SENT_LENGTH", length[0]);
        row.put("SENT_TIME_CODE", length[1]);
    }

    private static String disposition(Charge ch, SentencePart part, int index) {
        return switch (ch.disposition()) {
            case CONVICTED -> part == null || index % 2 == 0 ? "CONVICTED" : "CONVICTED-" + part.type().name();
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
            String value = row.get(c);
            values.add(value != null ? value : c.endsWith("_SEG_SEP") ? "#" : NO_VALUE);
        }
        out.write(values);
    }

    @Override
    public long rowsWritten() {
        return recordId;
    }

    @Override
    public void close() {
        out.close();
    }
}
