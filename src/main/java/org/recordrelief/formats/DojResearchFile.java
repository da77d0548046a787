package org.recordrelief.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
        InputStream in = DojResearchFile.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + RESOURCE);
        }
        List<Column> columns = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                columns.add(Column.delimited(parts[0].strip(), parts[2].strip(), parts[1].strip().equals("yes")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(columns);
    }
}
