package io.cdnsim.player;

/**
 * Throughput-based ABR in the style of dash.js's ThroughputRule: the highest rendition whose bitrate fits within a
 * safety fraction of the player's throughput estimate. See docs/abr.md.
 *
 * <p>Picks the highest index {@code m ≤ maxRendition} with {@code bitrate(m) ≤ safety × throughputBps}; the lowest
 * rendition when none fits or before the first download (estimate NaN). Keeps no per-player state.
 */
public final class ThroughputRule implements AbrRule {

    /** dash.js's default {@code bandwidthSafetyFactor}. */
    public static final double DEFAULT_SAFETY = 0.9;

    private final double safety;

    /** A rule with the dash.js default safety factor, 0.9. */
    public ThroughputRule() {
        this(DEFAULT_SAFETY);
    }

    /** @param safety fraction of the throughput estimate a rendition may use, in (0, 1] typically */
    public ThroughputRule(double safety) {
        if (!(safety > 0) || Double.isInfinite(safety)) {
            throw new IllegalArgumentException("safety factor must be positive and finite: " + safety);
        }
        this.safety = safety;
    }

    /** @return the safety factor */
    public double safety() {
        return safety;
    }

    @Override
    public int choose(AbrView view) {
        return highestWithin(view, safety * view.throughputBps());
    }

    /**
     * @param view      the player
     * @param budgetBps bit/s a rendition may use; NaN for no estimate
     * @return the highest rendition up to the cap whose bitrate is within the budget, or 0 if none is
     */
    static int highestWithin(AbrView view, double budgetBps) {
        if (Double.isNaN(budgetBps)) {
            return 0;
        }
        int top = Math.min(view.maxRendition(), view.renditions() - 1);
        int best = 0;
        for (int m = 1; m <= top; m++) {
            if (view.bitrate(m) <= budgetBps) {
                best = m;
            }
        }
        return best;
    }
}
