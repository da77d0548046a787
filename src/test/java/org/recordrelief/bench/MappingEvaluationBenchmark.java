package org.recordrelief.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.adapter.mapping.Pseudonymizer;
import org.recordrelief.adapter.mapping.RowMapper;
import org.recordrelief.adapter.mapping.RowResult;
import org.recordrelief.formats.RowReader;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.pipeline.PersonRows;
import org.recordrelief.rules.Determination;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import org.recordrelief.store.HistoryAssembler;

/**
 * The hot path of a run under JMH: map DOJ rows with the Sacramento adapter, build each person's history
 * and evaluate it with the Sacramento policy, as the evaluation thread does for every person. The rows are
 * parsed once beforehand, so parsing and writing (measured by bench/run.sh) stay out. Scores are rows per
 * second. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class MappingEvaluationBenchmark {

    /** Rows the benchmark works on (the generated file's first rows, about 2,300 people), held in memory. */
    static final int ROWS = 20_000;

    private static final LocalDate AS_OF = LocalDate.of(2019, 4, 1);

    private CompiledAdapter adapter;
    private RowMapper mapper;
    private final HistoryAssembler assembler = new HistoryAssembler();
    private List<PersonRows> people;

    @Setup(Level.Trial)
    public void generateAndParse() throws IOException {
        adapter = new DescriptorLoader().load(Path.of("county-adapters", "sacramento"));
        mapper = adapter.mapper(new Pseudonymizer(new byte[32]), LocalDate.now());
        Path file = Files.createTempFile("jmh-doj-", ".csv");
        try {
            SampleGenerator.generate(SampleFormat.DOJ, 2019, Integer.MAX_VALUE, ROWS, file);
            people = byPerson(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The rows person by person, with the key they were grouped by, as the pipeline hands them on. */
    private List<PersonRows> byPerson(Path file) throws IOException {
        List<PersonRows> groups = new ArrayList<>();
        String last = null;
        try (InputStream in = Files.newInputStream(file); RowReader rows = adapter.openReader(in)) {
            for (int read = 0; read < ROWS && rows.hasNext(); read++) {
                SourceRow row = rows.next();
                String key = mapper.personKey(row);
                if (key == null || !key.equals(last)) {
                    groups.add(new PersonRows(key, new ArrayList<>()));
                    last = key;
                }
                groups.get(groups.size() - 1).rows().add(row);
            }
        }
        return groups;
    }

    /** Map, assemble and evaluate every person; one operation is one row. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void mapAndEvaluate(Blackhole out) {
        for (PersonRows person : people) {
            List<MappedRow> mapped = new ArrayList<>(person.rows().size());
            for (SourceRow row : person.rows()) {
                RowResult result = mapper.map(row, person.key());
                if (result instanceof MappedRow m) {
                    mapped.add(m);
                } else {
                    out.consume(result);
                }
            }
            if (!mapped.isEmpty()) {
                HistoryAssembler.Assembled history = assembler.assemble(mapped.get(0).personId(), mapped);
                List<Determination> decided = adapter.policy().evaluate(history.history(), AS_OF);
                out.consume(decided);
            }
        }
    }

    /** Mapping alone, for the share of the hot path the descriptor's readers take. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void mapOnly(Blackhole out) {
        for (PersonRows person : people) {
            for (SourceRow row : person.rows()) {
                out.consume(mapper.map(row, person.key()));
            }
        }
    }
}
