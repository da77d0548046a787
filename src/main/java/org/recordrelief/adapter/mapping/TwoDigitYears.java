package org.recordrelief.adapter.mapping;

/** A date converter whose layout writes the year in two digits, read into the hundred years from a pivot. */
public interface TwoDigitYears {

    /** The first year of the hundred a two-digit year is read into; null when the layout has four digits. */
    Integer pivotYear();
}
