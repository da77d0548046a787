package org.recordrelief.model.code;

/** A prefix that changes what a section means: PC 664 (attempt) or PC 182 (conspiracy). */
public enum SectionModifier {
    NONE(null),
    ATTEMPT("664"),
    CONSPIRACY("182");

    private final String penalCodeSection;

    SectionModifier(String penalCodeSection) {
        this.penalCodeSection = penalCodeSection;
    }

    public String penalCodeSection() {
        return penalCodeSection;
    }

    static SectionModifier fromPrefix(String prefix) {
        if (prefix == null) {
            return NONE;
        }
        return "664".equals(prefix) ? ATTEMPT : CONSPIRACY;
    }
}
