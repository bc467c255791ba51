package io.cdnsim.player;

/**
 * BOLA-E as dash.js's BolaRule plays it (Spiteri, Urgaonkar, Sitaraman, "BOLA: Near-Optimal Bitrate Adaptation for
 * Online Videos", INFOCOM 2016; Spiteri, Sitaraman, Sparacio, "From Theory to Practice: Improving Bitrate Adaptation
 * in the DASH Reference Player", MMSys 2018), read from dash.js at commit ccf3b95. See docs/abr.md for the formulas.
 *
 * <p>The score: with {@code S_m} the bitrate of rendition m, {@code v_m = ln(S_m / S_0)}, {@code M} the highest
 * allowed rendition, {@code Qmin} the minimum buffer (10 s) and {@code T = max(maxBufferSeconds, Qmin + perLevel·(M
 * + 1))} the buffer target, {@code γp = v_M / (T / Qmin − 1)} and {@code V = Qmin / γp}; BOLA picks the m ≤ M
 * maximising {@code (V·(v_m + γp) − Q') / S_m}, the higher m on a tie, where {@code Q'} is the buffer plus a
 * per-player <b>placeholder buffer</b>.
 *
 * <p>The player's state: <b>start-up</b> until a segment is buffered (the throughput rule's choice; the placeholder set
 * so that the score agrees with it), then <b>steady</b>. In steady state, before each choice: the placeholder keeps
 * 0.99 of itself and at most {@code maxLevel(current) − (buffer at the last request)} for the segment just
 * downloaded; the time waited since it arrived (for room, or a playlist) is added to it; an <b>up-switch guard</b>
 * (BOLA-O) keeps a step up to what the throughput supports, or the current rendition; and the placeholder gives up
 * what lies above the chosen rendition's {@code maxLevel}. Any excess beyond the placeholder, below the top rung, is
 * a <b>pause</b> ({@link AbrView#pause}): the player waits that long, then asks again, and the time it waited joins
 * the placeholder (dash.js's "no download after last call" compensation), so the second answer downloads.
 *
 * <p>State: bits {@link #STEADY} and {@link #PAUSED} of {@link AbrView#memory()} and
 * {@link AbrView#placeholderSeconds()}. While paused, the placeholder field holds minus the idle time at the call
 * that paused (the placeholder itself is 0 then), so that adding the idle time at the next call gives the time since
 * that call. Allocates nothing; about 2M logarithms per call (M² at start-up).
 */
public final class BolaRule implements AbrRule {

    /** dash.js's {@code MINIMUM_BUFFER_S}: below this buffer BOLA never waits. */
    public static final double DEFAULT_MINIMUM_BUFFER = 10;
    /** dash.js's {@code MINIMUM_BUFFER_PER_BITRATE_LEVEL_S}: the target grows by this per rendition. */
    public static final double DEFAULT_MINIMUM_BUFFER_PER_LEVEL = 2;
    /** dash.js's {@code PLACEHOLDER_BUFFER_DECAY}: the placeholder keeps this share of itself per segment. */
    public static final double PLACEHOLDER_DECAY = 0.99;
    /** Memory bit: BOLA-E has left its start-up state. */
    public static final int STEADY = 2;
    /** The shortest pause, seconds: dash.js's timers count milliseconds; less is rounding, and no pause. */
    public static final double MINIMUM_PAUSE = 0.001;
    /** Memory bit: the last call asked the player to pause. */
    public static final int PAUSED = 4;

    private final double minimumBuffer;
    private final double minimumBufferPerLevel;
    private final double safety;

    /** A rule with dash.js's constants: 10 s minimum buffer, 2 s per rendition, throughput safety 0.9. */
    public BolaRule() {
        this(ThroughputRule.DEFAULT_SAFETY);
    }

    /** @param safety the share of the throughput estimate the start-up choice and the up-switch guard may use */
    public BolaRule(double safety) {
        this(DEFAULT_MINIMUM_BUFFER, DEFAULT_MINIMUM_BUFFER_PER_LEVEL, safety);
    }

    /**
     * @param minimumBuffer         Qmin, seconds, positive
     * @param minimumBufferPerLevel seconds per rendition added to Qmin for the least buffer target, non-negative
     * @param safety                the share of the throughput estimate for start-up and the guard, positive
     */
    public BolaRule(double minimumBuffer, double minimumBufferPerLevel, double safety) {
        if (!(minimumBuffer > 0) || !(minimumBufferPerLevel >= 0) || !(safety > 0)
                || Double.isInfinite(minimumBuffer) || Double.isInfinite(minimumBufferPerLevel)
                || Double.isInfinite(safety)) {
            throw new IllegalArgumentException("bad BOLA parameters: " + minimumBuffer + ", "
                    + minimumBufferPerLevel + ", " + safety);
        }
        this.minimumBuffer = minimumBuffer;
        this.minimumBufferPerLevel = minimumBufferPerLevel;
        this.safety = safety;
    }

