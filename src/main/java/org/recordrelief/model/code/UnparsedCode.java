package org.recordrelief.model.code;

import java.util.List;

/**
 * Code text the parser could not read, with the reason. Kept, never guessed, so the row can be
 * reported as an unmapped value and reviewed.
 */
public record UnparsedCode(String raw, String reason) implements ChargeCode {

    @Override
    public List<CodeSection> sections() {
        return List.of();
    }

    @Override
    public String canonical() {
        return "UNPARSED";
    }
}
