package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every route file validates against the YAML DSL schema of the Camel version in use (the one in the
 * camel-yaml-dsl jar), so an editor with that schema shows no error, and a key Camel tolerates today but
 * does not define (a boolean where the schema wants text) is caught before an upgrade refuses it.
 */
class RouteSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyRouteFileValidatesAgainstCamelsYamlDslSchema() throws Exception {
        Schema schema;
        try (InputStream in = org.apache.camel.dsl.yaml.YamlRoutesBuilderLoader.class
                .getResourceAsStream("/schema/camelYamlDsl.json")) {
            assertThat(in).as("the YAML DSL schema in camel-yaml-dsl").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("routes"))) {
            files = all.filter(p -> p.toString().endsWith(".camel.yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path file : files) {
            JsonNode routes = YAML.readTree(file.toFile());
            assertThat(schema.validate(routes)).as(file.toString()).isEmpty();
        }
    }
}
