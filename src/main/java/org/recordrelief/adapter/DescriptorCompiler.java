package org.recordrelief.adapter;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.recordrelief.adapter.RecordSpecs.CaseSpec;
import org.recordrelief.adapter.RecordSpecs.ChargeSpec;
import org.recordrelief.adapter.RecordSpecs.PartSpec;
import org.recordrelief.adapter.RecordSpecs.PersonSpec;
import org.recordrelief.adapter.mapping.FieldReader;
import org.recordrelief.adapter.mapping.RowKindClassifier;
import org.recordrelief.adapter.mapping.RowMapper;
import org.recordrelief.formats.Column;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DojResearchFile;
import org.recordrelief.formats.FixedWidthFormat;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.PolicyLoader;

/**
 * Checks a descriptor against the canonical model and its own source, and compiles it. Every mistake
 * is a {@link DescriptorException} naming the file, the key and the fix, raised before any data moves.
 */
final class DescriptorCompiler {

    private final String file;
    private final Path folder;
    private final Map<String, String> env;

    DescriptorCompiler(String file, Path folder, Map<String, String> env) {
        this.file = file;
        this.folder = folder;
        this.env = env;
    }

    CompiledAdapter compile(String id, AdapterDescriptor d) {
        require(d.county() != null && !d.county().isBlank(), "county", "is missing", "name the county, e.g. "
                + "county: Sacramento");
        String county = CourtCase.normaliseCounty(d.county());
        CountyPolicy<?> policy = policy(d, county);
        SourceSpec source = d.source();
        require(source != null, "source", "is missing", "say where the export comes from: type, format, columns");
        String type = source.type() == null ? "file" : source.type();
        require(type.equals("file") || type.equals("database"), "source.type", "unknown type '" + type + "'",
                "use file (a file drop, or an SFTP folder given as source.location) or database");
        require(source.format() != null, "source.format", "is missing",
                "use delimited, fixed-width, doj-research-file or (database) table");
        SourceKind kind = SourceKind.fromYaml(source.format());
        require(kind != null, "source.format", "unknown format '" + source.format() + "'",
                "use delimited, fixed-width, doj-research-file or table");
        require(type.equals("database") == (kind == SourceKind.TABLE), "source.format", type.equals("database")
                ? "a database source has format table" : "a file source cannot have format table",
                type.equals("database") ? "write format: table" : "use delimited, fixed-width or doj-research-file");
        completeFileRules(source, type);
        Charset charset = charset(source.encoding(), "source.encoding", file);
        List<Column> columns = columns(source, kind);
        DelimitedFormat delimited = null;
        FixedWidthFormat fixedWidth = null;
        switch (kind) {
            case DOJ_RESEARCH_FILE -> {
                require(source.delimited() == null, "source.delimited", "the DOJ research file has a fixed layout",
                        "remove source.delimited");
                delimited = DelimitedFormat.CSV;
            }
            case DELIMITED -> {
                require(source.fixedWidth() == null, "source.fixedWidth", "does not apply to a delimited file",
                        "remove it");
                delimited = source.delimited() != null ? source.delimited() : DelimitedFormat.CSV;
                String delimiter = delimited.delimiter() == null ? "," : delimited.delimiter().replace("\\t", "\t");
                require(delimiter.length() == 1, "source.delimited.delimiter", "must be one character",
                        "e.g. \",\", \"|\" or \"\\t\"");
                require(delimited.quote() == null || delimited.quote().length() <= 1, "source.delimited.quote",
                        "must be one character, or empty for none", "e.g. '\"'");
            }
            case FIXED_WIDTH -> {
                require(source.delimited() == null, "source.delimited", "does not apply to a fixed-width file",
                        "remove it");
                fixedWidth = source.fixedWidth() != null ? source.fixedWidth() : FixedWidthFormat.PLAIN;
            }
            case TABLE -> {
                require(source.database() != null && source.database().query() != null, "source.database.query",
                        "is missing", "give the SELECT that returns one row per charge");
                Optional<String> notOneSelect = SelectStatement.problem(source.database().query());
                require(notOneSelect.isEmpty(), "source.database.query", notOneSelect.orElse(""),
                        "write one SELECT: a source only reads");
            }
        }
        DatabaseSettings database = kind == SourceKind.TABLE
                ? databaseSettings(source.database(), "source.database", file, folder, env) : null;
        ValueSpecCompiler values = new ValueSpecCompiler(file, columns,
                source.emptyValues() == null ? Set.of() : source.emptyValues().stream().map(String::trim)
                        .collect(Collectors.toSet()), policy.ruleSet()::mayConcern);
        CompiledAdapter.MappingPlan mapping = mapping(d, values);
        OutputPlan output = new OutputPlanCompiler(file, values, env).compile(d.output(), folder);
        SftpLocations sftp = new SftpLocations(file, folder, env);
        require(type.equals("file") || source.location() == null, "source.location", "only applies to a file source",
                "remove it; a database source is reached by source.database.url");
        require(output.format() != OutputPlan.Format.TABLE || d.output().location() == null, "output.location",
                "does not apply to a table", "remove it; the table is reached by output.database.url");
        checkSchedule(d.schedule());
        require(d.approval() == null || d.approval().equals("required") || d.approval().equals("none"), "approval",
                "unknown value '" + d.approval() + "'", "use required (a reviewer approves results before they go "
                + "back; the default) or none");
        checkIncremental(source, kind, columns);
        SftpSettings sftpSource = sftp.compile("source", "inbox", source.location(), source.sftp(), null);
        SftpSettings sftpOutput = sftp.compile("output", "outbox", d.output().location(), d.output().sftp(),
                source.sftp());
        return new CompiledAdapter(id, folder, d, county, kind, charset, columns, delimited, fixedWidth, database,
                policy, mapping, output, sftpSource, sftpOutput, configurationSha256(d));
    }

