package io.cdnsim.model;

/**
 * How long and how often to run.
 *
 * @param duration     simulated time during which requests arrive, microseconds (warm-up included)
 * @param warmup       initial period whose requests are not counted, microseconds
 * @param replications independent replications (different random numbers, same scenario)
 */
public record RunSettings(long duration, long warmup, int replications) {
}
