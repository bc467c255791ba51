package io.cdnsim.model;

/**
 * A region's last mile (V3): each viewer's throughput is drawn once from {@code throughput} (bit/s) and then varies
 * during the session as a lognormal AR(1) process around it, with standard deviation {@code variation} of the log
 * and a correlation time of 30 s. The RTT to the edge is drawn once per viewer.
 *
 * <p>With a network trace, every viewer of the region instead follows the trace's throughput (and its latency, if it
 * has one, in place of the RTT), from the trace's start at the moment it joins; variation and congestion episodes
 * do not apply to it.
 *
 * @param throughput distribution of viewers' throughput, bit/s
 * @param variation  standard deviation of the log of the throughput over time (0: constant)
 * @param rtt        distribution of viewers' RTT to their edge, microseconds
 * @param trace      a recorded network trace the viewers follow instead, or null
 */
public record LastMile(Distribution throughput, double variation, Distribution rtt, ThroughputTrace trace) {

    /**
     * A last mile drawn from distributions.
     *
     * @param throughput distribution of viewers' throughput, bit/s
     * @param variation  standard deviation of the log of the throughput over time
     * @param rtt        distribution of viewers' RTT to their edge, microseconds
     */
    public LastMile(Distribution throughput, double variation, Distribution rtt) {
        this(throughput, variation, rtt, null);
    }
}
