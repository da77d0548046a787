package org.recordrelief.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the data lists that ship in the jar for a person to review without reading Java (offence lists,
 * the DOJ columns, letter-suffixed sections): one entry a line, fields separated by {@code |}, blank lines
 * and lines starting with {@code #} skipped.
 */
public final class DataList {

    /** One entry: its line in the file (for messages) and its fields, trimmed. */
    public record Entry(int line, List<String> fields) {

        /** The field at {@code index}, or empty when the line has fewer. */
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private DataList() {
    }

    public static List<Entry> read(String resource) {
        InputStream in = DataList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + resource);
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    entries.add(new Entry(number, Arrays.stream(text.split("\\|")).map(String::strip).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }
}
