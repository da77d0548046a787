package org.recordrelief.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recordrelief.rules.prop64.Prop64Options;
import org.recordrelief.rules.prop64.Prop64Rule;
import org.recordrelief.rules.prop64.Prop64RuleSet;

/** docs/rules.md must document every rule id with its citation, and every county option. */
class Prop64DocsTest {

    static String doc() throws IOException {
        return Files.readString(Path.of("docs/rules.md"));
    }

    @Test
    void everyStatuteRuleHasARowWithItsCitation() throws IOException {
        String doc = doc();
        for (Prop64Rule rule : Prop64Rule.values()) {
            Optional<String> row = doc.lines().filter(l -> l.startsWith("| `" + rule.id() + "` |")).findFirst();
            assertThat(row).as("row for %s", rule.id()).isPresent();
            assertThat(row.get()).as("citation of %s", rule.id()).contains("| " + rule.citation() + " |");
        }
    }

    @Test
    void everyCountyOptionHasASection() throws IOException {
        String doc = doc();
        for (RecordComponent option : Prop64Options.class.getRecordComponents()) {
            assertThat(doc).as("section for option %s", option.getName()).contains("### `" + option.getName() + "`");
        }
    }

    @Test
    void theDocumentedVersionIsTheCodesVersion() throws IOException {
        assertThat(doc()).contains("`prop64/" + Prop64RuleSet.VERSION + "`");
    }
}
