package org.recordrelief.rules;

import java.util.ArrayList;
import java.util.List;
import org.recordrelief.model.code.ChargeCode;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.CodeSectionParser;

/** Helpers the options records use to check their values, each failure naming the key and the fix. */
public final class PolicyValidation {

    private static final CodeSectionParser PARSER = new CodeSectionParser();

    private final String file;

    public PolicyValidation(String file) {
        this.file = file;
    }

    public void require(boolean ok, String key, String problem, String fix) {
        if (!ok) {
            throw new PolicyException(file, key, problem, fix);
        }
    }

    public void requireRange(Integer value, int min, int max, String key, String what) {
        require(value != null, key, what + " is missing", "give a whole number from " + min + " to " + max);
        require(value >= min && value <= max, key, what + " must be from " + min + " to " + max + ", got " + value,
                "give a whole number from " + min + " to " + max);
    }

    /** Parses a list of code sections written as county staff write them ("PC 647(f)", "11364 HS"). */
    public List<CodeSection> sections(List<String> texts, String key) {
        require(texts != null && !texts.isEmpty(), key, "the list of code sections is empty",
                "list at least one section, e.g. [\"PC 647(f)\", \"HS 11364\"]");
        List<CodeSection> sections = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ChargeCode code = PARSER.parse(texts.get(i));
            require(code instanceof CodeSection, key + "[" + i + "]",
                    "'" + texts.get(i) + "' is not a code section the parser can read",
                    "write it as code and section, e.g. \"PC 647(f)\" or \"HS 11364\"");
            sections.add((CodeSection) code);
        }
        return List.copyOf(sections);
    }
}