    /**
     * @param view the player
     * @return the buffer target T, seconds: where the top allowed rendition's score reaches zero
     */
    public double bufferTarget(AbrView view) {
        return Math.max(view.maxBufferSeconds(), minimumBuffer + minimumBufferPerLevel * (top(view) + 1));
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

    /**
     * dash.js's {@code _maxBufferLevelForRepresentation}: {@code V·(u_m + γp)} with dash.js's utilities
     * {@code u_m = v_m + 1}, i.e. V above where rendition m's score reaches zero.
     *
     * @param view the player
     * @param m    a rendition up to the cap
     * @return the most effective buffer at which BOLA downloads m rather than wait, seconds
     */
    public double maxLevel(AbrView view, int m) {
        double gp = gammaP(view);
        return minimumBuffer / gp * (utility(view, m) + 1 + gp);
    }

    /**
     * dash.js's {@code _minBufferLevelForRepresentation}: the largest over the renditions i below m of
     * {@code V·(γp + (S_m·u_i − S_i·u_m) / (S_m − S_i))}, with {@code u = v + 1}, and at least 0; V above the buffer
     * at which BOLA's score moves to m.
     *
     * @param view the player
     * @param m    a rendition up to the cap
     * @return the least effective buffer at which BOLA prefers m to every rendition below it, seconds
     */
    public double minLevel(AbrView view, int m) {
        double gp = gammaP(view);
        double vp = minimumBuffer / gp;
        double sm = view.bitrate(m);
        double um = utility(view, m) + 1;
        double level = 0;
        for (int i = m - 1; i >= 0; i--) {
            double si = view.bitrate(i);
            double ui = utility(view, i) + 1;
            if (ui < um) {
                level = Math.max(level, vp * (gp + (sm * ui - si * um) / (sm - si)));
            }
        }
        return level;
    }

    /**
     * @param view            the player
     * @param effectiveBuffer the buffer plus the placeholder, seconds
     * @return the rendition up to the cap with the highest score, the higher on a tie
     */
    public int fromBuffer(AbrView view, double effectiveBuffer) {
        int top = top(view);
        double gp = gammaP(view);
        double vp = minimumBuffer / gp;
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int m = 0; m <= top; m++) {
            double sm = view.bitrate(m);
            double score = (vp * (utility(view, m) + gp) - effectiveBuffer) / sm;
            if (score >= bestScore) {
                bestScore = score;
                best = m;
            }
        }
        return best;
    }

    @Override
    public int choose(AbrView view) {
        int top = top(view);
        if (top <= 0 || !(gammaP(view) > 0)) {
            return 0;
        }
        if ((view.memory() & STEADY) == 0) {
            return startUp(view, top);
        }
        boolean resumed = (view.memory() & PAUSED) != 0;
        segmentLoaded(view);
        double q = view.bufferSeconds();
        double idle = Math.max(0, view.idleSeconds());
        double placeholder = view.placeholderSeconds() + (resumed ? 0 : idle);
        int m = fromBuffer(view, q + placeholder);
        int current = view.current();
        int sustainable = ThroughputRule.highestWithin(view, safety * view.throughputBps());
        if (m > current && m > sustainable) {
            m = Math.max(sustainable, current);
        }
        double excess = Math.max(0, q + placeholder - maxLevel(view, m));
        if (excess <= placeholder) {
            view.setPlaceholderSeconds(placeholder - excess);
        } else if (m < top && excess - placeholder >= MINIMUM_PAUSE) {
            view.pause(excess - placeholder);
            view.setPlaceholderSeconds(-idle);
            view.setMemory(view.memory() | PAUSED);
        } else {
            view.setPlaceholderSeconds(0);
        }
        return m;
    }

    /**
     * What dash.js does when a segment has been downloaded, whichever rule chose it (the dynamic rule calls this in
     * its throughput mode): the placeholder keeps {@link #PLACEHOLDER_DECAY} of itself, and no more than the last
     * rendition's {@link #maxLevel} minus the buffer when that segment was requested (estimated, as dash.js does, as
     * the buffer on its arrival plus its download time). Nothing before BOLA-E's steady state or the first segment.
     * After a pause no segment has arrived: the placeholder gains the time since the call that paused instead.
     *
     * @param view the player, asked for the next segment just after the last one arrived (or waited since)
     */
    public void segmentLoaded(AbrView view) {
        if ((view.memory() & PAUSED) != 0) {
            view.setMemory(view.memory() & ~PAUSED);
            view.setPlaceholderSeconds(view.placeholderSeconds() + Math.max(0, view.idleSeconds()));
            return;
        }
        int current = view.current();
        if ((view.memory() & STEADY) == 0 || current < 0 || view.segmentsDownloaded() == 0
                || top(view) <= 0 || !(gammaP(view) > 0)) {
            return;
        }
        double atRequest = view.arrivalBufferSeconds() + view.lastDownloadSeconds();
        double cap = Math.max(0, maxLevel(view, Math.min(current, top(view))) - atRequest);
        view.setPlaceholderSeconds(Math.min(cap, PLACEHOLDER_DECAY * view.placeholderSeconds()));
    }

    /**
     * Start-up: without a throughput estimate, no change (the current rendition, or the lowest); with one, the highest
     * rendition within the safety share of it, the placeholder raised so that the effective buffer reaches that
     * rendition's {@link #minLevel}; steady from the call at which a segment is buffered.
     */
    private int startUp(AbrView view, int top) {
        double throughput = view.throughputBps();
        if (Double.isNaN(throughput)) {
            return Math.max(0, Math.min(view.current(), top));
        }
        int m = ThroughputRule.highestWithin(view, safety * throughput);
        double q = view.bufferSeconds();
        view.setPlaceholderSeconds(Math.max(0, minLevel(view, m) - q));
        if (view.segmentsDownloaded() > 0 && q >= view.segmentSeconds()) {
            view.setMemory(view.memory() | STEADY);
        }
        return m;
    }

    private static double utility(AbrView view, int m) {
        return Math.log((double) view.bitrate(m) / view.bitrate(0));
    }

    private static int top(AbrView view) {
        return Math.max(0, Math.min(view.maxRendition(), view.renditions() - 1));
    }
}
