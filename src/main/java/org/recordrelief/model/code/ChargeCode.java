package org.recordrelief.model.code;

/**
 * The code section of a charge as the parser read it: either a {@link CodeSection} or an explicit
 * {@link UnparsedCode} that keeps the raw text. A rule never guesses a section from unparsed text.
 */
public sealed interface ChargeCode permits CodeSection, UnparsedCode {

    /** The text as the export wrote it. */
    String raw();

    /** The one canonical spelling, e.g. {@code HS 11357(a)}, or {@code UNPARSED} for unreadable text. */
    String canonical();
}
