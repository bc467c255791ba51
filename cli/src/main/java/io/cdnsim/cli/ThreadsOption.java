package io.cdnsim.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of the commands that run scenarios ({@code run}, {@code compare}), declared and checked
 * once and mixed into each (picocli's {@code @Mixin}).
 */
final class ThreadsOption {

    /** Most threads: far more than the replications or partitions a machine runs at once to any gain. */
    static final int MAX = 256;

    private static final WholeNumber RANGE = new WholeNumber("--threads", 1, MAX);

    @Option(names = "--threads", paramLabel = "N", description = "Threads for replications and for the partitions of "
            + "a run, 1 to " + MAX + " (default: the number of processors). Results do not depend on it.")
    private String threads;

    /**
     * @return the threads given, or the number of processors (at most {@link #MAX})
     * @throws BadInputException if the value is not a whole number from 1 to {@link #MAX}
     */
    int count() throws BadInputException {
        return threads == null ? Math.min(MAX, Runtime.getRuntime().availableProcessors())
                : (int) RANGE.parse(threads);
    }
}
