package io.cdnsim.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --seed} option of the commands that run something ({@code run}, {@code replay}, {@code compare}),
 * declared and checked once and mixed into each (picocli's {@code @Mixin}).
 */
final class SeedOption {

    private static final WholeNumber RANGE = new WholeNumber("--seed", Long.MIN_VALUE, Long.MAX_VALUE);

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, a whole number. Default: for run, the "
            + "scenario's; for compare, A's, for both scenarios; for replay, " + ReplayCommand.DEFAULT_SEED
            + " (it draws only the routing between edge nodes).")
    private String seed;

    /**
     * @return the seed given, or null
     * @throws BadInputException if the value is not a whole number of 64 bits
     */
    Long value() throws BadInputException {
        return seed == null ? null : RANGE.parse(seed);
    }
}
