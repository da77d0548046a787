package org.recordrelief.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.PolicyLoader;

/** County policies for tests, written as the YAML county staff would write. */
public final class Policies {

    public static final String STATUTE_ONLY = "";

    private Policies() {
    }

    /** A Sacramento policy whose {@code options:} map is the given YAML flow map, e.g. "{dismissDeceased: true}". */
    public static CountyPolicy<?> withOptions(String optionsFlowMap) {
        String yaml = "county: Sacramento\nauthority: Test county policy\nruleSet: prop64\n"
                + (optionsFlowMap.isBlank() ? "" : "options: " + optionsFlowMap + "\n");
        return fromYaml(yaml, "test-policy.yaml");
    }

    public static CountyPolicy<?> fromYaml(String yaml, String name) {
        return new PolicyLoader().load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), name);
    }
}
