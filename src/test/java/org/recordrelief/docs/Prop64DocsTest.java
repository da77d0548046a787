package org.recordrelief.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordrelief.testing.HistoryBuilder.person;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.prop64.Prop64Options;
import org.recordrelief.rules.prop64.Prop64Rule;
import org.recordrelief.rules.prop64.Prop64RuleSet;
import org.recordrelief.testing.HistoryBuilder;
import org.recordrelief.testing.Policies;

/**
 * docs/rules.md must say what the code does: every rule id with its citation and reason text, every
 * county option, and, cell by cell, which section, level and age each statute rule decides.
 */
class Prop64DocsTest {

    static String doc() throws IOException {
        return Files.readString(Path.of("docs/rules.md"));
    }

    /** The rules that decide counts whose section is unclear, before any section is read: not in the grid. */
    static final Set<Prop64Rule> OUTSIDE_THE_GRID = EnumSet.of(Prop64Rule.SEVERAL_SECTIONS, Prop64Rule.CODE_UNREADABLE,
            Prop64Rule.HISTORY_INCOMPLETE);

    static Optional<String> statuteRow(String doc, Prop64Rule rule) {
        return doc.lines().filter(l -> l.startsWith("| `" + rule.id() + "` |") && l.split("\\|").length > 5)
                .findFirst();
    }

    @Test
    void everyStatuteRuleHasARowWithItsCitation() throws IOException {
        String doc = doc();
        for (Prop64Rule rule : Prop64Rule.values()) {
            Optional<String> row = statuteRow(doc, rule);
            assertThat(row).as("row for %s", rule.id()).isPresent();
            assertThat(row.get()).as("citation of %s", rule.id()).contains("| " + rule.citation() + " |");
        }
    }

    /** The documented reason text, with its *placeholders*, is the code's text with its %s. */
    @Test
    void everyReasonTextIsDocumentedWordForWord() throws IOException {
        String doc = doc();
        for (Prop64Rule rule : Prop64Rule.values()) {
            String[] cells = statuteRow(doc, rule).orElseThrow().split("\\|");
            String documented = cells[cells.length - 1].trim().replaceAll("\\*[^*]+\\*", "§");
            assertThat(documented).as("reason text of %s", rule.id())
                    .isEqualTo(rule.text().replaceAll("%[sd]", "§"));
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

    // ---- "When each statute rule applies", checked cell by cell -----------------------------------------

    record Cell(String section, String level, String age) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return section + " " + level + " " + age;
        }
    }

    static final List<String> SECTIONS = List.of("HS 11357", "HS 11357(a)", "HS 11357(b)", "HS 11357(c)", "HS 11357(d)",
            "HS 11357(e)", "HS 11357(f)", "HS 11357(b)(2)", "HS 11358", "HS 11358(d)(3)", "HS 11359", "HS 11359(c)(3)",
            "HS 11359(d)", "HS 11359(b)", "HS 11360", "HS 11360(a)", "HS 11360(a)(2)", "HS 11360(b)", "HS 11360(c)",
            "HS 11360(a)(3)(C)", "HS 11360(a)(3)(D)");
    static final Map<String, OffenceLevel> LEVELS = Map.of("F", OffenceLevel.FELONY, "M", OffenceLevel.MISDEMEANOR,
            "I", OffenceLevel.INFRACTION, "unknown", OffenceLevel.UNKNOWN);
    /** Dates of birth that make the person this old on the offence date, 2010-01-01. */
    static final Map<String, String> AGES = new LinkedHashMap<>();

    static {
        AGES.put("under 18", "1992-06-01");
        AGES.put("18-20", "1990-06-01");
        AGES.put("21+", "1970-01-01");
        AGES.put("unknown", null);
    }

    static final String CONVICTED = "2010-01-01";

    /** How a history is built for one cell: the plain conviction, or with what a history rule needs. */
    @FunctionalInterface
    interface Scenario {
        HistoryBuilder build(String section, OffenceLevel level, String dob);
    }

    static HistoryBuilder plain(String section, OffenceLevel level, String dob) {
        return person("p").born(dob).convicted(section, level, CONVICTED);
    }

