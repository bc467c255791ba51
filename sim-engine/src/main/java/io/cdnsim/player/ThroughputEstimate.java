package io.cdnsim.player;

/**
 * Each viewer's estimate of its throughput, as dash.js makes it (ThroughputModel and ThroughputController at commit
 * ccf3b95; docs/abr.md): two EWMAs of the downloads' throughput, each corrected for its zero start, and the lower of
 * the two. A sample is the bits over the time from the first byte to the last (the request's latency left out, as
 * dash.js's {@code useDeadTimeLatency} does) and weighs {@code 0.0015} per millisecond of that time
 * ({@code weightDownloadTimeMultiplicationFactor}), i.e. 1.5 per second; the half-lives of 3 and 8
 * ({@code throughputFastHalfLifeSeconds}, {@code throughputSlowHalfLifeSeconds}) are in that weight, so they are
 * 2 s and 16/3 s of download time. One {@code exp} per sample.
 */
final class ThroughputEstimate {

    private static final double LN2 = Math.log(2);
    /** Half-life of the fast EWMA, in weight. */
    private static final double FAST_HALF_LIFE = 3.0;
    /** Half-life of the slow EWMA, in weight. */
    private static final double SLOW_HALF_LIFE = 8.0;
    /** Weight of a second of download time. */
    private static final double WEIGHT_PER_SECOND = 1.5;

    private final ViewerTable table;

    /** @param table the viewers' records, which hold the estimates */
    ThroughputEstimate(ViewerTable table) {
        this.table = table;
    }

    /** A viewer joins: no sample yet. */
    void start(int v) {
        table.setEstimates(v, 0, 0, 1, 1);
    }

    /**
     * Records a download's throughput sample in the two EWMAs. A sample of s seconds weighs w = 1.5 s and keeps
     * 2^(-w/3) and 2^(-w/8) of the old averages, computed from one power: with e = 2^(-w/24), they are e^8 and e^3.
     * The decays multiply into what remains of the averages' zero start, 2^(-W/3) and 2^(-W/8) after a total weight
     * W, which {@link #estimate} divides out.
     *
     * @param v       a viewer
     * @param bits    the bits downloaded
     * @param seconds how long they took, from the first byte to the last (a sample of no time is ignored)
     */
    void add(int v, double bits, double seconds) {
        if (seconds <= 0) {
            return;
        }
        double sample = bits / seconds;
        double e = Math.exp(-LN2 * WEIGHT_PER_SECOND * seconds / (FAST_HALF_LIFE * SLOW_HALF_LIFE));
        double e2 = e * e;
        double e4 = e2 * e2;
        double fast = e4 * e4;
        double slow = e2 * e;
        table.setEstimates(v, fast * table.fastEstimate(v) + (1 - fast) * sample,
                slow * table.slowEstimate(v) + (1 - slow) * sample, table.fastDecay(v) * fast,
                table.slowDecay(v) * slow);
    }

    /** @return the lower of the two EWMAs, each corrected for its zero start, bit/s; NaN before the first sample */
    double estimate(int v) {
        double fastDecay = table.fastDecay(v);
        if (fastDecay == 1) {
            return Double.NaN;
        }
        double fast = table.fastEstimate(v) / (1 - fastDecay);
        double slow = table.slowEstimate(v) / (1 - table.slowDecay(v));
        return Math.min(fast, slow);
    }
}
