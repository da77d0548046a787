package org.recordrelief.adapter;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.recordrelief.config.YamlBinder;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.FixedWidthRowWriter;

/** Checks and compiles a descriptor's {@code output:} section. */
final class OutputPlanCompiler {

    private final String file;
    private final ValueSpecCompiler columns;
    private final Map<String, String> env;

    OutputPlanCompiler(String file, ValueSpecCompiler columns, Map<String, String> env) {
        this.file = file;
        this.columns = columns;
        this.env = env;
    }

    OutputPlan compile(OutputSpec spec, java.nio.file.Path folder) {
        require(spec != null, "output", "is missing", "say how determinations go back: rows, format, file, columns "
                + "(see county-adapters/san-francisco/adapter.yaml)");
        OutputPlan.Rows rows = switch (spec.rows() == null ? "perDetermination" : spec.rows()) {
            case "perInputRow" -> OutputPlan.Rows.PER_INPUT_ROW;
            case "perDetermination" -> OutputPlan.Rows.PER_DETERMINATION;
            default -> throw new DescriptorException(file, "output.rows", "unknown value '" + spec.rows() + "'",
                    "use perInputRow or perDetermination");
        };
        OutputPlan.Format format = switch (spec.format() == null ? "" : spec.format()) {
            case "delimited" -> OutputPlan.Format.DELIMITED;
            case "fixed-width" -> OutputPlan.Format.FIXED_WIDTH;
            case "table" -> OutputPlan.Format.TABLE;
            default -> throw new DescriptorException(file, "output.format", spec.format() == null ? "is missing"
                    : "unknown format '" + spec.format() + "'", "use delimited, fixed-width or table");
        };
        boolean includeInput = Boolean.TRUE.equals(spec.includeInputColumns());
        require(!includeInput || rows == OutputPlan.Rows.PER_INPUT_ROW, "output.includeInputColumns",
                "only applies with rows: perInputRow", "remove it, or use rows: perInputRow");
        require(format != OutputPlan.Format.TABLE || !includeInput, "output.includeInputColumns",
                "does not apply to a table", "list the table's columns instead");
        require(spec.columns() != null && !spec.columns().isEmpty(), "output.columns", "no columns are listed",
                "list the columns the county wants, e.g. {name: OUTCOME, from: determination.outcome}");
        require(spec.delimited() == null || format == OutputPlan.Format.DELIMITED, "output.delimited",
                "only applies to a delimited output", "remove it");
        List<OutputPlan.Column> compiled = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < spec.columns().size(); i++) {
            OutputSpec.OutputColumn c = spec.columns().get(i);
            String path = "output.columns[" + i + "]";
            require(c.name() != null && !c.name().isBlank(), path + ".name", "is missing", "name the column");
            require(names.add(c.name().toUpperCase(Locale.ROOT)), path + ".name", "'" + c.name() + "' is listed twice",
                    "give each column its own name");
            compiled.add(column(c, path, format));
        }
        String fileTemplate = spec.file();
        DatabaseSettings database = null;
        String table = null;
        List<Integer> key = new ArrayList<>();
        if (format == OutputPlan.Format.TABLE) {
            require(spec.database() != null && spec.database().table() != null, "output.database.table", "is missing",
                    "name the table determinations are inserted into");
            require(spec.file() == null, "output.file", "does not apply to a table", "remove it");
            database = DescriptorCompiler.databaseSettings(spec.database(), "output.database", file, folder, env);
            table = spec.database().table();
            require(table.matches("[A-Za-z_][A-Za-z0-9_.]*"), "output.database.table", "'" + table
                    + "' is not a plain table name", "use letters, digits, _ and . only");
            for (int i = 0; i < spec.columns().size(); i++) {
                require(spec.columns().get(i).name().matches("[A-Za-z_][A-Za-z0-9_]*"), "output.columns[" + i
                        + "].name", "'" + spec.columns().get(i).name() + "' is not a plain column name",
                        "use letters, digits and _ only");
            }
            require(spec.key() != null && !spec.key().isEmpty(), "output.key", "is missing: without it every run "
                    + "adds its rows again", "name the columns that identify a row, e.g. key: [defendant_id, "
                    + "case_number, count_seq, rule_set]");
            List<String> names2 = spec.columns().stream().map(c -> c.name().toUpperCase(Locale.ROOT)).toList();
            for (int i = 0; i < spec.key().size(); i++) {
                String k = spec.key().get(i);
                int index = k == null ? -1 : names2.indexOf(k.trim().toUpperCase(Locale.ROOT));
                require(index >= 0, "output.key[" + i + "]", "'" + k + "' is not one of the output columns",
                        "use the name of an output column");
                key.add(index);
            }
        } else {
            require(fileTemplate != null && !fileTemplate.isBlank(), "output.file", "is missing",
                    "name the output file, e.g. file: \"{source}-prop64.csv\"");
            require(!fileTemplate.contains("/") && !fileTemplate.contains("\\"), "output.file",
                    "must be a file name, not a path", "give only the name; the folder is the county's outbox");
            require(!fileTemplate.replace("{source}", "").matches("[.\\s]*"), "output.file",
                    "'" + fileTemplate + "' is not a file name", "e.g. file: \"{source}-prop64.csv\"");
            require(fileTemplate.contains("{source}"), "output.file", "has no {source}: every export would "
                    + "overwrite the last one's results", "put the export's name in it, e.g. \"{source}-prop64.csv\"");
            require(!fileTemplate.replace("{source}", "").equalsIgnoreCase("-quarantine.csv"), "output.file",
                    "is the name of the quarantine report, which would overwrite the results",
                    "choose another name, e.g. \"{source}-prop64.csv\"");
        }
        Charset charset = DescriptorCompiler.charset(spec.encoding(), "output.encoding", file);
        String terminator = switch (spec.lineTerminator() == null ? "CRLF" : spec.lineTerminator().toUpperCase(Locale.ROOT)) {
            case "CRLF" -> "\r\n";
            case "LF" -> "\n";
            default -> throw new DescriptorException(file, "output.lineTerminator", "unknown value '"
                    + spec.lineTerminator() + "'", "use CRLF or LF");
        };
        DelimitedFormat delimited = spec.delimited() != null ? spec.delimited() : DelimitedFormat.CSV;
        require(format == OutputPlan.Format.TABLE || spec.key() == null, "output.key", "only applies to a table",
                "remove it (a file is written whole by each run)");
        return new OutputPlan(rows, format, fileTemplate, charset, terminator, delimited, includeInput, compiled,
                database, table, List.copyOf(key));
    }

    private OutputPlan.Column column(OutputSpec.OutputColumn c, String path, OutputPlan.Format format) {
        require(c.from() != null ^ c.constant() != null, path, c.from() == null
                ? "says neither 'from' nor 'constant'" : "has both 'from' and 'constant'",
                "give from: determination.outcome (or another value) or constant: TEXT");
        Function<OutputRecord, String> value;
        if (c.constant() != null) {
            String constant = c.constant();
            value = r -> constant;
        } else if (c.from().startsWith("input.")) {
            String column = c.from().substring("input.".length());
            columns.checkColumn(column, path + ".from");
            value = Boolean.TRUE.equals(c.trim()) ? r -> r.input(column).strip() : r -> r.input(column);
        } else {
            if (!OutputKeys.isKnown(c.from())) {
                // the suggestion compares the value with every key: only worth it for a value that is wrong
                throw new DescriptorException(file, path + ".from", "unknown value '" + c.from() + "'"
                        + YamlBinder.suggestion(c.from(), OutputKeys.all()),
                        "use input.COLUMN or one of " + String.join(", ", OutputKeys.all()));
            }
            String key = c.from();
            value = r -> r.value(key);
            if (c.date() != null) {
                require(OutputKeys.isDate(key), path + ".date", "'" + key + "' is not a date", "remove 'date'");
                DateTimeFormatter pattern = pattern(c.date(), path + ".date");
                Function<OutputRecord, String> iso = value;
                value = r -> {
                    String text = iso.apply(r);
                    return text.isEmpty() ? text : LocalDate.parse(text).format(pattern);
                };
            }
        }
        require(c.trim() == null || c.from() != null && c.from().startsWith("input."), path + ".trim",
                "only applies to an input.COLUMN value (every other value is written without blanks)", "remove it");
        if (c.map() != null) {
            value = mapped(c, path, value);
        }
        if (c.ifEmpty() != null) {
            String word = c.ifEmpty();
            Function<OutputRecord, String> raw = value;
            value = r -> {
                String text = raw.apply(r);
                return text == null || text.isBlank() ? word : text;
            };
        }
        FixedWidthRowWriter.Field field = null;
        if (format == OutputPlan.Format.FIXED_WIDTH) {
            require(c.width() != null && c.width() > 0, path + ".width", "a fixed-width column needs a width",
                    "add width: N");
            String align = c.align() == null ? "left" : c.align();
            require(align.equals("left") || align.equals("right"), path + ".align", "unknown value '" + align + "'",
                    "use left or right");
            require(c.pad() == null || c.pad().length() == 1, path + ".pad", "must be one character",
                    "e.g. pad: \"0\"");
            field = new FixedWidthRowWriter.Field(c.width(), align.equals("right"), c.pad() == null ? ' ' : c.pad().charAt(0));
        } else {
            require(c.width() == null && c.align() == null && c.pad() == null, path,
                    "width, align and pad only apply to fixed-width output", "remove them");
        }
        return new OutputPlan.Column(c.name(), c.from(), value, field);
    }

    private Function<OutputRecord, String> mapped(OutputSpec.OutputColumn c, String path,
                                                  Function<OutputRecord, String> value) {
        Map<String, String> map = c.map();
        List<String> required = c.from() == null ? null : OutputKeys.valuesOf(c.from());
        for (String key : map.keySet()) {
            require(!key.isBlank(), path + ".map", "has an empty key, which never matches: an empty value is written "
                    + "empty", "remove it; to write a word for an empty value, use ifEmpty: WORD");
            require(required == null || required.contains(key), path + ".map", "'" + key + "' is not a value of "
                    + c.from() + ", so it can never match", "map only " + (required == null ? "" : String.join(", ",
                    required)));
        }
        if (required != null) {
            for (String v : required) {
                require(map.containsKey(v), path + ".map", "has no code for " + v,
                        "give every value a code: " + String.join(", ", required));
            }
        }
        return r -> {
            String text = value.apply(r);
            if (text.isEmpty()) {
                return text;
            }
            String code = map.get(text);
            return code != null ? code : text;
        };
    }

    private DateTimeFormatter pattern(String pattern, String path) {
        try {
            return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"));
        } catch (IllegalArgumentException e) {
            throw new DescriptorException(file, path, "'" + pattern + "' is not a date pattern", "e.g. yyyyMMdd");
        }
    }

    private void require(boolean ok, String path, String problem, String fix) {
        if (!ok) {
            throw new DescriptorException(file, path, problem, fix);
        }
    }
}
