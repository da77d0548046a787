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

    private static final String SUBDIVISIONS = "(?<subs>(?:\\s*\\(\\s*[A-Z0-9]{1,4}\\s*\\))*)";
    /** Section number, with the letter of a letter-suffixed section (288a, 1203.4a) glued to it. */
    private static final String SECTION = "0*(?<number>\\d{1,6}(?:\\.\\d{1,3})?)(?<glued>[A-Z](?![A-Z]))?";
    private static final String REST = "(?<rest>.*)";
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
        String code = "(?:" + String.join("|", aliases.stream().map(CodeSectionParser::aliasPattern).toList()) + ")";
        String codeEnd = "(?![A-Z0-9])";
        String modifier = "(?:(?<modifier>664|182)\\s*/\\s*)?";
        // "PC 664/HS 11357" (our canonical form) names the code of the attempted section after the slash.
        String modifierWithCode = "(?:(?<modifier>664|182)\\s*/\\s*(?:(?<code2>" + code + ")(?![A-Z])\\s*)?)?";
        sectionFirst = Pattern.compile("^(?:§\\s*)?" + modifier + SECTION + SUBDIVISIONS
                + "\\s*[-:,]?\\s*(?<code>" + code + ")" + codeEnd + REST);
        codeFirst = Pattern.compile("^(?<code>" + code + ")(?![A-Z])\\s*[-:.,]?\\s*(?:SECTION\\s+|SEC\\.?\\s*|§\\s*)?"
                + modifierWithCode + SECTION + SUBDIVISIONS + "(?:\\s+(?<spaced>[A-Z])(?![A-Z0-9]))?" + REST);
        bareSection = Pattern.compile("^(?:§\\s*)?" + modifier + SECTION + SUBDIVISIONS + REST);
        anotherSection = Pattern.compile("(?:\\d{3,6}(?:\\.\\d{1,3})?(?:\\s*\\(\\s*[A-Z0-9]{1,4}\\s*\\))*\\s*"
                + code + codeEnd + ")|(?:(?<![A-Z])" + code + "\\s*\\d{3,6})");
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
        Optional<ChargeCode> parsed = tryPattern(raw, text, sectionFirst, null)
                .or(() -> tryPattern(raw, text, codeFirst, null));
        if (parsed.isEmpty() && defaultCode != null) {
            parsed = tryPattern(raw, text, bareSection, defaultCode);
        }
        return parsed.orElseGet(() -> new UnparsedCode(raw,
                "no code (HS, PC, VC, BP, WI, ...) next to a section number"));
    }

    private Optional<ChargeCode> tryPattern(String raw, String text, Pattern pattern, LegalCode defaultCode) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group("rest");
        if (!REST_IS_DESCRIPTION.matcher(rest).matches()) {
            return Optional.empty();
        }
        if (anotherSection.matcher(rest).find()) {
            return Optional.of(new UnparsedCode(raw, "more than one code section in one charge"));
        }
        LegalCode code = defaultCode != null ? defaultCode : codeFor(optionalGroup(m, "code2", m.group("code")));
        String section = m.group("number");
        if (m.group("glued") != null) {
            // California writes letter-suffixed sections without parentheses (PC 288a, PC 653f) and
            // subdivisions always inside them, so a glued letter belongs to the section number.
            section = section + m.group("glued").toLowerCase(Locale.ROOT);
        }
        List<String> subdivisions = new ArrayList<>();
        Matcher sub = SUBDIVISION.matcher(m.group("subs"));
        while (sub.find()) {
            subdivisions.add(sub.group(1));
        }
        String spaced = optionalGroup(m, "spaced", null);
        if (spaced != null) {
            subdivisions.add(spaced);
        }
        return Optional.of(new CodeSection(code, section, subdivisions,
                SectionModifier.fromPrefix(m.group("modifier")), raw));
    }

    /** A named group that only some patterns define. */
    private static String optionalGroup(Matcher m, String name, String fallback) {
        try {
            String value = m.group(name);
            return value != null ? value : fallback;
        } catch (IllegalArgumentException noSuchGroup) {
            return fallback;
        }
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
