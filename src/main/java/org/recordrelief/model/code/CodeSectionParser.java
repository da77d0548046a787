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
 * {@code H&S 11359}, {@code HS11359}, {@code 664/11357 HS}, {@code 11357(C)HS-POSSESS MARIJUANA},
 * {@code 11357B2 HS}, ...) into one {@link CodeSection}, or into {@link MultipleSections} when the text
 * joins several with a slash ({@code 484(A)/490.5 PC}). Text it cannot read comes back as an
 * {@link UnparsedCode} with the reason; it never guesses. Thread-safe.
 */
public final class CodeSectionParser {

    private static final String SEE_COMMENT = "SEE COMMENT FOR CHARGE";

    private static final String SUBDIVISION_TEXT = "\\s*\\(\\s*[A-Z0-9]{1,4}\\s*\\)";
    private static final String SUBDIVISIONS = "(?<subs>(?:" + SUBDIVISION_TEXT + ")*)";
    /**
     * Letters and digits glued to a section number: a subdivision path written without parentheses
     * ({@code 11357B2} is (b)(2)), or the letter of a letter-suffixed section ({@code 288A}).
     */
    private static final String GLUED_TEXT = "[A-Z](?![A-Z])(?:\\d{1,2}(?:[A-Z](?![A-Z]))?)?";
    private static final String NUMBER_TEXT = "\\d{1,6}(?:\\.\\d{1,3})?";
    private static final String SECTION = "0*(?<number>" + NUMBER_TEXT + ")(?<glued>" + GLUED_TEXT + ")?";
    /** One section of a list, without named groups so the list pattern can repeat it. */
    private static final String LIST_ITEM = "0*" + NUMBER_TEXT + "(?:" + GLUED_TEXT + ")?(?:" + SUBDIVISION_TEXT + ")*";
    private static final String REST = "(?<rest>.*)";
    private static final Pattern SUBDIVISION = Pattern.compile("\\(\\s*([A-Z0-9]{1,4})\\s*\\)");
    private static final Pattern GLUED = Pattern.compile("([A-Z])(\\d{1,2})?([A-Z])?");
    private static final Pattern ITEM = Pattern.compile("^\\s*" + SECTION + SUBDIVISIONS + "\\s*$");
    private static final Pattern REST_IS_DESCRIPTION = Pattern.compile("^(?:$|[\\s\\-:,;/.+].*)");
    /** What follows a section when another one is joined to it: "/ 490.5 PC", "/HS 11360". */
    private static final Pattern JOINED = Pattern.compile("^\\s*[/+]\\s*(?<next>.+)$");
    /** A section joined without its own code must look like one (three digits or more, not "28.5 GRAMS"). */
    private static final Pattern JOINED_BARE_SECTION = Pattern.compile("^0*\\d{3,6}.*");

    private final Map<String, LegalCode> aliasToCode = new LinkedHashMap<>();
    private final Pattern sectionFirst;
    private final Pattern codeFirst;
    private final Pattern listThenCode;
    private final Pattern bareSection;
    private final Pattern anotherSection;

