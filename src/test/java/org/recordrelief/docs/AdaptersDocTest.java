package org.recordrelief.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordrelief.adapter.AdapterDescriptor;
import org.recordrelief.adapter.DatabaseSpec;
import org.recordrelief.adapter.OutputKeys;
import org.recordrelief.adapter.OutputSpec;
import org.recordrelief.adapter.RecordSpecs;
import org.recordrelief.adapter.RowKindRule;
import org.recordrelief.adapter.SourceSpec;
import org.recordrelief.adapter.ValueSpec;
import org.recordrelief.formats.Column;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.FixedWidthFormat;

/** docs/adapters.md is the descriptor reference: every key the loader accepts is documented there. */
class AdaptersDocTest {

    @Test
    void everyDescriptorKeyIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/adapters.md"));
        for (Class<?> type : List.of(AdapterDescriptor.class, SourceSpec.class, DatabaseSpec.class, RowKindRule.class,
                RowKindRule.When.class, RecordSpecs.PersonSpec.class, RecordSpecs.CaseSpec.class,
                RecordSpecs.ChargeSpec.class, RecordSpecs.SentenceSpec.class, RecordSpecs.PartSpec.class,
                RecordSpecs.EventSpec.class, ValueSpec.class, OutputSpec.class, OutputSpec.OutputColumn.class,
                DelimitedFormat.class, FixedWidthFormat.class, Column.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                String key = c.getName().equals("caseSpec") ? "case" : c.getName();
                assertThat(doc).as("%s.%s", type.getSimpleName(), key).containsPattern("`[a-zA-Z.]*" + key + "[`: .]");
            }
        }
    }

    @Test
    void everyOutputValueIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/adapters.md"));
        OutputKeys.all().forEach(key -> assertThat(doc).contains("`" + key + "`"));
    }
}
