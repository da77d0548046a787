package org.recordrelief.formats;

import java.util.Objects;

/**
 * One column of a county export as its descriptor declares it.
 *
 * @param name        the column's name (the header text of a delimited file, a field name of a fixed-width one)
 * @param description what the column holds, for county staff and auditors
 * @param personal    true when the column holds personal data (names, dates of birth, identifiers)
 * @param start       fixed-width only: 1-based position of the first character
 * @param length      fixed-width only: number of characters
 */
public record Column(String name, String description, Boolean personal, Integer start, Integer length) {

    public Column {
        Objects.requireNonNull(name, "name");
    }

    public static Column delimited(String name, String description, boolean personal) {
        return new Column(name, description, personal, null, null);
    }

    public boolean isPersonal() {
        return Boolean.TRUE.equals(personal);
    }
}
