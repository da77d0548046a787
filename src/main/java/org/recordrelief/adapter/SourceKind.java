package org.recordrelief.adapter;

import java.util.Locale;

/** The formats a county export can have. */
public enum SourceKind {
    DELIMITED("delimited"),
    FIXED_WIDTH("fixed-width"),
    DOJ_RESEARCH_FILE("doj-research-file"),
    TABLE("table");

    private final String yamlName;

    SourceKind(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static SourceKind fromYaml(String text) {
        for (SourceKind kind : values()) {
            if (kind.yamlName.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }
}
