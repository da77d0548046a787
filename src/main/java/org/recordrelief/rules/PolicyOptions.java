package org.recordrelief.rules;

/** A rule set's county options, bound from the {@code options:} map of a county policy file. */
public interface PolicyOptions {

    /** Checks values that the YAML binding cannot (ranges, section spellings); throws on the first bad one. */
    void validate(PolicyValidation validation);
}
