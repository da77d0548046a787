package org.recordrelief.rules;

import java.util.Objects;

/**
 * One step of the explanation behind a determination.
 *
 * @param ruleId   stable id of the rule or county option (documented in docs/rules.md)
 * @param citation the statute, or the county authority for a county option
 * @param text     plain language a reviewer and the person concerned can read; never holds names,
 *                 dates of birth or identifiers
 */
public record Reason(String ruleId, String citation, String text) {

    /**
     * How every rule set ends the id of the rule that sends a conviction to review because a record of the
     * person could not be read; the run summary counts them.
     */
    public static final String HISTORY_INCOMPLETE = "HISTORY-INCOMPLETE";

    public boolean isHistoryIncomplete() {
        return ruleId.endsWith(HISTORY_INCOMPLETE);
    }

    public Reason {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(text, "text");
    }
}
