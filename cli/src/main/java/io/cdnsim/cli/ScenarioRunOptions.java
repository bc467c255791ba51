package io.cdnsim.cli;

import io.cdnsim.config.MemoryBudget;
import io.cdnsim.model.Scenario;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/**
 * The options of the commands that run scenario files ({@code run}, {@code compare}): {@code --replications},
 * {@code --threads} and {@code --seed}, each declared and checked once in its own class, mixed in together
 * (picocli's {@code @Mixin}).
 */
final class ScenarioRunOptions {

    @Mixin
    private ReplicationsOption replications;

    @Mixin
    private ThreadsOption threads;

    @Mixin
    private SeedOption seed;

    /** @return {@code --replications} */
    ReplicationsOption replications() {
        return replications;
    }

    /** @return {@code --threads} */
    ThreadsOption threads() {
        return threads;
    }

    /** @return {@code --seed} */
    SeedOption seed() {
        return seed;
    }

    /**
     * Checks that a scenario's run, with {@code --replications} applied, fits in this Java's heap with the
     * replications that run at once on {@code --threads}.
     *
     * @param scenario the scenario, overrides applied
     * @param file     its file, to name in the message
     * @throws BadInputException if it does not fit
     */
    void checkMemory(Scenario scenario, Path file) throws BadInputException {
        int atOnce = Math.min(scenario.run().replications(), threads.count());
        String problem = MemoryBudget.problem(scenario, Runtime.getRuntime().maxMemory(), atOnce);
        if (problem != null) {
            throw new BadInputException(file + ": " + problem);
        }
    }
}