    static Map<Prop64Rule, Scenario> scenarios() {
        Map<Prop64Rule, Scenario> s = new LinkedHashMap<>();
        s.put(Prop64Rule.NO_DATE, (sec, lvl, dob) -> person("p").born(dob).convicted(sec, lvl, null));
        s.put(Prop64Rule.AFTER_ACT, (sec, lvl, dob) -> person("p").born(dob).convicted(sec, lvl, "2017-01-01"));
        s.put(Prop64Rule.AFTER_ACT_NO_OFFENCE_DATE, (sec, lvl, dob) -> person("p").born(dob)
                .convicted(sec, lvl, "2017-01-01").offenceOn(null));
        s.put(Prop64Rule.OFFENCE_BEFORE_ACT, (sec, lvl, dob) -> person("p").born(dob)
                .convicted(sec, lvl, "2017-01-01").offenceOn(CONVICTED));
        s.put(Prop64Rule.ATTEMPT, (sec, lvl, dob) -> plain("PC 664/" + sec, lvl, dob));
        s.put(Prop64Rule.PRIOR_SUPER_STRIKE, (sec, lvl, dob) -> plain(sec, lvl, dob).prior("PC 187", OffenceLevel.FELONY,
                "1995-01-01"));
        s.put(Prop64Rule.PRIOR_PC290, (sec, lvl, dob) -> plain(sec, lvl, dob).prior("PC 243.4",
                OffenceLevel.MISDEMEANOR, "1995-01-01"));
        s.put(Prop64Rule.PC290_REGISTERED, (sec, lvl, dob) -> plain(sec, lvl, dob).registered290("1995-01-01"));
        s.put(Prop64Rule.PRIORS_SAME_SECTION, (sec, lvl, dob) -> plain(sec, lvl, dob)
                .prior(sectionOnly(sec), OffenceLevel.FELONY, "2001-01-01")
                .prior(sectionOnly(sec), OffenceLevel.FELONY, "2003-01-01"));
        s.put(Prop64Rule.PRIOR_UNDATED, (sec, lvl, dob) -> plain(sec, lvl, dob).prior("PC 187", OffenceLevel.FELONY,
                null));
        s.put(Prop64Rule.PRIOR_NEEDS_FACTS, (sec, lvl, dob) -> plain(sec, lvl, dob).prior("PC 207",
                OffenceLevel.FELONY, "1995-01-01"));
        s.put(Prop64Rule.MINOR_IN_SAME_CASE, (sec, lvl, dob) -> plain(sec, lvl, dob).sameCase("HS 11361",
                OffenceLevel.FELONY));
        return s;
    }

    static String sectionOnly(String section) {
        int paren = section.indexOf('(');
        return paren < 0 ? section : section.substring(0, paren);
    }

    /** What the code decides: for each rule, the cells where it is the statute's rule. */
    static Map<String, Set<Cell>> decided() {
        CountyPolicy<?> statute = Policies.withOptions(Policies.STATUTE_ONLY);
        Map<Prop64Rule, Scenario> scenarios = scenarios();
        Map<String, Set<Cell>> decided = new TreeMap<>();
        List<Map.Entry<Prop64Rule, Scenario>> runs = new ArrayList<>(scenarios.entrySet());
        runs.add(Map.entry(Prop64Rule.NO_DATE, Prop64DocsTest::plain)); // the plain run; its key is unused
        for (int run = 0; run < runs.size(); run++) {
            boolean plainRun = run == runs.size() - 1;
            Prop64Rule target = runs.get(run).getKey();
            Scenario scenario = runs.get(run).getValue();
            for (String section : SECTIONS) {
                for (Map.Entry<String, OffenceLevel> level : LEVELS.entrySet()) {
                    for (Map.Entry<String, String> age : AGES.entrySet()) {
                        Determination d = statute.evaluate(scenario.build(section, level.getValue(), age.getValue())
                                .build(), LocalDate.of(2020, 7, 1)).stream()
                                .filter(x -> x.chargeId().equals("main")).findFirst().orElseThrow();
                        String rule = d.reasons().get(0).ruleId();
                        boolean counts = plainRun ? scenarios.keySet().stream().noneMatch(r -> r.id().equals(rule))
                                : rule.equals(target.id());
                        if (counts) {
                            decided.computeIfAbsent(rule, k -> new TreeSet<>())
                                    .add(new Cell(section, level.getKey(), age.getKey()));
                        }
                    }
                }
            }
        }
        return decided;
    }

    static final Pattern APPLIES_ROW = Pattern.compile("^\\| `(P64-[A-Z0-9-]+)` \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");

    /** What the docs say: the lines of the "When each statute rule applies" table, expanded into cells. */
    static Map<String, Set<Cell>> documented(String doc) {
        String table = doc.substring(doc.indexOf("### When each statute rule applies"));
        table = table.substring(0, table.indexOf("\n### ", 5));
        Map<String, Set<Cell>> documented = new TreeMap<>();
        for (String line : table.lines().toList()) {
            Matcher m = APPLIES_ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            for (String section : values(m.group(2), SECTIONS)) {
                assertThat(SECTIONS).as("a section the docs name").contains(section);
                for (String level : values(m.group(3), List.copyOf(new TreeSet<>(LEVELS.keySet())))) {
                    assertThat(LEVELS).as("a level the docs name").containsKey(level);
                    for (String age : values(m.group(4), List.copyOf(AGES.keySet()))) {
                        assertThat(AGES).as("an age the docs name").containsKey(age);
                        documented.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(new Cell(section, level, age));
                    }
                }
            }
        }
        return documented;
    }

    static List<String> values(String cell, List<String> any) {
        String text = cell.trim();
        return text.equals("any") ? any : Arrays.stream(text.split(",")).map(String::trim).toList();
    }

    @Test
    void theAppliesTableIsWhatTheCodeDecides() throws IOException {
        Map<String, Set<Cell>> documented = documented(doc());
        Map<String, Set<Cell>> decided = decided();
        for (Prop64Rule rule : Prop64Rule.values()) {
            if (OUTSIDE_THE_GRID.contains(rule)) {
                assertThat(documented).as("%s decides before any section is read", rule.id())
                        .doesNotContainKey(rule.id());
                continue;
            }
            assertThat(documented.getOrDefault(rule.id(), Set.of())).as("cells where %s applies: docs vs code",
                    rule.id()).containsExactlyElementsOf(decided.getOrDefault(rule.id(), Set.of()));
        }
        assertThat(documented.keySet()).as("rule ids in the table")
                .allMatch(id -> Arrays.stream(Prop64Rule.values()).anyMatch(r -> r.id().equals(id)));
    }
}
