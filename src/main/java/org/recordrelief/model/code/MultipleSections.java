package org.recordrelief.model.code;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A count whose code names several sections joined by a slash, as in {@code 484(A)/490.5 PC}: every
 * section is kept, since the record does not say which one the conviction was for. Rules that look for a
 * section see each of them; a rule that must know the one offence sends the count to review.
 *
 * @param sections the sections, in the order written
 * @param raw      the text as the export wrote it
 */
public record MultipleSections(List<CodeSection> sections, String raw) implements ChargeCode {

    /** How the canonical form joins the sections (not "/", which the canonical form of an attempt uses). */
    public static final String JOIN = " + ";

    public MultipleSections {
        sections = List.copyOf(sections);
        if (sections.size() < 2) {
            throw new IllegalArgumentException("several sections need at least two: " + sections);
        }
    }

    @Override
    public String canonical() {
        return sections.stream().map(CodeSection::canonical).collect(Collectors.joining(JOIN));
    }

    /** Equal when the canonical forms are; the raw spelling does not matter. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MultipleSections other && canonical().equals(other.canonical());
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
