package org.recordrelief.onboarding;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.CodeSectionParser;
import org.recordrelief.onboarding.ExportProfile.ColumnProfile;
import org.recordrelief.onboarding.ExportProfile.Role;

/**
 * Looks at the start of an unseen export and says how it is laid out and what each column seems to hold,
 * so that a person can write its descriptor from facts, not guesses. It reads at most {@value #MAX_ROWS}
 * rows and {@value #MAX_BYTES} bytes.
 */
public final class Profiler {

    static final int MAX_ROWS = 20_000;
    static final int MAX_BYTES = 16 * 1024 * 1024;
    /** Columns with at most this many distinct values list them (when they are not personal). */
    static final int FEW_VALUES = 30;
    private static final int DISTINCT_CAP = 5_000;
    private static final double FITS = 0.95;
    private static final char[] DELIMITERS = {',', '|', '\t', ';', '~'};
    private static final Set<String> LEVELS = Set.of("F", "M", "I", "FEL", "MISD", "INF", "FELONY", "MISDEMEANOR",
            "INFRACTION", "FE", "MI", "IN");
    private static final Pattern DISPOSITION_WORDS = Pattern.compile(
            "(?i).*(CONV|DISM|GUILTY|ACQ|PLEA|DIVER|PEND|CNV|DSM|DIV|NOLO|CONVICTED|DISMISSED).*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final CodeSectionParser codes = new CodeSectionParser();

    public ExportProfile profile(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES);
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("the file " + file + " is empty");
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        Charset charset = decodesAsUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String text = new String(bytes, charset);
        if (bom) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().limit(MAX_ROWS + 1L).filter(l -> !l.isBlank()).toList();
        if (bytes.length == MAX_BYTES && lines.size() > 1) {
            lines = lines.subList(0, lines.size() - 1); // the last line may be cut
        }
        Character delimiter = delimiter(lines);
        boolean sameLength = sameLength(lines);
        // a fixed-width file may hold a comma in every line (LAST,FIRST): a few delimiters do not outvote that
        if (delimiter != null && (!sameLength || fieldsPerLine(lines, delimiter) >= 3)) {
            return delimited(lines, delimiter, charset, bom);
        }
        return fixedWidth(lines, charset, bom);
    }

