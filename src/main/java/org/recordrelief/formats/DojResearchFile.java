package org.recordrelief.formats;

import java.util.List;
import org.recordrelief.config.DataList;

/**
 * The state DOJ research file every county receives under AB 1793: 95 columns with a header, one row per
 * person x cycle x step x count. Its column list (with descriptions and which columns are personal data)
 * ships with record-relief, so a county descriptor says {@code format: doj-research-file} and need not
 * repeat it.
 */
public final class DojResearchFile {

    private static final String RESOURCE = "/formats/doj-research-file-columns.txt";
    private static final List<Column> COLUMNS = load();

    private DojResearchFile() {
    }

    public static List<Column> columns() {
        return COLUMNS;
    }

    private static List<Column> load() {
        return DataList.read(RESOURCE).stream().map(e -> Column.delimited(e.field(0), e.field(2),
                e.field(1).equals("yes"))).toList();
    }
}
