package org.recordrelief.adapter.mapping;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.recordrelief.model.PersonName;

/**
 * Splits a name written {@code LAST,FIRST M} (the DOJ file) or {@code LAST/FIRST M} (San Francisco's
 * CMS). A name without the separator keeps the whole text as the last name rather than guessing a split.
 */
public final class NameConverter implements Converter<PersonName> {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final char separator;

    public NameConverter(String layout) {
        String l = layout.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (l.startsWith("LAST,FIRST")) {
            separator = ',';
        } else if (l.startsWith("LAST/FIRST")) {
            separator = '/';
        } else {
            throw new IllegalArgumentException("unknown name layout '" + layout + "' (use \"LAST,FIRST M\" or "
                    + "\"LAST/FIRST M\")");
        }
    }

    @Override
    public PersonName convert(String text) {
        int at = text.indexOf(separator);
        if (at < 0) {
            return new PersonName(text.trim(), null, null);
        }
        String last = text.substring(0, at).trim();
        String[] rest = WHITESPACE.split(text.substring(at + 1).trim());
        String first = rest.length > 0 && !rest[0].isEmpty() ? rest[0] : null;
        String middle = rest.length > 1 ? String.join(" ", Arrays.copyOfRange(rest, 1, rest.length)) : null;
        return new PersonName(last.isEmpty() ? null : last, first, middle);
    }
}
