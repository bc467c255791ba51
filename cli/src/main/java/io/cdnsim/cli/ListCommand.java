package io.cdnsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cdnsim list}: lists the scenario, topology and price sheet files of a project folder. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the scenarios, topologies and price sheets in scenarios/, topologies/ and pricing/.",
        footer = {"", "Example:", "  cdnsim list"})
final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "Folder holding scenarios/, topologies/ and pricing/ "
            + "(default: the current folder).")
    private Path root = Path.of(".");

    @Override
    public Integer call() throws IOException {
        for (String folder : List.of("scenarios", "topologies", "pricing")) {
            Path dir = root.resolve(folder);
            spec.commandLine().getOut().println(folder + "/");
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getOut().println("  (none: no folder " + dir.toAbsolutePath().normalize()
                        + "; run cdnsim list from the cdnsim folder or give it --root DIR)");
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))
                        .sorted()
                        .forEach(n -> spec.commandLine().getOut().println("  " + folder + "/" + n));
            }
        }
        return Main.OK;
    }
}
