package org.recordrelief.samples;

import java.io.Writer;
import java.util.List;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowWriter;
import org.recordrelief.model.Charge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.code.CodeSection;

/**
 * Writes a San Francisco DA case-management export: one row per charge, MMDDYY dates, LAST/FIRST names,
 * charges like 11357(C)HS, numeric disposition codes, zero-padded numbers and a trailing EOR field.
 * Only the county's own cases are in a county system.
 */
public final class SanFranciscoCmsWriter implements ExportWriter {

    public static final List<String> HEADER = List.of("Court Number", "Ind", "Incident Number", "Truename",
            "Case Level", "Case Dispo", "Case Disposition Description", "Dispo Date", "Action Number", "1st Filed",
            "Charge Level", "Charge Date", "Current Charge", "Current Level", "Current Charge Description", "Chg Disp",
            "Charge Disposition Description", "Ch Dispo Date", "Booked Charge", " Booked Charge Level",
            " Booked Charge Date", " Race", "Sex", "DOB", "SFNO", "CII", "FBI", "SSN", "DL Number");
    private static final String[] RACE = {"W", "B", "H", "A", "O"};

    private final DelimitedRowWriter out;

    public SanFranciscoCmsWriter(Writer writer) {
        try {
            // The county's header is written as its system writes it: unquoted, ending with a comma.
            writer.write(String.join(",", HEADER) + ",\r\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.out = new DelimitedRowWriter(writer, new DelimitedFormat(",", "\"", false, "EOR"), "\r\n", null);
    }

    private long rows;

    @Override
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void write(int index, PersonHistory h) {
        int caseNo = 0;
        for (CourtCase c : h.cases()) {
            caseNo++;
            String court = String.format("%09d", 10_000 + index * 10 + caseNo);
            String incident = String.format("%09d", 500_000 + index * 10 + caseNo);
            Charge lead = c.charges().get(0);
            for (Charge ch : c.charges()) {
                CodeSection s = (CodeSection) ch.code();
                String current = Render.sectionUpper(s) + s.code().name();
                String[] dispo = dispo(ch, index);
                String dispoDate = Render.date(ch.convictionDate() != null ? ch.convictionDate()
                        : c.arrestDate().plusDays(45), Render.MMDDYY);
                rows++;
                out.write(List.of(court, "01", incident, name(h), lead.level().letter(), dispo(lead, index)[0],
                        dispo(lead, index)[1], dispoDate, ch.countNumber(),
                        Render.date(c.arrestDate().plusDays(2), Render.MMDDYY), ch.level().letter(),
                        Render.date(c.arrestDate(), Render.MMDDYY), current, ch.level().letter(), ch.rawCode(), dispo[0],
                        dispo[1], dispoDate, current, ch.level().letter(), Render.date(c.arrestDate(), Render.MMDDYY),
                        RACE[index % RACE.length], index % 3 == 0 ? "F" : "M",
                        Render.date(h.person().dateOfBirth(), Render.MMDDYY), String.format("%09d", 100_000 + index),
                        Render.identifier(h, IdentifierType.CII), Render.identifier(h, IdentifierType.FBI),
                        Render.identifier(h, IdentifierType.SSN), Render.identifier(h, IdentifierType.DRIVERS_LICENSE)));
            }
        }
    }

    private static String name(PersonHistory h) {
        return h.person().name().last() + "/" + h.person().name().first()
                + (h.person().name().middle() == null ? "" : " " + h.person().name().middle());
    }

    private static String[] dispo(Charge ch, int index) {
        DispositionClass d = ch.disposition();
        return switch (d) {
            case CONVICTED -> index % 4 == 0 ? new String[] {"13", "GUILTY - JURY TRIAL"}
                    : new String[] {"10", "GUILTY PLEA"};
            case DISMISSED -> index % 2 == 0 ? new String[] {"20", "DISMISSED 1385 PC"}
                    : new String[] {"21", "DISMISSED - PLEA BARGAIN"};
            case ACQUITTED -> new String[] {"30", "NOT GUILTY"};
            case OTHER -> new String[] {"40", "PENDING"};
        };
    }

    @Override
    public void close() {
        out.close();
    }
}
