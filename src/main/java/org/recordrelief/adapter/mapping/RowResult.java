package org.recordrelief.adapter.mapping;

/** What mapping one source row gave: a row to stage, or a row for quarantine. */
public sealed interface RowResult permits MappedRow, QuarantinedRow {

    long lineNumber();
}