    private static boolean decodesAsUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0,
                            cutAtCharacter(bytes)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The length up to the last whole UTF-8 character, since the read may have stopped inside one. */
    private static int cutAtCharacter(byte[] bytes) {
        int end = bytes.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
            return end - back - 1;
        }
        return end;
    }

    /** Whether (nearly) every line after the first has the same length. */
    private static boolean sameLength(List<String> lines) {
        List<String> data = lines.size() > 1 ? lines.subList(1, lines.size()) : lines;
        Map<Integer, Long> lengths = data.stream().collect(Collectors.groupingBy(String::length, Collectors.counting()));
        return lengths.values().stream().mapToLong(Long::longValue).max().orElse(0) >= FITS * data.size();
    }

    private static int fieldsPerLine(List<String> lines, char delimiter) {
        return (int) lines.get(lines.size() - 1).chars().filter(c -> c == delimiter).count() + 1;
    }

    /** A delimiter that appears the same number of times on (nearly) every line. */
    private static Character delimiter(List<String> lines) {
        Character best = null;
        int bestCount = 0;
        for (char d : DELIMITERS) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String line : lines) {
                counts.merge((int) line.chars().filter(c -> c == d).count(), 1, Integer::sum);
            }
            Map.Entry<Integer, Integer> mode = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (mode.getKey() > 0 && mode.getValue() >= FITS * lines.size() && mode.getKey() > bestCount) {
                best = d;
                bestCount = mode.getKey();
            }
        }
        return best;
    }

    private ExportProfile delimited(List<String> lines, char delimiter, Charset charset, boolean bom) {
        boolean quoted = lines.stream().limit(1000).anyMatch(l -> l.startsWith("\"") || l.contains(delimiter + "\""));
        CsvReader.CsvReaderBuilder builder = CsvReader.builder().fieldSeparator(delimiter).allowMissingFields(true)
                .allowExtraFields(true).quoteCharacter(quoted ? '"' : '\uFFFF');
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecord r : builder.ofCsvRecord(String.join("\n", lines))) {
            rows.add(r.getFields());
        }
        boolean header = looksLikeHeader(rows);
        List<String> names = header ? rows.get(0) : null;
        List<List<String>> data = header ? rows.subList(1, rows.size()) : rows;
        int width = data.stream().mapToInt(List::size).max().orElse(names == null ? 0 : names.size());
        if (names != null && !names.isEmpty() && names.get(names.size() - 1).isBlank() && width == names.size()) {
            width = names.size(); // a trailing delimiter: an end marker or an empty last column, kept as a column
        }
        List<String> columnNames = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            int index = i;
            columnNames.add(names != null && i < names.size() && !names.get(i).isBlank() ? names.get(i).trim()
                    : "COLUMN_" + (i + 1));
            values.add(data.stream().map(r -> index < r.size() ? r.get(index).trim() : "").toList());
        }
        List<ColumnProfile> columns = new ArrayList<>();
        int birth = dateOfBirth(columnNames, values);
        for (int i = 0; i < width; i++) {
            columns.add(column(columnNames.get(i), 0, 0, values.get(i), i == birth));
        }
        return new ExportProfile(charset, bom, delimiter, quoted ? '"' : null, header, 0, data.size(), columns);
    }

    /** A first row of distinct names, none a number or a date, over rows that do hold digits. */
    private static boolean looksLikeHeader(List<List<String>> rows) {
        if (rows.size() < 2) {
            return false;
        }
        List<String> first = rows.get(0);
        boolean names = first.stream().filter(s -> !s.isBlank()).allMatch(s -> !s.trim().matches(".*\\d{3,}.*"))
                && first.stream().filter(s -> !s.isBlank()).distinct().count() == first.stream()
                .filter(s -> !s.isBlank()).count();
        boolean digitsBelow = rows.subList(1, Math.min(rows.size(), 50)).stream().flatMap(List::stream)
                .anyMatch(s -> s.matches(".*\\d{3,}.*"));
        return names && digitsBelow;
    }

    private ExportProfile fixedWidth(List<String> lines, Charset charset, boolean bom) {
        Map<Integer, Long> lengths = lines.stream().collect(Collectors.groupingBy(String::length, Collectors.counting()));
        int length = lengths.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> rest = lines.subList(Math.min(1, lines.size()), lines.size()).stream()
                .filter(l -> l.length() == length).toList();
        boolean header = lines.size() > 1 && (lines.get(0).length() != length || unlike(lines.get(0), rest));
        List<String> data = lines.stream().skip(header ? 1 : 0).filter(l -> l.length() == length).toList();
        List<int[]> fields = fieldBoundaries(data, length);
        List<String> names = fields.stream().map(f -> "FIELD_" + (f[0] + 1)).toList();
        List<List<String>> values = fields.stream().map(f -> data.stream().map(l -> l.substring(f[0], f[1]).trim())
                .toList()).toList();
        int birth = dateOfBirth(names, values);
        List<ColumnProfile> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            int[] f = fields.get(i);
            columns.add(column(names.get(i), f[0] + 1, f[1] - f[0], values.get(i), i == birth));
        }
        return new ExportProfile(charset, bom, null, null, header, length, data.size(), columns);
    }

    /** A first line with letters or blanks where (nearly) every other line has digits: a header. */
    private static boolean unlike(String first, List<String> data) {
        int differ = 0;
        for (int i = 0; i < first.length(); i++) {
            int at = i;
            long digits = data.stream().filter(l -> at < l.length() && Character.isDigit(l.charAt(at))).count();
            if (digits >= FITS * data.size() && !Character.isDigit(first.charAt(i))) {
                differ++;
            }
        }
        return differ >= 3;
    }

    /**
     * Fields of a fixed-width file. A field starts where (nearly) every line has a blank before and a
     * character at the position (the end of a padded field), where a run of at least three digits turns into
     * letters on (nearly) every line (an id followed by a name), and after positions blank on every line.
     */
    private static List<int[]> fieldBoundaries(List<String> lines, int length) {
        boolean[] gutter = new boolean[length];
        Arrays.fill(gutter, true);
        int[] starts = new int[length];
        for (String l : lines) {
            for (int i = 0; i < length; i++) {
                char c = l.charAt(i);
                if (c != ' ') {
                    gutter[i] = false;
                }
                if (i > 0 && c != ' ' && (l.charAt(i - 1) == ' ' || Character.isLetter(c) && i >= 3
                        && Character.isDigit(l.charAt(i - 1)) && Character.isDigit(l.charAt(i - 2))
                        && Character.isDigit(l.charAt(i - 3)))) {
                    starts[i]++;
                }
            }
        }
        List<int[]> fields = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean blank = i == length || gutter[i];
            if (start < 0 && !blank) {
                start = i;
            } else if (start >= 0 && (blank || starts[i] >= 0.9 * lines.size())) {
                fields.add(new int[] {start, i});
                start = blank ? -1 : i;
            }
        }
        // a field's trailing blanks belong to it: widen each to the next field's start
        for (int k = 0; k + 1 < fields.size(); k++) {
            fields.get(k)[1] = fields.get(k + 1)[0];
        }
        if (!fields.isEmpty()) {
            fields.get(fields.size() - 1)[1] = length;
        }
        return fields;
    }

    private static int kind(char c) {
        return Character.isDigit(c) ? 1 : Character.isLetter(c) ? 2 : 0;
    }

    private ColumnProfile column(String name, int start, int length, List<String> values, boolean birth) {
        List<String> filled = values.stream().filter(v -> !v.isBlank()).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String v : filled) {
            if (counts.size() < DISTINCT_CAP || counts.containsKey(v)) {
                counts.merge(v, 1L, Long::sum);
            }
        }
        List<String> dates = DatePatterns.fitting(filled, FITS);
        boolean twoDigitYear = !dates.isEmpty() && DatePatterns.twoDigitYear(dates.get(0));
        long unreadDates = dates.isEmpty() ? 0 : filled.stream().filter(v -> DatePatterns.parse(v, dates.get(0)) == null)
                .count();
        Role role = birth ? Role.DATE_OF_BIRTH : role(name, filled, counts, dates);
        Map<String, Long> shown = role.personal() || counts.size() > FEW_VALUES ? Map.of() : sorted(counts);
        Map<String, Long> shapes = role.personal() ? shapes(filled) : Map.of();
        String yearsSeen = twoDigitYear ? DatePatterns.twoDigitYears(filled, dates.get(0)) : "";
        return new ColumnProfile(name, start, length, filled.size(), role, dates, twoDigitYear, unreadDates, yearsSeen,
                shown, shapes, counts.size());
    }

    private Role role(String name, List<String> filled, Map<String, Long> counts, List<String> dates) {
        if (filled.isEmpty()) {
            return Role.EMPTY;
        }
        String hint = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (!dates.isEmpty()) {
            return Role.DATE;
        }
        if (hint.contains("NAME")) {
            return Role.NAME;
        }
        if (hint.matches("(SEX|GENDER|RACE|ETHNIC.*)")) {
            return Role.TEXT;
        }
        long sections = filled.stream().limit(2000).filter(v -> codes.parse(v) instanceof CodeSection).count();
        if (sections >= 0.6 * Math.min(filled.size(), 2000)) {
            return Role.CODE_SECTION;
        }
        if (counts.keySet().stream().allMatch(v -> LEVELS.contains(v.toUpperCase(Locale.ROOT)))) {
            return Role.LEVEL;
        }
        if (counts.size() <= FEW_VALUES && (counts.keySet().stream().anyMatch(v -> DISPOSITION_WORDS.matcher(v)
                .matches()) || hint.matches(".*(DISP|DISPO|DISPOSITION|OUTCOME|FINDING|STATUS).*"))) {
            return Role.DISPOSITION;
        }
        boolean manyDistinct = counts.size() > 0.5 * Math.min(filled.size(), DISTINCT_CAP) && filled.size() > 10;
        boolean countOrSequence = hint.matches(".*(COUNT|ACTION|SEQ|LINE|CHARGE|CHG|CNT).*");
        // When in doubt a column is taken as personal: its values are then never printed.
        if (hint.matches(".*(CII|SSN|FBI|IDENT|DOCKET|BOOKING|PERSON|DEFENDANT|SUBJECT|LICEN[CS]E).*")
                || hint.matches(".*CASE(NO|NUM|NBR|NUMBER|ID).*")
                || hint.matches(".*(ID|NO|NBR|NUM|NUMBER)") && !countOrSequence) {
            return Role.IDENTIFIER;
        }
        if (hint.matches("(SEX|GENDER|RACE|ETHNIC.*)")) {
            return Role.TEXT;
        }
        boolean allDigits = filled.stream().allMatch(v -> DIGITS.matcher(v).matches());
        if (allDigits) {
            return filled.stream().mapToInt(String::length).max().orElse(0) >= 6 ? Role.IDENTIFIER : Role.NUMBER;
        }
        List<String> some = filled.stream().limit(500).toList();
        if (some.stream().filter(v -> v.matches("[A-Za-z'-]+ ?[,/] ?[A-Za-z'-]+( [A-Za-z'-]+)*")).count()
                >= FITS * some.size()) {
            return Role.NAME; // LAST,FIRST M or LAST/FIRST
        }
        if (some.stream().filter(v -> v.replaceAll("\\D", "").length() >= 6).count() >= FITS * some.size()) {
            return Role.IDENTIFIER; // letters and six or more digits: a person, case or document number
        }
        // Values that repeat only a few times each are a person's, not a category's: never printed.
        if (counts.size() > 0.15 * Math.min(filled.size(), DISTINCT_CAP) && filled.size() > 10) {
            return some.stream().allMatch(v -> v.matches("[A-Za-z'. ,/-]+")) ? Role.NAME : Role.IDENTIFIER;
        }
        return Role.TEXT;
    }

    /**
     * The column that holds dates of birth: the one a header names so, else, among two or more date
     * columns, the one whose dates are earliest when they lie mostly before 1990. -1 for none.
     */
    private static int dateOfBirth(List<String> names, List<List<String>> values) {
        int best = -1;
        int bestYear = Integer.MAX_VALUE;
        int dateColumns = 0;
        for (int i = 0; i < names.size(); i++) {
            List<String> filled = values.get(i).stream().filter(v -> !v.isBlank()).toList();
            List<String> patterns = DatePatterns.fitting(filled, FITS);
            if (patterns.isEmpty()) {
                continue;
            }
            String hint = names.get(i).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            if (hint.contains("DOB") || hint.contains("BIRTH")) {
                return i;
            }
            dateColumns++;
            int year = DatePatterns.medianYear(filled, patterns.get(0));
            if (year < bestYear) {
                bestYear = year;
                best = i;
            }
        }
        return dateColumns >= 2 && bestYear < 1990 ? best : -1;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The most common shapes: a letter is A, a digit 9, anything else itself. */
    static Map<String, Long> shapes(List<String> values) {
        Map<String, Long> shapes = new HashMap<>();
        for (String v : values) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < Math.min(v.length(), 40); i++) {
                char c = v.charAt(i);
                s.append(Character.isLetter(c) ? 'A' : Character.isDigit(c) ? '9' : c);
            }
            shapes.merge(s.toString().replaceAll("A{2,}", "A+"), 1L, Long::sum);
        }
        return sorted(shapes).entrySet().stream().limit(5).collect(Collectors.toMap(Map.Entry::getKey,
                Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
