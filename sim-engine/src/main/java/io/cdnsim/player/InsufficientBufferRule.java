package io.cdnsim.player;

/**
 * dash.js's InsufficientBufferRule (commit ccf3b95) over another rule: the choice is at most the highest rendition
 * whose bitrate fits in {@code 0.7 × estimate × Q / segmentSeconds}, the bitrate that the throughput can deliver
 * before the buffer Q runs out; the lowest rendition when the buffer is empty. Like dash.js, it waits for two segments
 * before it acts ({@code segmentIgnoreCount}), and dash.js taking the lowest of its rules' choices, the inner rule's
 * choice is kept when it is lower. See docs/abr.md. Keeps no per-player state of its own.
 */
public final class InsufficientBufferRule implements AbrRule {

    /** dash.js's {@code throughputSafetyFactor} for this rule. */
    public static final double DEFAULT_SAFETY = 0.7;
    /** dash.js's {@code segmentIgnoreCount}: segments downloaded before the rule acts. */
    public static final int IGNORED_SEGMENTS = 2;

    private final AbrRule inner;
    private final double safety;

    /** @param inner the rule whose choice this one caps */
    public InsufficientBufferRule(AbrRule inner) {
        this(inner, DEFAULT_SAFETY);
    }

    /**
     * @param inner  the rule whose choice this one caps
     * @param safety the share of the throughput estimate, positive and finite
     */
    public InsufficientBufferRule(AbrRule inner, double safety) {
        if (inner == null || !(safety > 0) || Double.isInfinite(safety)) {
            throw new IllegalArgumentException("an inner rule and a positive safety are needed: " + safety);
        }
        this.inner = inner;
        this.safety = safety;
    }

    /**
     * @param view the player
     * @return the highest rendition the buffer allows, or {@code maxRendition} when the rule does not act yet
     */
    public int cap(AbrView view) {
        int top = Math.min(view.maxRendition(), view.renditions() - 1);
        if (view.segmentsDownloaded() < IGNORED_SEGMENTS) {
            return top;
        }
        double q = view.bufferSeconds();
        if (q <= 0) {
            return 0;
        }
        double bps = safety * view.throughputBps() * q / view.segmentSeconds();
        return Double.isNaN(bps) || bps <= 0 ? top : ThroughputRule.highestWithin(view, bps);
    }

    @Override
    public int choose(AbrView view) {
        int chosen = inner.choose(view);
        return Math.min(chosen, cap(view));
    }
}
