package org.recordrelief.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pipeline as {@code serve} runs it for a county: one JVM that stays up and reads each export dropped in
 * the inbox. The first export warms it (the JIT's compilation, the database, Camel); the second, another file
 * of the same size, is the one measured, from its run's start to its end by the service's own log. CPU is
 * the process's over that stretch; peak RSS the process's high-water mark over both runs.
 */
final class ServiceRun {

    private static final Pattern TIME = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d) ");
    private static final Duration LONGEST = Duration.ofMinutes(30);

    private ServiceRun() {
    }

    static Benchmark.Measure measure(Path log, Path work, Path adapters, Path first, Path second, String launcher,
                                     Map<String, String> environment) throws Exception {
        Path inbox = work.resolve("sacramento").resolve("inbox");
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher, "serve", "--no-web", "--poll-seconds", "1",
                "--work", work.toString(), "--adapters", adapters.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process service = builder.start();
        try {
            // hard links: the run moves its export to the archive, and the generated files stay for the next run
            Files.createLink(inbox.resolve(first.getFileName()), first);
            awaitEnd(log, service, 1);
            long cpuBefore = cpuTicks(service.pid());
            Files.createLink(inbox.resolve(second.getFileName()), second);
            String end = awaitEnd(log, service, 2);
            long cpuAfter = cpuTicks(service.pid());
            long rssKb = highWaterKb(service.pid());
            String start = line(log, "sacramento: run 2 started");
            Duration took = Duration.between(time(start), time(end));
            if (took.isNegative()) {
                took = took.plusDays(1); // the run went past midnight
            }
            return new Benchmark.Measure(took.toMillis() / 1000.0, rssKb, (cpuAfter - cpuBefore) / 100.0);
        } finally {
            service.destroy();
            if (!service.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
                service.destroyForcibly();
            }
        }
    }

    /** The log line that ends run {@code n}; a run that fails, or a service that stops, stops the benchmark. */
    private static String awaitEnd(Path log, Process service, int n) throws Exception {
        long deadline = System.nanoTime() + LONGEST.toNanos();
        while (System.nanoTime() < deadline) {
            for (String l : Files.readAllLines(log)) {
                if (l.contains("sacramento: run " + n + " awaits") || l.contains("sacramento: run " + n + " completed")) {
                    return l;
                }
                if (l.contains("sacramento: run " + n + " on ") && (l.contains(" failed") || l.contains(" interrupted"))
                        || l.contains("(run " + n + "):") && l.contains(" skipped")) {
                    throw new IllegalStateException("the service's run " + n + " did not run through; see " + log);
                }
            }
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped; see " + log);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("run " + n + " did not end within " + LONGEST + "; see " + log);
    }

    private static String line(Path log, String containing) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains(containing)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no '" + containing + "' in " + log));
    }

    private static LocalTime time(String logLine) {
        Matcher m = TIME.matcher(logLine);
        if (!m.find()) {
            throw new IllegalStateException("no time at the start of: " + logLine);
        }
        return LocalTime.parse(m.group(1));
    }

    /** User + system time of the process so far, in clock ticks (100 a second on Linux). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long highWaterKb(long pid) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (l.startsWith("VmHWM:")) {
                return Long.parseLong(l.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
