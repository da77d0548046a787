package org.recordrelief.adapter;

import java.util.List;
import java.util.function.UnaryOperator;
import org.recordrelief.formats.Columns;

/**
 * What one output row is made from: the input row it belongs to and the canonical values around it
 * (keys such as {@code determination.outcome}, {@code charge.code}, {@code case.caseNumber}), looked up only
 * for the columns the county writes.
 */
public record OutputRecord(long lineNumber, List<String> inputValues, Columns inputColumns,
                           UnaryOperator<String> values) {

    public String input(String column) {
        return inputColumns.indexOf(column).filter(i -> i < inputValues.size()).map(inputValues::get).orElse("");
    }

    public String value(String key) {
        String v = values.apply(key);
        return v == null ? "" : v;
    }
}
