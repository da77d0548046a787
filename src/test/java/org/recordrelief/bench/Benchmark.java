package org.recordrelief.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The end-to-end benchmark of bench/run.sh: for each row count, a DOJ research file in the real layout from
 * the project's generator, then in the same run the floor (FastCSV read + write of that file) and the whole
 * pipeline (the {@code run} command on the Sacramento adapter: parse, map, evaluate, store, write back), as
 * a county runs it: the installed distribution's {@code bin/record-relief}, after its
 * {@code archive-classes}. Each runs in its own JVM under {@code /usr/bin/time -v}. Prints wall time, rows/s, MB/s, peak RSS and the
 * ratio to the floor. With {@code REPEAT} (environment, default 1) above 1, the floor and the pipeline each
 * run that many times, alternating, and the fastest of each is shown: this machine's timings vary by a
 * fifth from run to run. Each round's ratio is printed too: the fastest floor and the fastest run may come
 * from minutes apart, a round's two from one right after the other. Unless {@code SERVICE=0}, a third row
 * measures the pipeline as {@code serve} runs it, in a JVM already warm from an export before
 * ({@link ServiceRun}); it needs a second generated file.
 *
 * <p>Usage: {@code Benchmark CLASSPATH LAUNCHER HEAP ROWS...}: the floor's classpath, the distribution's
 * {@code bin/record-relief}, the heap of both.
 */
public final class Benchmark {

    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");

