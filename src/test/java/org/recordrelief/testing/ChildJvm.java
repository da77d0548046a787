package org.recordrelief.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM on the test classpath, for what one process cannot show about two: locks, kills. Its
 * standard output is read line by line, so a test waits for what the child says rather than sleeping.
 */
public final class ChildJvm implements AutoCloseable {

    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "child-jvm-watchdog");
                t.setDaemon(true);
                return t;
            });

    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        return start(List.of(), main, args);
    }

    /** @param jvmOptions options for the JVM itself, such as {@code -Dname=value} */
    public static ChildJvm start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        return start(java.util.Map.of(), jvmOptions, main, args);
    }

    /** @param environment variables added to this process's environment for the child */
    public static ChildJvm start(java.util.Map<String, String> environment, List<String> jvmOptions, Class<?> main,
                                 String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start());
    }

    /**
     * Reads the child's output until a line contains {@code text}; fails if the child ends first, or prints
     * no such line within three minutes (the child is then killed).
     */
    public String awaitLine(String text) throws IOException {
        StringBuilder seen = new StringBuilder();
        java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.schedule(process::destroyForcibly, 3,
                TimeUnit.MINUTES);
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(text)) {
                    return line;
                }
                seen.append(line).append('\n');
            }
        } finally {
            watchdog.cancel(false);
        }
        throw new AssertionError("the child ended (or was killed after three minutes) without printing '" + text
                + "'; it printed:\n" + seen);
    }

    /** Everything the child prints from here until it ends by itself (at most five minutes). */
    public List<String> remainingLines() throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            throw new AssertionError("the child did not end");
        }
        return lines;
    }

    /** Waits for the child to end by itself (at most five minutes) and returns its exit status. */
    public int exitStatus() throws IOException, InterruptedException {
        remainingLines();
        return process.exitValue();
    }

    /** Asks the child to stop, as systemd does: SIGTERM, so its shutdown hooks run. */
    public void stop() {
        // Process.destroy() would also close our end of its output, which the test still reads
        process.toHandle().destroy();
    }

    /** Ends the child the way {@code kill -9} does: no shutdown hooks, no cleanup. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
