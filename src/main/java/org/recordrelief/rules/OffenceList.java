package org.recordrelief.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recordrelief.model.code.ChargeCode;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.CodeSectionParser;

/**
 * A list of offences kept as data so a lawyer can review it without reading Java, e.g. the PC
 * 667(e)(2)(C)(iv) "super strikes" or the PC 290(c) registrable offences. One line per entry:
 *
 * <pre>
 * PC 187        | homicide (PC 667(e)(2)(C)(iv)(IV))
 * PC 207        | kidnapping with intent to commit a listed sex offence | facts
 * </pre>
 *
 * An entry covers its subdivisions ({@code PC 288(a)} covers {@code PC 288(a)(1)}); attempt and
 * conspiracy entries are listed separately. {@code facts} marks an entry that only counts when facts
 * the record does not hold are true: such a match goes to hand review, never to a silent exclusion.
 */
public final class OffenceList {

    /** One listed offence. */
    public record Entry(CodeSection section, String description, boolean dependsOnFacts) {
    }

    private final String name;
    private final List<Entry> entries;

    private OffenceList(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
    }

    public static OffenceList fromResource(String resource) {
        InputStream in = OffenceList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("offence list missing from the class path: " + resource);
        }
        CodeSectionParser parser = new CodeSectionParser();
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\|");
                ChargeCode code = parser.parse(parts[0].strip());
                if (!(code instanceof CodeSection section)) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": cannot read '" + parts[0] + "'");
                }
                String description = parts.length > 1 ? parts[1].strip() : section.canonical();
                boolean facts = parts.length > 2 && parts[2].strip().equals("facts");
                entries.add(new Entry(section, description, facts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OffenceList(resource, entries);
    }

    /** The entry this code falls under, if any; a count naming several sections matches when one of them does. */
    public Optional<Entry> match(ChargeCode code) {
        for (CodeSection section : code.sections()) {
            Optional<Entry> entry = entries.stream()
                    .filter(e -> e.section().modifier() == section.modifier() && section.isWithin(e.section()))
                    .findFirst();
            if (entry.isPresent()) {
                return entry;
            }
        }
        return Optional.empty();
    }

    public List<Entry> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return name + " (" + entries.size() + " entries)";
    }
}
