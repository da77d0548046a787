package org.recordrelief.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordrelief.config.DataList;
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
    /** The entries by section number: each prior conviction of each person is looked up, not compared with all. */
    private final Map<String, List<Entry>> bySection;

    private OffenceList(String name, List<Entry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        Map<String, List<Entry>> index = new HashMap<>();
        for (Entry e : entries) {
            index.computeIfAbsent(e.section().section(), s -> new ArrayList<>()).add(e);
        }
        index.replaceAll((section, list) -> List.copyOf(list));
        this.bySection = Map.copyOf(index);
    }

    public static OffenceList fromResource(String resource) {
        CodeSectionParser parser = new CodeSectionParser();
        List<Entry> entries = new ArrayList<>();
        for (DataList.Entry line : DataList.read(resource)) {
            ChargeCode code = parser.parse(line.field(0));
            if (!(code instanceof CodeSection section)) {
                throw new IllegalStateException(resource + " line " + line.line() + ": cannot read '" + line.field(0)
                        + "'");
            }
            String description = line.field(1).isEmpty() ? section.canonical() : line.field(1);
            entries.add(new Entry(section, description, line.field(2).equals("facts")));
        }
        return new OffenceList(resource, entries);
    }

    /** The entry this code falls under, if any; a count naming several sections matches when one of them does. */
    public Optional<Entry> match(ChargeCode code) {
        for (CodeSection section : code.sections()) {
            // in the list's order, as the first entry of the whole list that covers it
            for (Entry e : bySection.getOrDefault(section.section(), List.of())) {
                if (e.section().modifier() == section.modifier() && section.isWithin(e.section())) {
                    return Optional.of(e);
                }
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