    /**
     * The JVM options of both processes besides the heap. The parallel collector suits a batch run: here it
     * spends about half the CPU of the default G1 on a million rows, and the run has two cores to share.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseParallelGC");

    record Measure(double seconds, long rssKb, double cpuSeconds) {
        Measure fasterOf(Measure other) {
            return other == null || seconds <= other.seconds ? this : other;
        }
    }

    private static final int REPEAT = Integer.parseInt(System.getenv().getOrDefault("REPEAT", "1"));
    private static final boolean SERVICE = !"0".equals(System.getenv("SERVICE"));

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String classpath = args[0];
        String launcher = args[1];
        String heap = args[2];
        List<String[]> table = new ArrayList<>();
        List<Double> cores = new ArrayList<>();
        List<String> rounds = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            long rows = Long.parseLong(args[i]);
            Path dir = Path.of("target", "bench", String.valueOf(rows));
            Files.createDirectories(dir);
            Path file = generated(dir, launcher, rows, 2019, "doj-" + rows + ".csv");
            // the service's second export: the same size, other people (an identical file would be skipped)
            Path second = SERVICE ? generated(dir, launcher, rows, 2020, "doj-" + rows + "-second.csv") : null;
            long dataRows = countLines(file) - 1;
            double mb = Files.size(file) / 1e6;
            Measure floor = null;
            Measure pipeline = null;
            Measure service = null;
            List<String> ratios = new ArrayList<>();
            for (int r = 0; r < REPEAT; r++) {
                cores.add(CoreCheck.coresForTwoThreads());
                Measure floorNow = timed(dir.resolve("floor.log"), java(heap, classpath, Floor.class.getName(),
                        file.toString(), dir.resolve("floor-out.csv").toString()), Map.of());
                Files.deleteIfExists(dir.resolve("floor-out.csv"));
                Measure pipelineNow = pipeline(dir, file, launcher, heap);
                ratios.add(ratio(pipelineNow, floorNow));
                floor = floorNow.fasterOf(floor);
                pipeline = pipelineNow.fasterOf(pipeline);
                if (SERVICE) {
                    Path work = countyFolders(dir);
                    service = ServiceRun.measure(dir.resolve("service.log"), work, dir.resolve("adapters"), second, file,
                            launcher, javaOpts(heap)).fasterOf(service);
                    deleteTree(work);
                }
            }
            rounds.add(String.format(Locale.ROOT, "%,d rows: %s", dataRows, String.join(", ", ratios)));
            table.add(row("floor (FastCSV read + write)", dataRows, mb, floor, floor));
            table.add(row("record-relief run (Sacramento)", dataRows, mb, pipeline, floor));
            if (SERVICE) {
                table.add(row("serve, the next export", dataRows, mb, service, floor));
            }
        }
        cores.add(CoreCheck.coresForTwoThreads());
        System.out.printf(Locale.ROOT, "%n%-32s %12s %9s %8s %11s %8s %10s %9s%n", "what ran", "rows", "wall s",
                "CPU s", "rows/s", "MB/s", "peak RSS", "vs floor");
        table.forEach(r -> System.out.printf(Locale.ROOT, "%-32s %12s %9s %8s %11s %8s %10s %9s%n", (Object[]) r));
        System.out.println("(Java " + System.getProperty("java.version") + ", -Xmx" + heap + " "
                + String.join(" ", JVM_OPTIONS) + " for both, the pipeline "
                + "with the class-data archive of archive-classes; CPU is user + "
                + "system time of all threads; peak RSS of the whole JVM process"
                + (REPEAT > 1 ? "; fastest of " + REPEAT + " runs each" : "") + ")");
        System.out.printf(Locale.ROOT, "(two busy threads got %.1f to %.1f of the machine's cores, checked before "
                + "each round and at the end: below 2, something else takes part of them, the host or another process, "
                + "and the pipeline, which needs two, slows more than the floor)%n", cores.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                cores.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        if (REPEAT > 1) {
            System.out.println("(run against the floor round by round, each pair one right after the other: "
                    + String.join("; ", rounds) + ")");
        }
        if (SERVICE) {
            System.out.println("(serve: one service reads another export of the same size first, then this file; "
                    + "its row is that second run, from its start to its end by the service's log, as of the day "
                    + "it runs; CPU of the process meanwhile, peak RSS over both runs)");
        }
    }

    /** A DOJ research file of the generator, made once and kept for the next run. */
    private static Path generated(Path dir, String launcher, long rows, long seed, String name) throws Exception {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            run(dir.resolve("generate.log"), List.of(launcher, "generate", "--format", "doj", "--rows",
                    String.valueOf(rows), "--seed", String.valueOf(seed), "--out", file.toString()), Map.of());
        }
        // a complete export, as a county's system leaves it: older than the inbox's minimum age
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        return file;
    }

    /** A fresh work folder with an empty Sacramento inbox, and the bundled Sacramento county folder; the work folder. */
    private static Path countyFolders(Path dir) throws IOException {
        Path work = dir.resolve("work");
        Path adapters = dir.resolve("adapters");
        deleteTree(work);
        deleteTree(adapters);
        Files.createDirectories(work.resolve("sacramento").resolve("inbox"));
        Path county = Files.createDirectories(adapters.resolve("sacramento"));
        try (Stream<Path> files = Files.list(Path.of("county-adapters", "sacramento"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, county.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return work;
    }

    private static Map<String, String> javaOpts(String heap) {
        return Map.of("JAVA_OPTS", "-Xmx" + heap + " " + String.join(" ", JVM_OPTIONS));
    }

    private static Measure pipeline(Path dir, Path file, String launcher, String heap) throws Exception {
        Path work = countyFolders(dir);
        // A hard link: the run moves its export to the archive, and the generated file stays for the next run.
        Files.createLink(work.resolve("sacramento").resolve("inbox").resolve(file.getFileName()), file);
        Measure m = timed(dir.resolve("pipeline.log"), List.of(launcher, "run", "--as-of", "2019-04-01", "--work",
                work.toString(), "--adapters", dir.resolve("adapters").toString()), javaOpts(heap));
        deleteTree(work);
        return m;
    }

    private static List<String> java(String heap, String classpath, String... mainAndArgs) {
        // the Java this benchmark runs on, which is the one the launcher picks (JAVA_HOME, else the PATH's)
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classpath));
        command.addAll(List.of(mainAndArgs));
        return command;
    }

    private static String[] row(String what, long rows, double mb, Measure m, Measure floor) {
        return new String[] {what, String.format(Locale.ROOT, "%,d", rows), String.format(Locale.ROOT, "%.1f", m.seconds()),
                String.format(Locale.ROOT, "%.1f", m.cpuSeconds()),
                String.format(Locale.ROOT, "%,.0f", rows / m.seconds()), String.format(Locale.ROOT, "%.0f", mb / m.seconds()),
                String.format(Locale.ROOT, "%,d MB", m.rssKb() / 1024), ratio(m, floor)};
    }

    private static String ratio(Measure m, Measure floor) {
        return String.format(Locale.ROOT, "%.1f×", m.seconds() / floor.seconds());
    }

    private static Measure timed(Path log, List<String> command, Map<String, String> environment) throws Exception {
        List<String> timedCommand = new ArrayList<>(List.of("/usr/bin/time", "-v"));
        timedCommand.addAll(command);
        long start = System.nanoTime();
        run(log, timedCommand, environment);
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = Files.readString(log);
        Matcher rss = RSS.matcher(report);
        return new Measure(seconds, rss.find() ? Long.parseLong(rss.group(1)) : -1,
                seconds(USER, report) + seconds(SYSTEM, report));
    }

    private static double seconds(Pattern p, String report) {
        Matcher m = p.matcher(report);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static void run(Path log, List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static long countLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
