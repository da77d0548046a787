package org.recordrelief.model.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

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
        InputStream in = LetterSuffixedSections.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + RESOURCE);
        }
        Set<String> sections = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String entry = line.split("\\|", 2)[0].strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] parts = entry.split("\\s+");
                if (parts.length != 2 || !parts[1].matches("\\d+(\\.\\d+)?[a-z]")) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'CODE 123a', found '"
                            + entry + "'");
                }
                sections.add(LegalCode.valueOf(parts[0]).name() + " " + parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(sections);
    }
}
