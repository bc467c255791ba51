package io.cdnsim.player;

/**
 * BOLA-BASIC (Spiteri, Urgaonkar, Sitaraman, "BOLA: Near-Optimal Bitrate Adaptation for Online Videos", INFOCOM
 * 2016 / IEEE/ACM ToN 2020) with the parameter choice of dash.js's BolaRule. See docs/abr.md for the formulas.
 *
 * <p>With {@code S_m} the bitrate of rendition m, utilities {@code v_m = ln(S_m / S_0)} (the paper's; dash.js's
 * {@code ln(S_m/S_0) + 1} enters its score as {@code u_m − 1}, i.e. the same value) and {@code Q} the buffer level in
 * seconds, the rule picks the m ≤ maxRendition maximising {@code (V·(v_m + γp) − Q) / S_m}, the higher m on a tie.
 * Writing {@code M} for the highest allowed rendition, {@code Qmin} for the minimum buffer (10 s) and
 * {@code T = max(maxBufferSeconds, Qmin + perLevel·(M + 1))} for the buffer target:
 * {@code γp = v_M / (T / Qmin − 1)} and {@code V = Qmin / γp}, so that {@code V·γp = Qmin} and
 * {@code V·(v_M + γp) = T}.
 *
 * <p>Only the basic rule: no startup phase, placeholder buffer or BOLA-O oscillation guard. Keeps no per-player
 * state; computes {@code M + 2} logarithms per call and allocates nothing.
 */
public final class BolaRule implements AbrRule {

    /** dash.js's {@code MINIMUM_BUFFER_S}: below this buffer BOLA never waits. */
    public static final double DEFAULT_MINIMUM_BUFFER = 10;
    /** dash.js's {@code MINIMUM_BUFFER_PER_BITRATE_LEVEL_S}: the target grows by this per rendition. */
    public static final double DEFAULT_MINIMUM_BUFFER_PER_LEVEL = 2;

    private final double minimumBuffer;
    private final double minimumBufferPerLevel;

    /** A rule with dash.js's constants: 10 s minimum buffer, 2 s per rendition. */
    public BolaRule() {
        this(DEFAULT_MINIMUM_BUFFER, DEFAULT_MINIMUM_BUFFER_PER_LEVEL);
    }

    /**
     * @param minimumBuffer         Qmin, seconds, positive
     * @param minimumBufferPerLevel seconds per rendition added to Qmin for the least buffer target, non-negative
     */
    public BolaRule(double minimumBuffer, double minimumBufferPerLevel) {
        if (!(minimumBuffer > 0) || !(minimumBufferPerLevel >= 0)
                || Double.isInfinite(minimumBuffer) || Double.isInfinite(minimumBufferPerLevel)) {
            throw new IllegalArgumentException("bad BOLA buffers: " + minimumBuffer + ", " + minimumBufferPerLevel);
        }
        this.minimumBuffer = minimumBuffer;
        this.minimumBufferPerLevel = minimumBufferPerLevel;
    }

    /**
     * @param view the player
     * @return the buffer target T, seconds: where the top allowed rendition's score reaches zero
     */
    public double bufferTarget(AbrView view) {
        int top = top(view);
        return Math.max(view.maxBufferSeconds(), minimumBuffer + minimumBufferPerLevel * (top + 1));
    }

    /**
     * @param view the player
     * @return γp for the player's ladder, cap and buffer; 0 if BOLA has a single choice
     */
    public double gammaP(AbrView view) {
        int top = top(view);
        double vTop = Math.log((double) view.bitrate(top) / view.bitrate(0));
        if (!(vTop > 0)) {
            return 0;
        }
        return vTop / (bufferTarget(view) / minimumBuffer - 1);
    }

    /**
     * @param view the player
     * @return V, seconds, for the player's ladder, cap and buffer; NaN if BOLA has a single choice
     */
    public double v(AbrView view) {
        double gp = gammaP(view);
        return gp > 0 ? minimumBuffer / gp : Double.NaN;
    }

    @Override
    public int choose(AbrView view) {
        int top = top(view);
        if (top <= 0) {
            return 0;
        }
        double s0 = view.bitrate(0);
        double vTop = Math.log(view.bitrate(top) / s0);
        if (!(vTop > 0)) {
            return 0;
        }
        double target = Math.max(view.maxBufferSeconds(), minimumBuffer + minimumBufferPerLevel * (top + 1));
        double gp = vTop / (target / minimumBuffer - 1);
        double vp = minimumBuffer / gp;
        double q = view.bufferSeconds();
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int m = 0; m <= top; m++) {
            double sm = view.bitrate(m);
            double score = (vp * (Math.log(sm / s0) + gp) - q) / sm;
            if (score >= bestScore) {
                bestScore = score;
                best = m;
            }
        }
        return best;
    }

    private static int top(AbrView view) {
        return Math.max(0, Math.min(view.maxRendition(), view.renditions() - 1));
    }
}
