package org.recordrelief.adapter.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.recordrelief.model.PersonName;
import org.recordrelief.model.Whitespace;

/**
 * Splits a name as the county writes it:
 * <ul>
 *   <li>{@code LAST,FIRST M} (the DOJ file), {@code LAST/FIRST M} (San Francisco's CMS): a name without the
 *       separator keeps the whole text as the last name rather than guessing a split;</li>
 *   <li>{@code FIRST M LAST}: the first word, the last word, and any words between as the middle name;</li>
 *   <li>{@code FIRST LAST}: the first word, and every other word as the last name ({@code DE LA CRUZ});</li>
 *   <li>{@code LAST FIRST M}: the first word as the last name, the second as the first, the rest as middle;</li>
 *   <li>a regular expression with the named groups {@code last} and optionally {@code first} and
 *       {@code middle}, for anything else; a name it does not match keeps the whole text as the last name.</li>
 * </ul>
 * A name of one word is always the last name.
 */
public final class NameConverter implements Converter<PersonName> {

    private enum Layout { SEPARATED, FIRST_MIDDLE_LAST, FIRST_LAST, LAST_FIRST_MIDDLE, REGEX }

    private final Layout layout;
    private final char separator;
    private final Pattern pattern;

    public NameConverter(String layout) {
        String l = layout.replace(" ", "").toUpperCase(Locale.ROOT);
        Pattern regex = null;
        char sep = 0;
        if (layout.contains("(?<")) {
            this.layout = Layout.REGEX;
            try {
                regex = Pattern.compile(layout.trim());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("the name pattern is not a valid regular expression: "
                        + e.getDescription());
            }
            if (!layout.contains("(?<last>")) {
                throw new IllegalArgumentException("the name pattern has no group named last; write (?<last>...) and, "
                        + "if the name has them, (?<first>...) and (?<middle>...)");
            }
        } else if (l.startsWith("LAST,FIRST") || l.startsWith("LAST/FIRST")) {
            this.layout = Layout.SEPARATED;
            sep = l.charAt(4);
        } else {
            this.layout = switch (layout.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)) {
                case "FIRST M LAST", "FIRST MIDDLE LAST" -> Layout.FIRST_MIDDLE_LAST;
                case "FIRST LAST" -> Layout.FIRST_LAST;
                case "LAST FIRST M", "LAST FIRST MIDDLE", "LAST FIRST" -> Layout.LAST_FIRST_MIDDLE;
                default -> throw new IllegalArgumentException("unknown name layout '" + layout + "' (use \"LAST,FIRST "
                        + "M\", \"LAST/FIRST M\", \"FIRST M LAST\", \"FIRST LAST\", \"LAST FIRST M\", or a regular "
                        + "expression with the groups (?<last>...), (?<first>...), (?<middle>...))");
            };
        }
        this.separator = sep;
        this.pattern = regex;
    }

    @Override
    public PersonName convert(String text) {
        String trimmed = text.trim();
        return switch (layout) {
            case SEPARATED -> separated(trimmed);
            case REGEX -> matched(trimmed);
            default -> words(trimmed.isEmpty() ? new String[0] : Whitespace.words(trimmed));
        };
    }

    private PersonName separated(String text) {
        int at = text.indexOf(separator);
        if (at < 0) {
            return new PersonName(text, null, null);
        }
        String last = text.substring(0, at).trim();
        String[] rest = Whitespace.words(text.substring(at + 1).trim());
        String first = rest.length > 0 && !rest[0].isEmpty() ? rest[0] : null;
        return new PersonName(last.isEmpty() ? null : last, first, join(rest, 1, rest.length));
    }

    private PersonName words(String[] w) {
        if (w.length <= 1) {
            return new PersonName(w.length == 0 ? null : w[0], null, null);
        }
        return switch (layout) {
            case FIRST_MIDDLE_LAST -> new PersonName(w[w.length - 1], w[0], join(w, 1, w.length - 1));
            case FIRST_LAST -> new PersonName(join(w, 1, w.length), w[0], null);
            default -> new PersonName(w[0], w[1], join(w, 2, w.length));
        };
    }

    private PersonName matched(String text) {
        Matcher m = BoundedMatch.matcher(pattern, text);
        if (!m.matches()) {
            return new PersonName(text.isEmpty() ? null : text, null, null);
        }
        return new PersonName(group(m, "last"), group(m, "first"), group(m, "middle"));
    }

    private String group(Matcher m, String name) {
        if (!pattern.pattern().contains("(?<" + name + ">")) {
            return null;
        }
        String value = m.group(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String join(String[] words, int from, int to) {
        return from >= to ? null : String.join(" ", Arrays.copyOfRange(words, from, to));
    }
}
