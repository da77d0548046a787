package org.recordrelief.model.code;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.recordrelief.config.DataList;

/**
 * The sections whose number ends in a letter (PC 288a, PC 653f), read from a data list a lawyer can
 * review: {@code src/main/resources/codes/letter-suffixed-sections.txt}. Any other letter written
 * right after a section number is a subdivision ({@code 11357A HS} is HS 11357(a)).
 */
final class LetterSuffixedSections {

    private static final String RESOURCE = "/codes/letter-suffixed-sections.txt";
    private static final Set<String> SECTIONS = load();

    private LetterSuffixedSections() {
    }

    static boolean contains(LegalCode code, String section) {
        return SECTIONS.contains(code.name() + " " + section.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> sections = new HashSet<>();
        for (DataList.Entry entry : DataList.read(RESOURCE)) {
            String[] parts = entry.field(0).split("\\s+");
            if (parts.length != 2 || !parts[1].matches("\\d+(\\.\\d+)?[a-z]")) {
                throw new IllegalStateException(RESOURCE + " line " + entry.line() + ": expected 'CODE 123a', found '"
                        + entry.field(0) + "'");
            }
            sections.add(LegalCode.valueOf(parts[0]).name() + " " + parts[1]);
        }
        return Set.copyOf(sections);
    }
}
