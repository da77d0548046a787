package org.recordrelief.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.model.PersonIdentifier;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.SentenceType;

/** Compact text forms for the list-valued staged columns (identifiers, sentence parts). */
final class StagedValues {

    private StagedValues() {
    }

    static String identifiers(List<PersonIdentifier> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (PersonIdentifier id : ids) {
            parts.add(id.type().name() + "=" + URLEncoder.encode(id.value(), StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    static List<PersonIdentifier> identifiers(String text) {
        List<PersonIdentifier> ids = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return ids;
        }
        for (String part : text.split("&")) {
            int eq = part.indexOf('=');
            ids.add(new PersonIdentifier(IdentifierType.valueOf(part.substring(0, eq)),
                    URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8)));
        }
        return ids;
    }

    /** "PROBATION:P3Y:;JAIL:P30D:" (type, ISO length, end date). */
    static String sentenceParts(List<SentencePart> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (SentencePart p : parts) {
            out.add(p.type().name() + ":" + (p.length() == null ? "" : p.length()) + ":"
                    + (p.endDate() == null ? "" : p.endDate()));
        }
        return String.join(";", out);
    }

    static List<SentencePart> sentenceParts(String text) {
        List<SentencePart> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        for (String p : text.split(";")) {
            String[] f = p.split(":", -1);
            parts.add(new SentencePart(SentenceType.valueOf(f[0]), f[1].isEmpty() ? null : Period.parse(f[1]),
                    f[2].isEmpty() ? null : LocalDate.parse(f[2])));
        }
        return parts;
    }
}
