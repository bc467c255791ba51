package io.cdnsim.cli;

import io.cdnsim.config.ScenarioException;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.model.Scenario;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cdnsim validate}: checks a scenario and its topology without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file and the topology it references; print every problem found.",
        footer = {"", "Example:", "  cdnsim validate scenarios/zipf-edge-shield.yaml"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML or JSON).")
    private Path scenarioFile;

    @Override
    public Integer call() {
        try {
            Scenario s = ScenarioReader.read(scenarioFile);
            spec.commandLine().getOut().println(scenarioFile + ": ok (scenario " + s.name() + ", topology "
                    + s.topology().name() + ")");
            return Main.OK;
        } catch (ScenarioException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return Main.BAD_INPUT;
        }
    }
}
