package io.cdnsim.model;

/**
 * The viewers' last mile, for the synthetic workload.
 *
 * @param rtt        round-trip time between a viewer and its edge node, microseconds
 * @param throughput download throughput, bit/s
 */
public record Clients(long rtt, long throughput) {
}
