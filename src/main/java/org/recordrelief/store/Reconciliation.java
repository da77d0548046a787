package org.recordrelief.store;

/** Every run accounts for every row: rows read = rows loaded + rows quarantined. */
public record Reconciliation(long rowsRead, long rowsLoaded, long rowsQuarantined) {

    public boolean balances() {
        return rowsRead == rowsLoaded + rowsQuarantined;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "rows read %,d = loaded %,d + quarantined %,d%s", rowsRead,
                rowsLoaded, rowsQuarantined, balances() ? "" : "  << DOES NOT BALANCE");
    }
}
