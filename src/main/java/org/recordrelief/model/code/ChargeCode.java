package org.recordrelief.model.code;

import java.util.List;

/**
 * The code section of a charge as the parser read it: a {@link CodeSection}, several sections written
 * together ({@link MultipleSections}), or an explicit {@link UnparsedCode} that keeps the raw text. A rule
 * never guesses a section from unparsed text.
 */
public sealed interface ChargeCode permits CodeSection, MultipleSections, UnparsedCode {

    /** Every section the text names: one, several, or none when it could not be read. */
    List<CodeSection> sections();

    /** The text as the export wrote it. */
    String raw();

    /** The one canonical spelling, e.g. {@code HS 11357(a)}, or {@code UNPARSED} for unreadable text. */
    String canonical();
}
