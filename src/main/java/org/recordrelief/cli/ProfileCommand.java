package org.recordrelief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recordrelief.onboarding.Profiler;
import org.recordrelief.onboarding.ProfileReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Describes an unseen export: layout, encoding, and what each column seems to hold. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Describe an export: delimited or fixed-width, delimiter, quote, header, encoding, and for each "
                + "column its fill rate, the date layouts that read it, and what it seems to hold. Values of "
                + "personal-looking columns are never printed, only their shape.")
final class ProfileCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The export.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("there is no file " + file.toAbsolutePath() + "; give the path of an "
                    + "export");
        }
        spec.commandLine().getOut().print(ProfileReport.format(file.getFileName().toString(),
                new Profiler().profile(file)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
