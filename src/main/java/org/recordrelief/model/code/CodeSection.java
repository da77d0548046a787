package org.recordrelief.model.code;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A parsed code section: code + section + subdivisions, plus an attempt / conspiracy modifier.
 *
 * <p>Subdivisions are stored in lower case; {@link #canonical()} writes them the way California
 * statutes do: (a) letter, (1) number, (A) capital letter, (i) roman numeral.
 *
 * @param code         HS, PC, VC, ...
 * @param section      the section number, e.g. {@code 11357} or {@code 1203.4a}
 * @param subdivisions subdivision path, outermost first, e.g. {@code [c, 3]}
 * @param modifier     attempt (PC 664) or conspiracy (PC 182), else NONE
 * @param raw          the text as the export wrote it
 */
public record CodeSection(LegalCode code, String section, List<String> subdivisions, SectionModifier modifier,
                          String raw) implements ChargeCode {

    public CodeSection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(section, "section");
        subdivisions = subdivisions == null ? List.of()
                : subdivisions.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        modifier = modifier == null ? SectionModifier.NONE : modifier;
    }

    public static CodeSection of(LegalCode code, String section, String... subdivisions) {
        return new CodeSection(code, section, List.of(subdivisions), SectionModifier.NONE, null);
    }

    public boolean is(LegalCode otherCode, String otherSection) {
        return code == otherCode && section.equals(otherSection);
    }

    @Override
    public List<CodeSection> sections() {
        return List.of(this);
    }

    /** The first subdivision, lower case, or null. */
    public String subdivision() {
        return subdivisions.isEmpty() ? null : subdivisions.get(0);
    }

    /**
     * True when this section falls under {@code other}: same code and section and {@code other}'s
     * subdivisions are a prefix of this one's ({@code PC 288(a)} covers {@code PC 288(a)(1)}).
     */
    public boolean isWithin(CodeSection other) {
        return code == other.code && section.equals(other.section)
                && subdivisions.size() >= other.subdivisions.size()
                && subdivisions.subList(0, other.subdivisions.size()).equals(other.subdivisions);
    }

    /** Code and section without subdivisions or modifier, e.g. {@code HS 11357}: the summary key. */
    public String codeAndSection() {
        return code.name() + " " + section;
    }

    @Override
    public String canonical() {
        StringBuilder sb = new StringBuilder();
        if (modifier != SectionModifier.NONE) {
            sb.append("PC ").append(modifier.penalCodeSection()).append('/');
        }
        sb.append(code.name()).append(' ').append(section);
        for (int depth = 0; depth < subdivisions.size(); depth++) {
            String sub = subdivisions.get(depth);
            boolean capital = depth % 4 == 2 && sub.chars().allMatch(Character::isLetter);
            sb.append('(').append(capital ? sub.toUpperCase(Locale.ROOT) : sub).append(')');
        }
        return sb.toString();
    }

    /** Two sections are equal when their canonical forms are; the raw spelling does not matter. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CodeSection other && canonical().equals(other.canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
