package org.recordrelief.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.recordrelief.onboarding.ExportProfile.ColumnProfile;
import org.recordrelief.onboarding.ExportProfile.Role;

/**
 * A first descriptor and policy for a county, written from the profile of one of its exports. What the
 * profile can tell is filled in; every decision only a person can take is marked {@code TODO} with what
 * to decide, and the descriptor check refuses the files until no TODO is left.
 */
public final class DescriptorDraft {

    private final String countyName;
    private final String sampleName;
    private final ExportProfile p;
    private final StringBuilder out = new StringBuilder();

    private DescriptorDraft(String countyName, String sampleName, ExportProfile profile) {
        this.countyName = countyName;
        this.sampleName = sampleName;
        this.p = profile;
    }

    /** The county folder's name as a county name: {@code kings} → {@code Kings}, {@code san-benito} → {@code San Benito}. */
    public static String countyName(String folder) {
        StringBuilder name = new StringBuilder();
        for (String word : folder.split("[-_ ]+")) {
            if (!word.isEmpty()) {
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return name.toString();
    }

    public static String policy(String countyName) {
        return "# Draft policy for " + countyName + ", written by record-relief init. docs/rules.md explains the rule "
                + "set and\n# every county option.\n"
                + "county: " + countyName + "\n"
                + "authority: " + countyName + " County District Attorney   # TODO: the office that decided this "
                + "policy\n"
                + "ruleSet: prop64\n"
                + "# TODO: the county's options (docs/rules.md lists them); with none, the statute alone decides\n"
                + "options: {}\n";
    }

    public static String adapter(String countyName, String sampleName, ExportProfile profile) {
        return new DescriptorDraft(countyName, sampleName, profile).write();
    }

    private String write() {
        line("# Draft descriptor for " + countyName + ", written by `record-relief init` from the profile of "
                + sampleName + " on " + LocalDate.now() + ".");
        line("# TODO: each line marked like this holds a decision only a person can take (docs/onboarding.md walks");
        line("# through them; docs/adapters.md has every key). check-adapters refuses the file while one is left.");
        line("county: " + countyName);
        line("description: \"" + countyName + " criminal history export\"   # TODO: what this export is, which "
                + "system sends it, how often");
        line("policy: policy.yaml");
        line("");
        source();
        mapping();
        output();
        return out.toString();
    }

    private void source() {
        line("source:");
        line("  type: file");
        line("  format: " + (p.isDelimited() ? "delimited" : "fixed-width"));
        int dot = sampleName.lastIndexOf('.');
        line("  include: \"" + (dot > 0 ? "*" + sampleName.substring(dot) : "*") + "\"");
        line("  encoding: " + p.charset().name());
        if (p.isDelimited()) {
            line("  delimited: {delimiter: \"" + (p.delimiter() == '\t' ? "\\t" : String.valueOf(p.delimiter()))
                    + "\", quote: \"" + (p.quote() == null ? "" : "\\\"") + "\", header: " + p.header() + "}");
        } else {
            line("  fixedWidth: {recordLength: " + p.recordLength() + ", skipLines: " + (p.header() ? 1 : 0) + "}");
        }
        line("  columns:   # TODO: check every column: its name, what it holds, and personal: true for anything "
                + "that identifies a person");
        for (ColumnProfile c : p.columns()) {
            String at = p.isDelimited() ? "" : ", start: " + c.start() + ", length: " + c.length();
            line("    - {name: " + c.name() + at + ", description: \"" + c.role().words() + "\", personal: "
                    + c.role().personal() + "}");
        }
        line("");
    }

    private void mapping() {
        Optional<ColumnProfile> person = first(c -> c.role() == Role.IDENTIFIER);
        Optional<ColumnProfile> caseNo = p.columns().stream().filter(c -> c.role() == Role.IDENTIFIER).skip(1)
                .findFirst();
        Optional<ColumnProfile> name = first(c -> c.role() == Role.NAME);
        Optional<ColumnProfile> birth = first(c -> c.role() == Role.DATE_OF_BIRTH);
        Optional<ColumnProfile> count = first(c -> c.role() == Role.NUMBER);
        Optional<ColumnProfile> code = first(c -> c.role() == Role.CODE_SECTION);
        Optional<ColumnProfile> level = first(c -> c.role() == Role.LEVEL);
        Optional<ColumnProfile> dispo = first(c -> c.role() == Role.DISPOSITION);
        List<ColumnProfile> dates = p.columns().stream().filter(c -> c.role() == Role.DATE).toList();

        line("person:");
        line("  key: [" + col(person) + "]   # TODO: the column(s) that identify one person in every row");
        line("  name: {from: " + col(name) + ", name: \"" + nameLayout(name) + "\"}   # TODO: check the name layout: "
                + "LAST,FIRST M | LAST/FIRST M | FIRST M LAST | FIRST LAST | LAST FIRST M | a regex");
        line("  dateOfBirth: {from: " + col(birth) + date(birth) + "}" + todoIfMissing(birth,
                "the date-of-birth column and its layout"));
        line("  identifiers:");
        line("    COUNTY_PERSON_ID: {from: " + col(person) + "}   # TODO: other identifiers the export has (CII, FBI, "
                + "SSN, DRIVERS_LICENSE)");
        line("");
        line("case:");
        line("  key: [" + col(caseNo) + "]   # TODO: the column(s) that identify a case (a court case or arrest "
                + "cycle)");
        line("  # TODO: the arrest or filing date (arrestDate), or charge.offenceDate, if the export has one: without");
        line("  # either, age at the offence is unknown and possession counts go to review (P64-AGE-UNKNOWN)");
        line("  caseNumber: {from: " + col(caseNo) + "}");
        line("  county: {constant: " + countyName + "}");
        line("");
        line("charge:");
        line("  key: [" + col(count) + "]   # TODO: the column(s) that identify a count within its case");
        line("  countNumber: {from: " + col(count) + "}");
        line("  code: {from: " + col(code) + "}" + todoIfMissing(code, "the code-section column"));
        if (!dates.isEmpty()) {
            line("  convictionDate: {from: " + dates.get(dates.size() - 1).name() + date(Optional.of(dates.get(
                    dates.size() - 1))) + "}   # TODO: the date of conviction (disposition); "
                    + (dates.size() > 1 ? "the export has " + dates.size() + " date columns, see the profile"
                    : "check it is not the offence or filing date"));
        } else {
            line("  convictionDate: {from: TODO}   # TODO: the conviction (disposition) date column and its layout");
        }
        line("  disposition:");
        line("    from: " + col(dispo));
        line("    map:   # TODO: check what each value means with the county; every value in an export must be mapped");
        valueMap(dispo, DescriptorDraft::disposition);
        line("  level:");
        line("    from: " + col(level));
        line("    map:   # TODO: check each value");
        valueMap(level, DescriptorDraft::level);
        line("  # TODO: a sentence, when the export has one (charge.sentence in docs/adapters.md); without it,");
        line("  # the rules that look at a sentence still being served send such counts to review");
        line("");
    }

    private void output() {
        line("approval: required   # results wait for a reviewer's approval (docs/review.md); none sends them at once");
        line("");
        line("output:   # TODO: how the county wants the results back: file name, layout and columns");
        line("  rows: perDetermination");
        line("  format: delimited");
        line("  file: \"{source}-prop64.csv\"");
        line("  delimited: {delimiter: \",\", quote: \"\\\"\", header: true}");
        line("  columns:");
        for (String key : List.of("person", "case")) {
            Optional<ColumnProfile> c = key.equals("person") ? first(x -> x.role() == Role.IDENTIFIER)
                    : p.columns().stream().filter(x -> x.role() == Role.IDENTIFIER).skip(1).findFirst();
            c.ifPresent(col -> line("    - {name: " + col.name() + ", from: input." + col.name() + "}"));
        }
        first(x -> x.role() == Role.NUMBER).ifPresent(col -> line("    - {name: " + col.name() + ", from: input."
                + col.name() + "}"));
        line("    - {name: STATUTE, from: charge.code}");
        line("    - {name: OUTCOME, from: determination.outcome}");
        line("    - {name: REDUCED_TO, from: determination.reducedTo}");
        line("    - {name: RULES, from: determination.ruleIds}");
        line("    - {name: REASONS, from: determination.reasons}");
    }

    private void valueMap(Optional<ColumnProfile> column, java.util.function.Function<String, String> guess) {
        Map<String, Long> values = column.map(ColumnProfile::values).orElse(Map.of());
        if (values.isEmpty()) {
            line("      \"TODO\": OTHER");
            return;
        }
        values.keySet().stream().sorted().forEach(v -> line("      \"" + v.replace("\"", "\\\"") + "\": "
                + guess.apply(v)));
    }

    static String disposition(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        switch (v) { // two-letter codes some systems use
            case "CV", "CN", "GU" -> {
                return "CONVICTED";
            }
            case "DS", "DM", "DI" -> {
                return "DISMISSED";
            }
            case "AQ", "AC", "NG" -> {
                return "ACQUITTED";
            }
            default -> {
            }
        }
        if (v.matches(".*(NOT GUILTY|ACQ).*")) {
            return "ACQUITTED";
        }
        if (v.matches(".*(CONV|GUILTY|CNV|PLEA|NOLO).*")) {
            return "CONVICTED";
        }
        if (v.matches(".*(DISM|DSM).*")) {
            return "DISMISSED";
        }
        return "OTHER";
    }

    static String level(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "F", "FE", "FEL", "FELONY" -> "FELONY";
            case "M", "MI", "MISD", "MISDEMEANOR" -> "MISDEMEANOR";
            case "I", "IN", "INF", "INFRACTION" -> "INFRACTION";
            default -> "OTHER";
        };
    }

    private static String nameLayout(Optional<ColumnProfile> name) {
        String shape = name.flatMap(c -> c.shapes().keySet().stream().findFirst()).orElse("");
        if (shape.contains(",")) {
            return "LAST,FIRST M";
        }
        if (shape.contains("/")) {
            return "LAST/FIRST M";
        }
        // a lone initial shows where the middle name is: last (LAST FIRST M) or between (FIRST M LAST)
        return shape.endsWith(" A") ? "LAST FIRST M" : "FIRST M LAST";
    }

    private static String date(Optional<ColumnProfile> column) {
        if (column.isEmpty() || column.get().datePatterns().isEmpty()) {
            return ", date: TODO";
        }
        String pattern = column.get().datePatterns().get(0);
        String layout = pattern.startsWith("julian:") ? ", julian: " + pattern.substring(7) : ", date: " + pattern;
        return layout + (column.get().twoDigitYear() ? ", pivotYear: TODO" : "");
    }

    private static String todoIfMissing(Optional<ColumnProfile> column, String what) {
        return column.isEmpty() || column.get().twoDigitYear() || column.get().datePatterns().size() > 1
                ? "   # TODO: " + what + (column.isPresent() && column.get().twoDigitYear()
                ? " (two-digit years: the first year of the hundred they fall in)" : "") : "";
    }

    private Optional<ColumnProfile> first(Predicate<ColumnProfile> test) {
        return p.columns().stream().filter(test).findFirst();
    }

    private static String col(Optional<ColumnProfile> column) {
        return column.map(ColumnProfile::name).orElse("TODO");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
