package org.recordrelief.adapter.mapping;

/**
 * A value that cannot be mapped. Thrown while mapping one row and turned into a quarantine entry; it
 * carries no stack trace because bad rows are expected input, not bugs.
 *
 * @see RowMapper
 */
public final class MappingProblem extends RuntimeException {

    private final String field;

    /**
     * @param field  the column and canonical field, e.g. "PRI_DOB (person.dateOfBirth)"
     * @param reason plain language, never quoting a personal value
     */
    public MappingProblem(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