    /** Sections read from one piece of text, and what is left of it after them. */
    private record Read(List<CodeSection> sections, String rest) {
    }

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
        listThenCode = Pattern.compile("^(?:§\\s*)?(?<list>" + LIST_ITEM + "(?:\\s*/\\s*" + LIST_ITEM + ")+)"
                + "\\s*[-:,]?\\s*(?<code>" + code + ")" + codeEnd + REST);
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
        Optional<Read> first = read(raw, text, defaultCode);
        if (first.isEmpty()) {
            return new UnparsedCode(raw, "no code (HS, PC, VC, BP, WI, ...) next to a section number");
        }
        List<CodeSection> sections = new ArrayList<>(first.get().sections());
        String rest = first.get().rest();
        Matcher joined;
        while ((joined = JOINED.matcher(rest)).matches()) {
            Optional<Read> next = readJoined(raw, joined.group("next"), sections.get(sections.size() - 1).code());
            if (next.isEmpty()) {
                break;
            }
            sections.addAll(next.get().sections());
            rest = next.get().rest();
        }
        if (anotherSection.matcher(rest).find()) {
            return new UnparsedCode(raw, "more than one code section in one charge, not joined by '/'");
        }
        return sections.size() == 1 ? sections.get(0) : new MultipleSections(sections, raw);
    }

    private Optional<Read> read(String raw, String text, LegalCode defaultCode) {
        Optional<Read> read = single(raw, text, sectionFirst, null)
                .or(() -> single(raw, text, codeFirst, null))
                .or(() -> list(raw, text));
        if (read.isEmpty() && defaultCode != null) {
            read = single(raw, text, bareSection, defaultCode);
        }
        return read;
    }

    /** The next section after a slash: with its own code, or in the code of the one before it. */
    private Optional<Read> readJoined(String raw, String text, LegalCode previousCode) {
        Optional<Read> read = read(raw, text, null);
        if (read.isEmpty() && JOINED_BARE_SECTION.matcher(text).matches()) {
            read = single(raw, text, bareSection, previousCode);
        }
        return read;
    }

    private Optional<Read> single(String raw, String text, Pattern pattern, LegalCode defaultCode) {
        Matcher m = pattern.matcher(text);
        if (!m.matches() || !REST_IS_DESCRIPTION.matcher(m.group("rest")).matches()) {
            return Optional.empty();
        }
        LegalCode code = defaultCode != null ? defaultCode : codeFor(optionalGroup(m, "code2", m.group("code")));
        List<String> extra = new ArrayList<>();
        String spaced = optionalGroup(m, "spaced", null);
        if (spaced != null) {
            extra.add(spaced);
        }
        CodeSection section = section(code, m.group("number"), m.group("glued"), m.group("subs"), extra,
                SectionModifier.fromPrefix(m.group("modifier")), raw);
        return Optional.of(new Read(List.of(section), m.group("rest")));
    }

    /** "484(A)/490.5 PC": several sections before one code. */
    private Optional<Read> list(String raw, String text) {
        Matcher m = listThenCode.matcher(text);
        if (!m.matches() || !REST_IS_DESCRIPTION.matcher(m.group("rest")).matches()) {
            return Optional.empty();
        }
        LegalCode code = codeFor(m.group("code"));
        List<CodeSection> sections = new ArrayList<>();
        for (String item : m.group("list").split("/")) {
            Matcher i = ITEM.matcher(item);
            if (!i.matches()) {
                return Optional.empty();
            }
            sections.add(section(code, i.group("number"), i.group("glued"), i.group("subs"), List.of(),
                    SectionModifier.NONE, raw));
        }
        return Optional.of(new Read(sections, m.group("rest")));
    }

    private static CodeSection section(LegalCode code, String number, String glued, String subs, List<String> extra,
                                       SectionModifier modifier, String raw) {
        String section = number;
        List<String> subdivisions = new ArrayList<>();
        if (glued != null) {
            Matcher g = GLUED.matcher(glued);
            if (!g.matches()) {
                throw new IllegalStateException("glued text matched but not split: " + glued);
            }
            String letter = g.group(1).toLowerCase(Locale.ROOT);
            // California writes subdivisions inside parentheses, but exports often glue them to the
            // number; only the sections on the reviewable list really end in a letter.
            if (LetterSuffixedSections.contains(code, number + letter)) {
                section = number + letter;
            } else {
                subdivisions.add(letter);
            }
            for (int part = 2; part <= 3; part++) {
                if (g.group(part) != null) {
                    subdivisions.add(g.group(part));
                }
            }
        }
        Matcher sub = SUBDIVISION.matcher(subs == null ? "" : subs);
        while (sub.find()) {
            subdivisions.add(sub.group(1));
        }
        subdivisions.addAll(extra);
        return new CodeSection(code, section, subdivisions, modifier, raw);
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
