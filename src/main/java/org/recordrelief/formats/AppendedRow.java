package org.recordrelief.formats;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An input row with values added after it, as a results file writes it: the input stays one text, so a
 * writer can copy it through ({@link DelimitedRowWriter#writeAppended}) instead of writing each value again.
 */
public final class AppendedRow extends AbstractList<String> implements RandomAccess {

    private final RowText input;
    private final List<String> added;

    public AppendedRow(RowText input, List<String> added) {
        this.input = input;
        this.added = added;
    }

    public RowText input() {
        return input;
    }

    public List<String> added() {
        return added;
    }

    @Override
    public String get(int index) {
        return index < input.size() ? input.get(index) : added.get(index - input.size());
    }

    @Override
    public int size() {
        return input.size() + added.size();
    }
}
