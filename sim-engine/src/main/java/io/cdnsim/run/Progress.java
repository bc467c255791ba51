package io.cdnsim.run;

/**
 * Told how a run advances, once per simulated second. For display only: nothing it sees or does may change results.
 */
@FunctionalInterface
public interface Progress {

    /**
     * @param now    simulated time, microseconds
     * @param end    simulated time at which arrivals stop, microseconds
     * @param events events executed so far
     */
    void update(long now, long end, long events);

    /** Shows nothing. */
    Progress NONE = (now, end, events) -> { };
}
