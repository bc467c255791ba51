package io.cdnsim.player;

import io.cdnsim.kernel.Micros;
import io.cdnsim.model.Audience;
import io.cdnsim.model.ThroughputTrace;
import io.cdnsim.random.SplitMix;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Every viewer's last mile as it is, not as the player estimates it ({@link ThroughputEstimate}): its throughput
 * varying around the viewer's own level, under its region's congestion episodes, or its region's network trace; and
 * from these, when a download ends.
 *
 * <p>At its own pace, a download's body leaves the edge in body / throughput, where the throughput is the narrowest of
 * the viewer's last mile and the links the body crossed; a full link between the edge and the viewer may hold it back
 * ({@link io.cdnsim.bandwidth.Downloads}); it ends at the viewer an RTT after its last byte left. A viewer whose region follows a network trace instead
 * downloads from the edge's answer on as the trace says (its latency, if it has one, then the bits through its
 * pieces; {@link ThroughputTrace#transferMicros}), the trace's clock starting when the viewer joined, unless the links
 * the body crossed are slower still.
 */
final class LastMiles {

    /** Bits in a byte. */
    private static final double BITS_PER_BYTE = 8;
    /** Correlation time of a viewer's throughput variation, seconds. */
    private static final double VARIATION_TIME = 30.0;

    private final ViewerTable table;
    private final Congestions congestion;
    private final ThroughputTrace[] traces;
    /** Lends each viewer's own stream of throughput variation its state for a draw. */
    private final SplitMix variationSource = new SplitMix();
    private final ContinuousSampler gaussian = ZigguratSampler.NormalizedGaussian.of(variationSource);
    /** Seed of the viewers' variation streams ({@link SplitMix#streamOf}), from the {@code bandwidth} stream. */
    private final long variationSeed;
    private final double variationKeep;
    private final double variationInnovation;

    /**
     * @param table     the viewers' records
     * @param audience  who watches (the congestion episodes)
     * @param factory   the regions and their traces
     * @param segment   the segment duration, microseconds (a step of the variation)
     * @param bandwidth seeds each viewer's own stream of throughput variation
     */
    LastMiles(ViewerTable table, Audience audience, ViewerFactory factory, long segment,
              UniformRandomProvider bandwidth) {
        this.table = table;
        this.congestion = new Congestions(audience.congestion(), factory.regionNames());
        this.variationSeed = bandwidth.nextLong();
        this.variationKeep = Math.exp(Micros.toSeconds(-segment) / VARIATION_TIME);
        this.variationInnovation = Math.sqrt(1 - variationKeep * variationKeep);
        this.traces = new ThroughputTrace[factory.regionNames().size()];
        for (int r = 0; r < traces.length; r++) {
            traces[r] = factory.trace(r);
        }
    }

    /** @return the state of the own variation stream of the viewer with this number in the whole audience */
    long variationStream(int viewer) {
        return SplitMix.streamOf(variationSeed, viewer);
    }

    /** A viewer joins: its throughput starts at its own level. */
    void start(int v) {
        table.setCurrent(v, table.throughput(v));
    }

    /**
     * Moves the viewer's throughput one step of its lognormal AR(1) process: once per segment requested, so the
     * correlation time of 30 s is counted in segments. The mean stays at the viewer's own level. The innovations come
     * from the viewer's own stream, so a viewer's throughput path does not depend on what other viewers do (nor on the
     * order in which simultaneous events run).
     */
    void vary(int v) {
        double sigma = table.variation(v);
        if (sigma > 0) {
            variationSource.setState(table.variationStream(v));
            double innovation = gaussian.sample();
            table.setVariationStream(v, variationSource.state());
            double dev = variationKeep * table.logDeviation(v) + sigma * variationInnovation * innovation;
            table.setLogDeviation(v, dev);
            table.setCurrent(v, table.throughput(v) * Math.exp(dev - sigma * sigma / 2));
        }
    }

    /**
     * @param v           a viewer
     * @param sentAt      when it sent the request
     * @param firstByteAt when the edge's answer began
     * @param body        the body's bytes
     * @param bottleneck  the narrowest link the body crossed, bit/s ({@code Long.MAX_VALUE} if none)
     * @return how long the body takes to leave the edge at the viewer's own pace (nothing else held it back),
     *         microseconds
     */
    long transferMicros(int v, long sentAt, long firstByteAt, long body, long bottleneck) {
        ThroughputTrace trace = traces[table.region(v)];
        if (trace == null) {
            double bps = Math.min(bottleneck, throughputAt(v, sentAt));
            return Micros.later(0, body * (BITS_PER_BYTE * Micros.PER_SECOND) / bps);
        }
        double bits = body * BITS_PER_BYTE;
        double overLinks = bottleneck == Long.MAX_VALUE ? 0 : Math.ceil(bits * Micros.PER_SECOND / bottleneck);
        return Micros.later(0, Math.max(overLinks, trace.transferMicros(firstByteAt - table.joinedAt(v), bits)));
    }

    /**
     * @param v           a viewer
     * @param firstByteAt when the edge's answer began
     * @return when the answer's first byte reaches the viewer, its RTT later
     */
    long firstByte(int v, long firstByteAt) {
        return firstByteAt + table.rtt(v);
    }

    /**
     * @param v           a viewer
     * @param firstByteAt when the edge's answer began
     * @return when the body's first bit reaches the viewer: its RTT later, and after its trace's latency if it follows
     *         a trace that has one (the latency is then part of {@link #transferMicros})
     */
    long firstBitAt(int v, long firstByteAt) {
        ThroughputTrace trace = traces[table.region(v)];
        long latency = trace == null ? 0 : trace.firstBitMicros(firstByteAt - table.joinedAt(v));
        return firstByte(v, firstByteAt) + latency;
    }

    /**
     * The viewer's throughput for a download starting at a time: its current level under any congestion, never below
     * {@link ViewerFactory#MIN_THROUGHPUT}.
     */
    private double throughputAt(int v, long time) {
        return Math.max(ViewerFactory.MIN_THROUGHPUT, table.current(v) * congestion.factor(table.region(v), time));
    }
}
