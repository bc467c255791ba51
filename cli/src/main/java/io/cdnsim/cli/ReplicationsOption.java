package io.cdnsim.cli;

import io.cdnsim.config.DemandLimits;
import io.cdnsim.config.Limits;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import picocli.CommandLine.Option;

/**
 * The {@code --replications} option of the commands that run scenarios ({@code run}, {@code compare}), declared and
 * checked once and mixed into each (picocli's {@code @Mixin}): 1 to {@link Limits#MAX_REPLICATIONS}, and no more than
 * the request limit allows for the scenario.
 */
final class ReplicationsOption {

    private static final WholeNumber RANGE = new WholeNumber("--replications", 1, Limits.MAX_REPLICATIONS);

    @Option(names = "--replications", paramLabel = "N", description = "Replications of each scenario run, 1 to "
            + Limits.MAX_REPLICATIONS + " (default: the scenario's).")
    private String replications;

    /**
     * Checks the value given, before anything is read.
     *
     * @throws BadInputException if it is not a whole number in the range
     */
    void check() throws BadInputException {
        if (replications != null) {
            RANGE.parse(replications);
        }
    }

    /**
     * @param scenario a scenario
     * @return the scenario with the replications given, if any
     * @throws BadInputException if the value is not a whole number in the range, or makes the scenario ask for more
     *                           requests than the limit
     */
    Scenario apply(Scenario scenario) throws BadInputException {
        if (replications == null) {
            return scenario;
        }
        RunSettings r = scenario.run();
        Scenario s = scenario.withRun(new RunSettings(r.duration(), r.warmup(), (int) RANGE.parse(replications)));
        String limit = DemandLimits.problem(s);
        if (limit != null) {
            throw new BadInputException("--replications: " + replications.strip() + " replications of scenario "
                    + s.name() + ": " + limit);
        }
        return s;
    }
}
