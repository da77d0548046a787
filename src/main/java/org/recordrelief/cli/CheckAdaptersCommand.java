package org.recordrelief.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.adapter.DescriptorLoader;
import org.recordrelief.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Checks every county folder (descriptor and policy) without running anything. */
@Command(name = "check-adapters", mixinStandardHelpOptions = true,
        description = "Check every county's adapter.yaml and policy.yaml; exit code 2 when one is bad.")
final class CheckAdaptersCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CountyFolderOptions folders;

    @Override
    public Integer call() throws Exception {
        DescriptorLoader loader = new DescriptorLoader(folders.environment());
        Path adapters = folders.adapters;
        List<Path> folders = DescriptorLoader.countyFolders(adapters);
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("No county folder with an " + DescriptorLoader.DESCRIPTOR_FILE
                    + " under " + adapters.toAbsolutePath() + ": each county is a folder there holding "
                    + DescriptorLoader.DESCRIPTOR_FILE + " and policy.yaml (`record-relief init COUNTY --sample FILE` "
                    + "drafts one); check --adapters");
        }
        int bad = 0;
        for (Path folder : folders) {
            try {
                CompiledAdapter a = loader.load(folder);
                spec.commandLine().getOut().println("OK   " + a.id() + ": " + a.county() + ", " + a.sourceKind().yamlName()
                        + " source, " + a.columns().size() + " columns (" + a.personalColumns().size() + " personal), "
                        + "output " + a.output().format().name().toLowerCase().replace('_', '-') + ", policy options: "
                        + (a.policy().options().enabledOptions().isEmpty() ? "none (the statute alone)"
                        : String.join(", ", a.policy().options().enabledOptions())));
            } catch (ConfigException e) {
                bad++;
                spec.commandLine().getOut().println("BAD  " + e.getMessage());
            }
        }
        return bad == 0 ? 0 : 2;
    }
}