    private void completeFileRules(SourceSpec source, String type) {
        if (!type.equals("file")) {
            rejectUnlessFile(source.minAgeSeconds() == null, "source.minAgeSeconds");
            rejectUnlessFile(source.doneFile() == null, "source.doneFile");
            return;
        }
        require(source.minAgeSeconds() == null || (source.minAgeSeconds() >= 0 && source.minAgeSeconds() <= 3600),
                "source.minAgeSeconds", "must be between 0 and 3600",
                "give the seconds a file must stay unchanged before it is read, e.g. 10");
        String done = source.doneFile();
        require(done == null || (done.contains("{name}") || done.contains("{base}"))
                        && !done.contains("/") && !done.contains("\\") && !done.contains("..")
                        && done.replace("{name}", "").replace("{base}", "").matches("[A-Za-z0-9._-]*"),
                "source.doneFile", "'" + done + "' is not a done-file name in the inbox",
                "write it with {name} (the export's name) or {base} (without its extension), e.g. \"{name}.done\"");
    }

    private void checkIncremental(SourceSpec source, SourceKind kind, List<Column> columns) {
        IncrementalSpec inc = source.incremental();
        if (inc == null) {
            return;
        }
        require(kind == SourceKind.TABLE, "source.incremental", "only applies to a database source", "remove it");
        require(inc.changes() != null, "source.incremental.changes", "is missing", "give a SELECT returning person "
                + "and changed, e.g. SELECT defendant_id AS person, updated_at AS changed FROM cms_charge");
        Optional<String> notOneSelect = SelectStatement.problem(inc.changes());
        require(notOneSelect.isEmpty(), "source.incremental.changes", notOneSelect.orElse(""),
                "write one SELECT: a source only reads");
        require(inc.personColumn() != null && columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(
                inc.personColumn())), "source.incremental.personColumn", inc.personColumn() == null ? "is missing"
                : "'" + inc.personColumn() + "' is not a column of the source", "name the source column that holds the "
                + "person key, e.g. personColumn: defendant_id");
        require(inc.batch() >= 1 && inc.batch() <= 5000, "source.incremental.batchSize", "must be between 1 and 5000",
                "e.g. 500 people per read");
    }

    private void checkSchedule(ScheduleSpec schedule) {
        if (schedule == null) {
            return;
        }
        require(schedule.cron() != null && org.quartz.CronExpression.isValidExpression(schedule.cron()),
                "schedule.cron", schedule.cron() == null ? "is missing" : "'" + schedule.cron() + "' is not a Quartz "
                        + "cron expression", "write seconds, minutes, hours, day of month, month, day of week, with ? "
                        + "in one of the two days, e.g. \"0 30 2 * * ?\" for 02:30 every night");
        if (schedule.timeZone() != null) {
            try {
                java.time.ZoneId.of(schedule.timeZone());
            } catch (java.time.DateTimeException e) {
                throw new DescriptorException(file, "schedule.timeZone", "'" + schedule.timeZone() + "' is not a time "
                        + "zone", "use a name such as America/Los_Angeles");
            }
        }
    }

    private void rejectUnlessFile(boolean absent, String key) {
        require(absent, key, "only applies to a file source", "remove it");
    }

    /** The descriptor and its policy file, hashed together: what the audit trail says a run was decided by. */
    private String configurationSha256(AdapterDescriptor d) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(Path.of(file)));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(folder.resolve(d.policy() == null ? "policy.yaml" : d.policy())));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new DescriptorException(file, "(file)", "cannot read the descriptor and policy again: "
                    + e.getMessage(), "check that both files are readable");
        }
    }

    private CountyPolicy<?> policy(AdapterDescriptor d, String county) {
        Path policyFile = folder.resolve(d.policy() == null ? "policy.yaml" : d.policy());
        require(Files.isRegularFile(policyFile), "policy", "the policy file " + policyFile + " does not exist",
                "create it (see docs/rules.md) or point 'policy:' at it");
        CountyPolicy<?> policy = new PolicyLoader().load(policyFile);
        require(policy.county().equals(county), "county", "the descriptor says " + county + " but " + policyFile
                + " says " + policy.county(), "make both name the same county");
        return policy;
    }

    private List<Column> columns(SourceSpec source, SourceKind kind) {
        if (kind == SourceKind.DOJ_RESEARCH_FILE) {
            require(source.columns() == null, "source.columns", "the DOJ research file's 95 columns are built in",
                    "remove source.columns");
            return DojResearchFile.columns();
        }
        require(source.columns() != null && !source.columns().isEmpty(), "source.columns", "no columns are declared",
                "list every column with name, description and personal: true/false"
                        + (kind == SourceKind.FIXED_WIDTH ? ", start and length" : ""));
        Set<String> names = new HashSet<>();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < source.columns().size(); i++) {
            Column c = source.columns().get(i);
            String path = "source.columns[" + i + "]";
            require(names.add(c.name().trim().toUpperCase(Locale.ROOT)), path + ".name", "'" + c.name()
                    + "' is declared twice", "give each column its own name");
            require(c.description() != null && !c.description().isBlank(), path + ".description",
                    "column '" + c.name() + "' has no description", "say what the column holds");
            require(c.personal() != null, path + ".personal", "column '" + c.name() + "' does not say whether it is "
                    + "personal data", "add personal: true (names, dates of birth, identifiers) or personal: false");
            if (kind == SourceKind.FIXED_WIDTH) {
                require(c.start() != null && c.start() >= 1, path + ".start", "a fixed-width column needs start "
                        + "(1 for the first character)", "add start: N");
                require(c.length() != null && c.length() >= 1, path + ".length", "a fixed-width column needs a length",
                        "add length: N");
                for (int[] span : spans) {
                    require(c.start() + c.length() <= span[0] || c.start() >= span[0] + span[1], path,
                            "column '" + c.name() + "' overlaps column '" + source.columns().get(span[2]).name() + "'",
                            "check start and length");
                }
                spans.add(new int[] {c.start(), c.length(), i});
            } else {
                require(c.start() == null && c.length() == null, path, "start and length only apply to fixed-width "
                        + "files", "remove them");
            }
        }
        return List.copyOf(source.columns());
    }

    private CompiledAdapter.MappingPlan mapping(AdapterDescriptor d, ValueSpecCompiler v) {
        RowKindClassifier kinds = rowKinds(d, v);
        PersonSpec p = d.person();
        require(p != null && p.key() != null && !p.key().isEmpty(), "person.key", "is missing",
                "list the columns that identify a person, e.g. key: [CII]");
        Map<IdentifierType, FieldReader<String>> ids = new EnumMap<>(IdentifierType.class);
        if (p.identifiers() != null) {
            p.identifiers().forEach((type, spec) -> ids.put(type, v.compile(spec, "person.identifiers." + type,
                    FieldTarget.TEXT, false)));
        }
        RowMapper.PersonReaders person = new RowMapper.PersonReaders(v.keyReader("person key", p.key(), "person.key"),
                v.compile(p.name(), "person.name", FieldTarget.NAME, false),
                v.compile(p.dateOfBirth(), "person.dateOfBirth", FieldTarget.DATE, false), ids);
        CaseSpec c = d.caseSpec() != null ? d.caseSpec() : new CaseSpec(null, null, null, null, null);
        RowMapper.CaseReaders caseReaders = new RowMapper.CaseReaders(
                c.key() == null ? null : v.keyReader("case key", c.key(), "case.key"),
                v.compile(c.caseNumber(), "case.caseNumber", FieldTarget.TEXT, false),
                v.compile(c.court(), "case.court", FieldTarget.TEXT, false),
                v.compile(c.county(), "case.county", FieldTarget.TEXT, false),
                v.compile(c.arrestDate(), "case.arrestDate", FieldTarget.DATE, false));
        return new CompiledAdapter.MappingPlan(kinds, person, caseReaders, charge(d.charge(), v),
                d.event() == null ? null : v.compile(d.event().date(), "event.date", FieldTarget.DATE, false));
    }

    private RowMapper.ChargeReaders charge(ChargeSpec ch, ValueSpecCompiler v) {
        require(ch != null, "charge", "is missing", "map at least charge.code and charge.disposition");
        require(ch.code() != null, "charge.code", "is missing", "say which column holds the code section");
        require(ch.disposition() != null, "charge.disposition", "is missing",
                "map the disposition column to CONVICTED, DISMISSED, ACQUITTED or OTHER");
        RecordSpecs.SentenceSpec s = ch.sentence() != null ? ch.sentence()
                : new RecordSpecs.SentenceSpec(null, List.of(), null);
        List<RowMapper.PartReaders> parts = new ArrayList<>();
        List<PartSpec> partSpecs = s.parts() == null ? List.of() : s.parts();
        for (int i = 0; i < partSpecs.size(); i++) {
            PartSpec part = partSpecs.get(i);
            String path = "charge.sentence.parts[" + i + "]";
            require(part.type() != null, path + ".type", "is missing", "say what kind of sentence part it is, e.g. "
                    + "type: {constant: PROBATION}");
            parts.add(new RowMapper.PartReaders(v.compile(part.type(), path + ".type", FieldTarget.SENTENCE_TYPE, false),
                    v.compile(part.length(), path + ".length", FieldTarget.WHOLE_NUMBER, false),
                    v.compile(part.unit(), path + ".unit", FieldTarget.SENTENCE_UNIT, false),
                    v.compile(part.endDate(), path + ".endDate", FieldTarget.DATE, false)));
        }
        return new RowMapper.ChargeReaders(ch.key() == null ? null : v.keyReader("charge key", ch.key(), "charge.key"),
                v.compile(ch.countNumber(), "charge.countNumber", FieldTarget.TEXT, false),
                v.compile(ch.code(), "charge.code", FieldTarget.CODE, true),
                v.compile(ch.offenceDate(), "charge.offenceDate", FieldTarget.DATE, false),
                v.compile(ch.disposition(), "charge.disposition", FieldTarget.DISPOSITION, true),
                v.compile(ch.convictionDate(), "charge.convictionDate", FieldTarget.DATE, false),
                v.compile(ch.level(), "charge.level", FieldTarget.LEVEL, false),
                v.compile(s.date(), "charge.sentence.date", FieldTarget.DATE, false), parts,
                v.compile(s.complete(), "charge.sentence.complete", FieldTarget.BOOLEAN, false));
    }

    private RowKindClassifier rowKinds(AdapterDescriptor d, ValueSpecCompiler v) {
        List<RowKindRule> rules = d.rowKinds();
        if (rules == null) {
            return new RowKindClassifier(List.of());
        }
        for (int i = 0; i < rules.size(); i++) {
            RowKindRule r = rules.get(i);
            String path = "rowKinds[" + i + "]";
            require(r.kind() != null, path + ".kind", "is missing", "use charge, event or other");
            require((r.kind() == RowKind.EVENT) == (r.event() != null), path + ".event", r.kind() == RowKind.EVENT
                    ? "an event rule must say which event" : "only an event rule names an event",
                    r.kind() == RowKind.EVENT ? "add event: PC290_REGISTRATION or event: DECEASED" : "remove 'event'");
            if (r.when() == null || r.when().isEmpty()) {
                require(i == rules.size() - 1, path, "a rule without 'when' matches every row, so the rules after it "
                        + "never apply", "make it the last rule");
            } else {
                for (int j = 0; j < r.when().size(); j++) {
                    RowKindRule.When w = r.when().get(j);
                    String at = path + ".when" + (r.when().size() > 1 ? "[" + j + "]" : "");
                    require(w != null && w.column() != null, at + ".column", "is missing", "name the column to test");
                    v.checkColumn(w.column(), at + ".column");
                    require(w.equals() != null || w.matches() != null, at,
                            "needs 'equals' (a list of values) or 'matches' (a regex)", "add one of them");
                }
            }
            require(r.kind() != RowKind.EVENT || d.event() != null, path, "event rows need an 'event:' section",
                    "add event: {date: {from: COLUMN, date: PATTERN}}");
        }
        try {
            return new RowKindClassifier(rules, v.personalColumns());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new DescriptorException(file, "rowKinds", "a 'matches' pattern is not a valid regex: "
                    + e.getDescription(), "correct the pattern");
        }
    }

    static Charset charset(String name, String path, String file) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DescriptorException(file, path, "unknown encoding '" + name + "'",
                    "use UTF-8, ISO-8859-1, windows-1252 or US-ASCII");
        }
    }

    static DatabaseSettings databaseSettings(DatabaseSpec spec, String path, String file, Path folder,
                                             Map<String, String> env) {
        if (spec.url() == null) {
            throw new DescriptorException(file, path + ".url", "is missing", "give the JDBC URL, e.g. "
                    + "url: ${LA_CMS_URL}");
        }
        if (spec.passwordEnv() != null && spec.passwordFile() != null) {
            throw new DescriptorException(file, path, "has both passwordEnv and passwordFile", "keep one");
        }
        try {
            Path passwordFile = spec.passwordFile() == null ? null : folder.resolve(expand(spec.passwordFile(), env));
            return new DatabaseSettings(expand(spec.url(), env), expand(spec.user(), env), spec.passwordEnv(),
                    passwordFile);
        } catch (IllegalArgumentException e) {
            throw new DescriptorException(file, path, e.getMessage(), "set the variable, or give a default as "
                    + "${NAME:-default}");
        }
    }

    private static String expand(String text, Map<String, String> env) {
        return DatabaseSettings.expand(text, env);
    }

    private void require(boolean ok, String path, String problem, String fix) {
        if (!ok) {
            throw new DescriptorException(file, path, problem, fix);
        }
    }
}
