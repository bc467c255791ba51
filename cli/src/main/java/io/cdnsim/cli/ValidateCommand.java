package io.cdnsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cdnsim.config.Problem;
import io.cdnsim.config.ScenarioException;
import io.cdnsim.model.Scenario;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cdnsim validate}: checks a scenario, its topology and its price sheets without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file, the topology and the price sheets it references; print every problem "
                + "found, each with its file, line and column.",
        footer = {"", "Examples:", "  cdnsim validate scenarios/zipf-edge-shield.yaml",
                "  cdnsim validate my.yaml --json      a JSON array of problems on stdout ([] if none)"})
final class ValidateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    private Path scenarioFile;

    @Option(names = "--json", description = "Print the problems as a JSON array on stdout (file, line, column, path, "
            + "message; line and column 0 where unknown), [] if there are none.")
    private boolean json;

    @Override
    public Integer call() {
        List<Problem> problems;
        List<String> report = List.of();
        Scenario s = null;
        try {
            s = ScenarioFile.read(scenarioFile).scenario();
            problems = List.of();
        } catch (ScenarioException e) {
            problems = e.problems();
            report = e.report();
        }
        if (json) {
            spec.commandLine().getOut().println(toJson(problems));
        } else if (problems.isEmpty()) {
            spec.commandLine().getOut().println(scenarioFile + ": ok (scenario " + s.name() + ", topology "
                    + s.topology().name() + ")");
        } else {
            report.forEach(spec.commandLine().getErr()::println);
        }
        return problems.isEmpty() ? Main.OK : Main.BAD_INPUT;
    }

    private static String toJson(List<Problem> problems) {
        try {
            return JSON.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
