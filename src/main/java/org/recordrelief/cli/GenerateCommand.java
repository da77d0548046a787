package org.recordrelief.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recordrelief.samples.SampleFormat;
import org.recordrelief.samples.SampleGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes synthetic county exports of any size, for samples, tests and benchmarks. No real person is in them. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic county export (doj, sf-cms, sj-court or la-sql) of any size.")
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, description = "doj, sf-cms, sj-court or la-sql")
    String format;

    @Option(names = "--people", description = "How many people (default: 100, or as many as --rows needs).")
    Integer people;

    @Option(names = "--rows", description = "Write people until the export holds at least this many rows.")
    Long rows;

    @Option(names = "--seed", defaultValue = "64", description = "Seed; the same seed gives the same file (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
        SampleFormat f = SampleFormat.byId(format);
        int wanted = people != null ? people : rows != null ? Integer.MAX_VALUE : 100;
        int written = SampleGenerator.generate(f, seed, wanted, rows != null ? rows : Long.MAX_VALUE, out);
        spec.commandLine().getOut().println("wrote " + written + " synthetic people as " + f.id() + " to " + out);
        return 0;
    }
}
