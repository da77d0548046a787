package org.recordrelief.model.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the many spellings of a California code section ({@code 11357(A) HS}, {@code HS 11357(a)},
 * {@code H&S 11359}, {@code HS11359}, {@code 664/11357 HS}, {@code 11357(C)HS-POSSESS MARIJUANA}, ...)
 * into one {@link CodeSection}. Text it cannot read comes back as an {@link UnparsedCode} with the
 * reason; it never guesses. Thread-safe.
 */
public final class CodeSectionParser {

    private static final String SEE_COMMENT = "SEE COMMENT FOR CHARGE";

    private static final String SUBDIVISIONS = "((?:\\s*\\(\\s*[A-Z0-9]{1,4}\\s*\\))*)";
    /** Section number; a letter glued to it is read below as a subdivision or part of a decimal section. */
    private static final String SECTION = "0*(\\d{1,6}(?:\\.\\d{1,3})?)([A-Z](?![A-Z]))?";
    private static final String MODIFIER = "(?:(664|182)\\s*/\\s*)?";
    private static final String REST = "(.*)";
    private static final Pattern SUBDIVISION = Pattern.compile("\\(\\s*([A-Z0-9]{1,4})\\s*\\)");
    private static final Pattern REST_IS_DESCRIPTION = Pattern.compile("^(?:$|[\\s\\-:,;/.].*)");

    private final Map<String, LegalCode> aliasToCode = new LinkedHashMap<>();
    private final Pattern sectionFirst;
    private final Pattern codeFirst;
    private final Pattern bareSection;
    private final Pattern anotherSection;

    public CodeSectionParser() {
        List<String> aliases = new ArrayList<>();
        for (LegalCode code : LegalCode.values()) {
            for (String alias : code.aliases()) {
                aliasToCode.put(squeeze(alias), code);
                aliases.add(alias);
            }
        }
        // Longest first, so "HSC" wins over "HS" and "PENAL CODE" over "PEN".
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        String code = "(" + String.join("|", aliases.stream().map(CodeSectionParser::aliasPattern).toList()) + ")";
        String codeEnd = "(?![A-Z0-9])";
        sectionFirst = Pattern.compile("^(?:§\\s*)?" + MODIFIER + SECTION + SUBDIVISIONS
                + "\\s*[-:,]?\\s*" + code + codeEnd + REST);
        codeFirst = Pattern.compile("^" + code + "(?![A-Z])\\s*[-:.,]?\\s*(?:SECTION\\s+|SEC\\.?\\s*|§\\s*)?"
                + MODIFIER + SECTION + SUBDIVISIONS + "(?:\\s+([A-Z])(?![A-Z0-9]))?" + REST);
        bareSection = Pattern.compile("^(?:§\\s*)?" + MODIFIER + SECTION + SUBDIVISIONS + REST);
        anotherSection = Pattern.compile("(?:\\d{3,6}(?:\\.\\d{1,3})?" + SUBDIVISIONS + "\\s*" + code + codeEnd
                + ")|(?:(?<![A-Z])" + code + "\\s*\\d{3,6})");
    }

    /** Parses text that must name its code. */
    public ChargeCode parse(String raw) {
        return parse(raw, null);
    }

    /**
     * Parses text; when it holds a bare section number ({@code 11357(b)}) and {@code defaultCode} is
     * given (a column that only holds HS sections, say), that code is used.
     */
    public ChargeCode parse(String raw, LegalCode defaultCode) {
        if (raw == null || raw.isBlank()) {
            return new UnparsedCode(raw == null ? "" : raw, "the code section is empty");
        }
        String text = normalise(raw);
        if (text.startsWith(SEE_COMMENT)) {
            return new UnparsedCode(raw, "the export says 'see comment for charge': the section is in the comment text");
        }
        Optional<ChargeCode> parsed = trySectionFirst(raw, text).or(() -> tryCodeFirst(raw, text));
        if (parsed.isEmpty() && defaultCode != null) {
            parsed = tryBare(raw, text, defaultCode);
        }
        return parsed.orElseGet(() -> new UnparsedCode(raw,
                "no code (HS, PC, VC, BP, WI, ...) next to a section number"));
    }

    private Optional<ChargeCode> trySectionFirst(String raw, String text) {
        Matcher m = sectionFirst.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return build(raw, codeFor(m.group(5)), m.group(1), m.group(2), m.group(3), m.group(4), null, m.group(6));
    }

    private Optional<ChargeCode> tryCodeFirst(String raw, String text) {
        Matcher m = codeFirst.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return build(raw, codeFor(m.group(1)), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
                m.group(7));
    }

    private Optional<ChargeCode> tryBare(String raw, String text, LegalCode defaultCode) {
        Matcher m = bareSection.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return build(raw, defaultCode, m.group(1), m.group(2), m.group(3), m.group(4), null, m.group(5));
    }

    private Optional<ChargeCode> build(String raw, LegalCode code, String modifierPrefix, String number,
                                       String gluedLetter, String subdivisionText, String spacedLetter,
                                       String rest) {
        if (!REST_IS_DESCRIPTION.matcher(rest).matches()) {
            return Optional.empty();
        }
        if (anotherSection.matcher(rest).find()) {
            return Optional.of(new UnparsedCode(raw, "more than one code section in one charge"));
        }
        String section = number;
        List<String> subdivisions = new ArrayList<>();
        if (gluedLetter != null) {
            // California sections are numbered with decimals (1203.4a), so a letter glued to a whole
            // number (647F) can only be a subdivision written without parentheses.
            if (number.contains(".")) {
                section = number + gluedLetter.toLowerCase(Locale.ROOT);
            } else {
                subdivisions.add(gluedLetter);
            }
        }
        Matcher sub = SUBDIVISION.matcher(subdivisionText);
        while (sub.find()) {
            subdivisions.add(sub.group(1));
        }
        if (spacedLetter != null) {
            subdivisions.add(spacedLetter);
        }
        return Optional.of(new CodeSection(code, section, subdivisions, SectionModifier.fromPrefix(modifierPrefix),
                raw));
    }

    private LegalCode codeFor(String matchedAlias) {
        LegalCode code = aliasToCode.get(squeeze(matchedAlias));
        if (code == null) {
            throw new IllegalStateException("alias matched but not mapped: " + matchedAlias);
        }
        return code;
    }

    private static String normalise(String raw) {
        return raw.replace('\u00A0', ' ').replace('\t', ' ').replace("\"", "").trim()
                .toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The alias key: upper case without dots or spaces, so "H & S", "H&S" and "H.S." meet. */
    private static String squeeze(String alias) {
        return alias.toUpperCase(Locale.ROOT).replaceAll("[.\\s]", "");
    }

    /** Short aliases may carry dots and inner spaces ("H.S.", "P. C."); "&" and "/" may have spaces round them. */
    private static String aliasPattern(String alias) {
        boolean shortForm = alias.length() <= 4 && !alias.contains(" ");
        StringBuilder p = new StringBuilder();
        for (char c : alias.toCharArray()) {
            switch (c) {
                case '&' -> p.append("\\s*&\\s*");
                case '/' -> p.append("\\s*/\\s*");
                case ' ' -> p.append("\\s+");
                default -> {
                    p.append(Pattern.quote(String.valueOf(c)));
                    if (shortForm && Character.isLetter(c)) {
                        p.append("\\.?\\s?");
                    }
                }
            }
        }
        return p.toString();
    }
}
