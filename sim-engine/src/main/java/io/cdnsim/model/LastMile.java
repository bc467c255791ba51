package io.cdnsim.model;

/**
 * A region's last mile (V3): each viewer's throughput is drawn once from {@code throughput} (bit/s) and then varies
 * during the session as a lognormal AR(1) process around it, with standard deviation {@code variation} of the log
 * and a correlation time of 30 s. The RTT to the edge is drawn once per viewer.
 *
 * @param throughput distribution of viewers' throughput, bit/s
 * @param variation  standard deviation of the log of the throughput over time (0: constant)
 * @param rtt        distribution of viewers' RTT to their edge, microseconds
 */
public record LastMile(Distribution throughput, double variation, Distribution rtt) {
}
