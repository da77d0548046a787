package org.recordrelief.samples;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recordrelief.model.PersonIdentifier;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.SentenceType;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.SectionModifier;

/** How the sample formats spell the things the generator produced. */
final class Render {

    static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");
    static final DateTimeFormatter MMDDYY = DateTimeFormatter.ofPattern("MMdduu");

    private Render() {
    }

    static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? "" : date.format(format);
    }

    /** CYYDDD: century digit (0 = 1900s, 1 = 2000s), two-digit year, day of the year. */
    static String julian(LocalDate date) {
        if (date == null) {
            return "000000";
        }
        return String.format("%d%02d%03d", date.getYear() / 100 - 19, date.getYear() % 100, date.getDayOfYear());
    }

    /** "11357(B)" style: section and upper-case subdivisions, with the attempt prefix. */
    static String sectionUpper(CodeSection s) {
        StringBuilder sb = new StringBuilder();
        if (s.modifier() != SectionModifier.NONE) {
            sb.append(s.modifier().penalCodeSection()).append('/');
        }
        sb.append(s.section().toUpperCase(Locale.ROOT));
        s.subdivisions().forEach(sub -> sb.append('(').append(sub.toUpperCase(Locale.ROOT)).append(')'));
        return sb.toString();
    }

    static String identifier(PersonHistory h, IdentifierType type) {
        return h.person().identifiers().stream().filter(i -> i.type() == type).map(PersonIdentifier::value)
                .findFirst().orElse("");
    }

    /** Length and unit letter (D, M, Y) of a sentence part. */
    static String[] length(SentencePart part) {
        Period p = part.length();
        if (p == null) {
            return new String[] {"", ""};
        }
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return new String[] {String.valueOf(p.getYears()), "Y"};
        }
        if (p.getDays() == 0) {
            return new String[] {String.valueOf(p.toTotalMonths()), "M"};
        }
        return new String[] {String.valueOf(p.getDays()), "D"};
    }

    /** A sentence as county systems with one column per part keep it. */
    record Sentence(int probationMonths, int jailDays, int prisonMonths) {
    }

    static Sentence sentence(org.recordrelief.model.Charge charge) {
        SentencePart probation = part(charge, SentenceType.PROBATION);
        SentencePart jail = part(charge, SentenceType.JAIL);
        SentencePart prison = part(charge, SentenceType.PRISON);
        return new Sentence(months(probation), days(jail), months(prison));
    }

    private static int months(SentencePart part) {
        return part == null || part.length() == null ? 0 : (int) part.length().toTotalMonths();
    }

    private static int days(SentencePart part) {
        return part == null || part.length() == null ? 0
                : part.length().getDays() + (int) part.length().toTotalMonths() * 30;
    }

    private static SentencePart part(org.recordrelief.model.Charge charge, SentenceType type) {
        return charge.sentence().parts().stream().filter(p -> p.type() == type).findFirst().orElse(null);
    }
}
