package io.cdnsim.config;

import io.cdnsim.kernel.Micros;

/**
 * Every limit that keeps an input within what cdnsim can run, in one place; docs/trust.md lists them with the reason
 * for each. A value over a limit is refused before the run, naming the field, what it implies and the limit.
 */
public final class Limits {

    /** Most requests a scenario may ask for (rate x duration x replications), to catch absurd inputs early. */
    public static final double MAX_REQUESTS = 2e10;
    /** Most objects a synthetic workload may have. */
    public static final int MAX_OBJECTS = 200_000_000;
    /** Most replications, in a scenario file or on the command line. */
    public static final int MAX_REPLICATIONS = 1000;
    /** Longest simulated duration, of a run or of the span of a replayed trace: 31 days. */
    public static final long MAX_DURATION = 31 * Micros.DAY;

    private Limits() {
    }
}
