package org.recordrelief.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordrelief.adapter.AdapterDescriptor;
import org.recordrelief.adapter.DescriptorException;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.rules.prop64.Prop64Options;

/**
 * docs/adapter.schema.json and docs/policy.schema.json are made from the records the loader binds to, so an
 * editor that checks a file against them accepts and refuses the keys the loader does. The files must be
 * the ones generated (-Drecordrelief.updateExpected=true writes them), every bundled descriptor and policy
 * passes them, and a misspelt key is refused by both the loader and the schema.
 */
class SchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ADAPTER_SCHEMA = Path.of("docs/adapter.schema.json");
    private static final Path POLICY_SCHEMA = Path.of("docs/policy.schema.json");

    static ObjectNode adapterSchema() {
        return new RecordSchemas().schema("record-relief county adapter descriptor (adapter.yaml)",
                AdapterDescriptor.class, Map.of());
    }

    static ObjectNode policySchema() {
        return new RecordSchemas().schema("record-relief county policy (policy.yaml), rule set prop64", null,
                new java.util.LinkedHashMap<>(java.util.Map.<String, Class<?>>of()) {{
                    put("county", String.class);
                    put("authority", String.class);
                    put("ruleSet", String.class);
                    put("options", Prop64Options.class);
                }});
    }

    @Test
    void theSchemaFilesAreTheOnesTheRecordsMake() throws Exception {
        for (var file : Map.of(ADAPTER_SCHEMA, adapterSchema(), POLICY_SCHEMA, policySchema()).entrySet()) {
            String made = JSON.writeValueAsString(file.getValue()) + "\n";
            if (Boolean.getBoolean("recordrelief.updateExpected")) {
                Files.writeString(file.getKey(), made);
            }
            assertThat(Files.readString(file.getKey())).as(file.getKey() + " (regenerate with "
                    + "-Drecordrelief.updateExpected=true)").isEqualTo(made);
        }
    }

    private static Schema load(Path file) throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(file));
    }

    @Test
    void everyBundledDescriptorAndPolicyPasses() throws Exception {
        Schema adapter = load(ADAPTER_SCHEMA);
        Schema policy = load(POLICY_SCHEMA);
        try (Stream<Path> counties = Files.list(Path.of("county-adapters"))) {
            for (Path county : counties.filter(Files::isDirectory).toList()) {
                assertThat(adapter.validate(YAML.readTree(county.resolve("adapter.yaml").toFile())))
                        .as(county + "/adapter.yaml").isEmpty();
                assertThat(policy.validate(YAML.readTree(county.resolve("policy.yaml").toFile())))
                        .as(county + "/policy.yaml").isEmpty();
            }
        }
    }

    @Test
    void aMisspeltKeyIsRefusedByTheLoaderAndTheSchema(@TempDir Path tmp) throws Exception {
        Schema schema = load(ADAPTER_SCHEMA);
        String good = Files.readString(Path.of("county-adapters/san-francisco/adapter.yaml"));
        for (List<String> typo : List.of(List.of("\noutput:", "\noutptu:"), List.of("dateOfBirth: {from: DOB, date:",
                "dateOfBirth: {from: DOB, daet:"), List.of("  delimited: {delimiter", "  delimted: {delimiter"))) {
            String bad = good.replace(typo.get(0), typo.get(1));
            assertThat(bad).isNotEqualTo(good);
            JsonNode tree = YAML.readTree(bad);
            assertThat(schema.validate(tree)).as("the schema refuses " + typo.get(1)).isNotEmpty();
            Path county = Files.createDirectories(tmp.resolve("sf-" + Math.abs(typo.get(1).hashCode())));
            Files.writeString(county.resolve("adapter.yaml"), bad);
            Files.copy(Path.of("county-adapters/san-francisco/policy.yaml"), county.resolve("policy.yaml"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DescriptorLoader(Map.of("WORK", "/tmp/w"))
                    .load(county)).as("the loader refuses " + typo.get(1)).isInstanceOf(DescriptorException.class);
        }
    }

    /** A policy key misspelt at the top, among the options, and inside an option: both refuse it. */
    @Test
    void aMisspeltPolicyKeyIsRefusedByTheLoaderAndTheSchema() throws Exception {
        Schema schema = load(POLICY_SCHEMA);
        String good = Files.readString(Path.of("county-adapters/los-angeles/policy.yaml"));
        assertThat(schema.validate(YAML.readTree(good))).as("the good policy passes the schema").isEmpty();
        new org.recordrelief.rules.PolicyLoader().load(new java.io.ByteArrayInputStream(good.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "policy.yaml");
        for (List<String> typo : List.of(List.of("\nauthority:", "\nauthorty:"),
                List.of("  misdemeanorsReferredTo:", "  misdemeanorsReferedTo:"),
                List.of("    years: 10", "    yeras: 10"), List.of("  dismissDeceased:", "  dismissDeceaced:"))) {
            String bad = good.replace(typo.get(0), typo.get(1));
            assertThat(bad).isNotEqualTo(good);
            assertThat(schema.validate(YAML.readTree(bad))).as("the schema refuses " + typo.get(1).strip())
                    .isNotEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new org.recordrelief.rules.PolicyLoader().load(
                    new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "policy.yaml")).as("the loader refuses " + typo.get(1).strip())
                    .isInstanceOf(org.recordrelief.rules.PolicyException.class)
                    .hasMessageContaining("': unknown key '" + typo.get(1).strip().replaceAll(":.*", "") + "' (did you mean '"
                            + typo.get(0).strip().replaceAll(":.*", "") + "'?)");
        }
    }
}
