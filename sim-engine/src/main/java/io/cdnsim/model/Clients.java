package io.cdnsim.model;

/**
 * The clients' last mile, for a synthetic stream or a replay.
 *
 * @param rtt        round-trip time between a viewer and its edge node, microseconds
 * @param throughput download throughput, bit/s
 */
public record Clients(long rtt, long throughput) {
}
