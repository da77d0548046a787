package org.recordrelief.samples;

import java.io.Writer;
import java.util.Locale;
import org.recordrelief.model.Charge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.code.CodeSection;

/**
 * Writes a San Joaquin-style fixed-width court extract: 140-character records, Julian (CYYDDD) dates,
 * sentence parts as probation months, jail days and prison months. One header line.
 */
public final class SanJoaquinCourtWriter extends TextExportWriter {

    public static final int RECORD_LENGTH = 140;

    public SanJoaquinCourtWriter(Writer out) {
        super(out);
        line(pad("SJ SUPERIOR COURT CRIMINAL EXTRACT V2", RECORD_LENGTH));
    }

    private long rows;

    @Override
    public long rowsWritten() {
        return rows;
    }

    @Override
    public void write(int index, PersonHistory h) {
        for (CourtCase c : h.cases()) {
            for (Charge ch : c.charges()) {
                CodeSection s = (CodeSection) ch.code();
                String statute = (s.modifier().penalCodeSection() == null ? "" : "PC " + s.modifier().penalCodeSection()
                        + "/") + s.code().name() + " " + s.section() + subs(s);
                StringBuilder b = new StringBuilder(RECORD_LENGTH);
                b.append(pad(String.format("P%09d", index), 10));
                b.append(pad(h.person().name().last() + "," + h.person().name().first()
                        + (h.person().name().middle() == null ? "" : " " + h.person().name().middle()), 30));
                b.append(Render.julian(h.person().dateOfBirth()));
                b.append(pad(Render.identifier(h, IdentifierType.CII), 9));
                b.append(pad(c.caseNumber(), 12));
                b.append(Render.julian(c.arrestDate()));
                b.append(String.format("%02d", Integer.parseInt(ch.countNumber())));
                b.append(pad(statute, 20));
                b.append(ch.level().letter());
                b.append(switch (ch.disposition()) {
                    case CONVICTED -> "CNV";
                    case DISMISSED -> "DSM";
                    case ACQUITTED -> "ACQ";
                    case OTHER -> "DIV";
                });
                b.append(Render.julian(ch.convictionDate()));
                Render.Sentence sentence = Render.sentence(ch);
                b.append(String.format("%03d", sentence.probationMonths()));
                b.append(String.format("%04d", sentence.jailDays()));
                b.append(String.format("%03d", sentence.prisonMonths()));
                b.append(pad("SJ" + (1 + index % 3), 5));
                b.append(pad("", 20));
                line(b.toString());
                rows++;
            }
        }
    }

    private static String subs(CodeSection s) {
        StringBuilder sb = new StringBuilder();
        s.subdivisions().forEach(sub -> sb.append('(').append(sub.toLowerCase(Locale.ROOT)).append(')'));
        return sb.toString();
    }

    private static String pad(String text, int width) {
        String t = text.length() > width ? text.substring(0, width) : text;
        return t + " ".repeat(width - t.length());
    }

    private void line(String text) {
        print(text + "\r\n");
    }
}
