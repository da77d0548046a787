package org.recordrelief.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.PersonalData;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.yaml.CanonicalYamlReader;

/** docs/canonical-model.md is the adapters' contract: it must list every field with the right sensitivity. */
class CanonicalModelDocTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|.*\\| (yes|no)[^|]*\\|\\s*$");

    static String doc() throws IOException {
        return Files.readString(Path.of("docs/canonical-model.md"));
    }

    /** Field name to "personal data" column, for the table under "## <record>". */
    static Map<String, Boolean> table(String doc, String record) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : doc.lines().toList()) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## " + record);
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (inSection && m.matches()) {
                fields.put(m.group(1), m.group(2).equals("yes"));
            }
        }
        return fields;
    }

    @ParameterizedTest
    @ValueSource(strings = {"PersonHistory", "Person", "PersonName", "PersonIdentifier", "CourtCase", "Charge",
            "Sentence", "SentencePart", "PersonEvent"})
    void documentsEveryModelField(String record) throws Exception {
        checkRecord(Class.forName("org.recordrelief.model." + record), record);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CodeSection", "MultipleSections", "UnparsedCode"})
    void documentsEveryCodeField(String record) throws Exception {
        checkRecord(Class.forName("org.recordrelief.model.code." + record), record);
    }

    private static void checkRecord(Class<?> type, String record) throws IOException {
        Map<String, Boolean> documented = table(doc(), record);
        Map<String, Boolean> inCode = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            inCode.put(c.getName(), c.isAnnotationPresent(PersonalData.class));
        }
        assertThat(documented).as("fields of %s and whether they are personal data", record).isEqualTo(inCode);
    }

    @Test
    void theYamlExampleReads() throws IOException {
        String doc = doc();
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        List<PersonHistory> people = new CanonicalYamlReader()
                .readAll(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(people).singleElement().satisfies(p -> {
            assertThat(p.cases().get(0).charges()).hasSize(2);
            assertThat(p.cases().get(0).charges().get(0).code()).isEqualTo(CodeSection.of(
                    org.recordrelief.model.code.LegalCode.HS, "11359"));
            assertThat(p.cases().get(0).charges().get(0).sentence().parts()).hasSize(2);
        });
    }
}
