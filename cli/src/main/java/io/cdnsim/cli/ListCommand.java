package io.cdnsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cdnsim list}: lists the scenario, topology and price sheet files of a project folder, each with what it is
 * (the first sentence of a scenario's or topology's description, a sheet's provider).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the scenarios, topologies and price sheets in scenarios/, topologies/ and pricing/, each "
                + "with the first sentence of its description (a sheet: its provider).",
                "Without --root, the current folder; if it has none of them, the cdnsim folder the launcher ran "
                        + "from (CDNSIM_HOME)."},
        footer = {"", "Example:", "  cdnsim list"})
final class ListCommand implements Callable<Integer> {

    /** Longest description shown; a longer one is cut. */
    private static final int SHOWN = 76;
    /** Largest file read for its description. */
    private static final long MAX_BYTES = 1 << 20;

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "Folder holding scenarios/, topologies/ and pricing/ "
            + "(default: the current folder).")
    private Path root;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path base = root != null ? root : Path.of(".");
        String home = System.getenv("CDNSIM_HOME");
        if (root == null && !Files.isDirectory(base.resolve("scenarios")) && home != null && !home.isBlank()
                && Files.isDirectory(Path.of(home).resolve("scenarios"))) {
            base = Path.of(home);
            out.println("(no scenarios/ here: the cdnsim folder " + base + ")");
        }
        boolean here = base.equals(Path.of("."));
        for (String folder : List.of("scenarios", "topologies", "pricing")) {
            Path dir = base.resolve(folder);
            out.println(folder + "/");
            if (!Files.isDirectory(dir)) {
                out.println("  (none: no folder " + dir.toAbsolutePath().normalize()
                        + "; run cdnsim list from the cdnsim folder or give it --root DIR)");
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
                }).sorted().toList();
            }
            for (Path f : files) {
                String shown = here ? folder + "/" + f.getFileName() : f.toString();
                out.println(String.format(Locale.ROOT, "  %-44s %s", shown, what(f, folder)));
            }
        }
        return Main.OK;
    }

    /** @return the first sentence of the file's description, or a sheet's provider; a note if it cannot be read */
    private static String what(Path file, String folder) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return "(larger than 1 MB: not read)";
            }
            JsonNode n = new YAMLMapper().readTree(file.toFile());
            String text = folder.equals("pricing")
                    ? n.path("provider").asText("") + (n.path("example").asBoolean(false) ? " (example prices)" : "")
                    : n.path("description").asText("");
            text = text.strip().replaceAll("\\s+", " ");
            int end = text.indexOf(". ");
            text = end < 0 ? text : text.substring(0, end + 1);
            return text.length() > SHOWN ? text.substring(0, SHOWN - 3) + "..." : text;
        } catch (IOException | RuntimeException e) {
            return "(cannot be read: run cdnsim validate on it)";
        }
    }
}
