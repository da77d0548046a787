package org.recordrelief.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recordrelief.model.code.ChargeCode;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.CodeSectionParser;

/**
 * A code falls under the first entry of the list, in the list's order, of its own section that covers it
 * (its subdivisions, the same attempt or conspiracy), whichever way the list is searched.
 */
class OffenceListTest {

    @Test
    void everyListedSectionAndItsNeighboursMatchTheFirstEntryThatCoversThem() {
        CodeSectionParser parser = new CodeSectionParser();
        for (String resource : List.of("/rules/super-strikes.txt", "/rules/pc290-registrable.txt")) {
            OffenceList list = OffenceList.fromResource(resource);
            List<String> codes = new ArrayList<>();
            for (OffenceList.Entry e : list.entries()) {
                String canonical = e.section().canonical();
                codes.add(canonical);
                codes.add(canonical + "(9)");
                codes.add("PC 664/" + canonical);
                codes.add(canonical.replaceFirst("^PC ", "HS "));
                codes.add(canonical.replaceFirst("\\([^()]*\\)$", ""));
                codes.add(canonical + ", HS 11357");
            }
            int matched = 0;
            for (String text : codes) {
                ChargeCode code = parser.parse(text);
                Optional<OffenceList.Entry> expected = firstCovering(list.entries(), code);
                assertThat(list.match(code)).as("%s in %s", text, resource).isEqualTo(expected);
                matched += expected.isPresent() ? 1 : 0;
            }
            assertThat(matched).as("most of the codes fall under an entry").isGreaterThan(codes.size() / 3);
        }
    }

    /** The list read from the top, the way the statute lists it: the reference the lookup must agree with. */
    private static Optional<OffenceList.Entry> firstCovering(List<OffenceList.Entry> entries, ChargeCode code) {
        for (CodeSection section : code.sections()) {
            for (OffenceList.Entry e : entries) {
                if (e.section().modifier() == section.modifier() && section.isWithin(e.section())) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
