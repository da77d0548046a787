package org.recordrelief.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.recordrelief.review.Reviewers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reviewer accounts for the review pages. A password is never an argument (it would stay in the shell's
 * history): it is typed at the prompt, or read from standard input with {@code --password-stdin}.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Manage the reviewers who log in to the review pages.",
        subcommands = {AdminCommand.AddReviewer.class, AdminCommand.DisableReviewer.class,
                AdminCommand.ListReviewers.class})
final class AdminCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: say which there are. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Where the accounts are: the staging database of a work folder. */
    static class Database {
        @Option(names = "--work", defaultValue = "work", description = "Work folder (default: ${DEFAULT-VALUE}).")
        Path work;

        @CommandLine.Mixin
        StagingDatabaseOptions database;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** The staging database, once no other process holds the work folder (H2 opens its file for one). */
        HikariDataSource open() {
            try (org.recordrelief.routes.WorkFolderLock lock = org.recordrelief.routes.WorkFolderLock.take(work)) {
                return database.open(work);
            }
        }
    }

    @Command(name = "add-reviewer", mixinStandardHelpOptions = true,
            description = "Create a reviewer (or set a reviewer's password and counties anew). With the embedded "
                    + "database, run it while serve is stopped.")
    static final class AddReviewer extends Database implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "The user name the reviewer logs in with.")
        String username;

        @Option(names = "--county", required = true, paramLabel = "COUNTY",
                description = "A county folder the reviewer reviews (repeat for several).")
        List<String> counties;

        @Option(names = "--password-stdin", description = "Read the password from standard input (one line).")
        boolean passwordFromStdin;

        @Option(names = "--adapters", defaultValue = "${sys:recordrelief.adapters:-county-adapters}",
                description = "Folder of the county folders, to check the counties named (default: ${DEFAULT-VALUE}).")
        Path adapters;

        @Override
        public Integer call() {
            checkCounties();
            char[] password = password();
            boolean created;
            try (HikariDataSource staging = open()) {
                created = new Reviewers(staging).save(username, password, new LinkedHashSet<>(counties));
            } finally {
                java.util.Arrays.fill(password, ' ');
            }
            spec.commandLine().getOut().println("reviewer " + username + (created ? "" : " (existing: password and "
                    + "counties replaced)") + " can log in and review " + String.join(", ", counties));
            return 0;
        }

        /** A misspelt county would give a reviewer who sees nothing: only county folders that exist. */
        private void checkCounties() {
            java.util.List<String> known = new java.util.ArrayList<>();
            if (java.nio.file.Files.isDirectory(adapters)) {
                try (java.util.stream.Stream<Path> folders = java.nio.file.Files.list(adapters)) {
                    folders.filter(f -> java.nio.file.Files.isRegularFile(f.resolve("adapter.yaml")))
                            .map(f -> f.getFileName().toString()).sorted().forEach(known::add);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot list " + adapters, e);
                }
            }
            for (String county : counties) {
                if (!known.contains(county)) {
                    throw new IllegalArgumentException("there is no county folder '" + county + "' in " + adapters
                            + org.recordrelief.config.YamlBinder.suggestion(county, known) + "; the counties are: " + (known.isEmpty() ? "none" : String.join(", ", known)));
                }
            }
        }

        private char[] password() {
            if (!passwordFromStdin && System.console() != null) {
                char[] first = System.console().readPassword("Password for %s (at least %d characters): ", username,
                        Reviewers.MIN_PASSWORD_LENGTH);
                char[] again = System.console().readPassword("The same password again: ");
                if (first == null || !java.util.Arrays.equals(first, again)) {
                    throw new IllegalArgumentException("the two passwords differ; nothing was changed");
                }
                return first;
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new IllegalArgumentException("no password on standard input");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "disable-reviewer", mixinStandardHelpOptions = true,
            description = "Stop a reviewer from logging in (their name stays in the audit trail).")
    static final class DisableReviewer extends Database implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Override
        public Integer call() {
            try (HikariDataSource staging = open()) {
                if (!new Reviewers(staging).disable(username)) {
                    spec.commandLine().getErr().println("no reviewer " + username);
                    return 1;
                }
            }
            spec.commandLine().getOut().println("reviewer " + username + " can no longer log in");
            return 0;
        }
    }

    @Command(name = "list-reviewers", mixinStandardHelpOptions = true, description = "List the reviewers and their "
            + "counties.")
    static final class ListReviewers extends Database implements Callable<Integer> {

        @Override
        public Integer call() {
            try (HikariDataSource staging = open()) {
                new Reviewers(staging).describeAll().forEach(spec.commandLine().getOut()::println);
            }
            return 0;
        }
    }
}
