package org.recordrelief.store;

import org.recordrelief.adapter.mapping.MappedRow;

/** A row read back from staging, with the content hash that finds exact duplicates. */
public record StagedRow(MappedRow row, String rowHash) {
}
