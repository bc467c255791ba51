package io.cdnsim.player;

/**
 * dash.js's DYNAMIC ABR strategy: the throughput rule while the buffer is low, BOLA once it is high, with hysteresis
 * so the player does not flap between the two. See docs/abr.md.
 *
 * <p>dash.js (AbrController, dynamic strategy) switches to BOLA when the buffer reaches its default buffer time
 * {@code B} and back to the throughput rule when it falls below {@code B/2}. Here {@code B = maxBufferSeconds}.
 * Because a rule sees the buffer only when the player asks for a segment, when a player that keeps at most
 * {@code B} has room for one more, "reaches B" is read as "within {@code onMarginSegments} segments of B" (one by
 * default): BOLA starts when {@code Q ≥ max(B − onMarginSegments·segmentSeconds, offFraction·B)} and stops when
 * {@code Q < offFraction·B}; in between the previous mode holds. A player starts in throughput mode, as in dash.js.
 *
 * <p>BOLA is BOLA-E ({@link BolaRule}): the first time it takes over it starts from the throughput rule's choice (its
 * start-up state), and its up-switch guard keeps later steps up within what the throughput supports. While the
 * throughput rule decides, BOLA-E's placeholder follows each segment as dash.js's event handlers make it
 * ({@link BolaRule#segmentLoaded}).
 *
 * <p>The mode is bit {@value #BOLA} of {@link AbrView#memory()} (clear: throughput, the initial state); BOLA-E keeps
 * its own bit and the placeholder beside it.
 */
public final class DynamicRule implements AbrRule {

    /** Memory bit clear: the throughput rule decides (the initial state). */
    public static final int THROUGHPUT = 0;
    /** Memory bit: BOLA decides. */
    public static final int BOLA = 1;

    /** dash.js switches back to the throughput rule below half its buffer time. */
    public static final double DEFAULT_OFF_FRACTION = 0.5;
    /** Segments short of the full buffer at which BOLA takes over (see the class comment). */
    public static final double DEFAULT_ON_MARGIN_SEGMENTS = 1;

    private final ThroughputRule throughput;
    private final BolaRule bola;
    private final double onMarginSegments;
    private final double offFraction;

    /** dash.js's defaults: safety 0.9, BOLA's 10 s + 2 s per level, off below half the buffer, on one segment short of full. */
    public DynamicRule() {
        this(new ThroughputRule(), new BolaRule());
    }

    /**
     * @param throughput the low-buffer rule
     * @param bola       the high-buffer rule
     */
    public DynamicRule(ThroughputRule throughput, BolaRule bola) {
        this(throughput, bola, DEFAULT_ON_MARGIN_SEGMENTS, DEFAULT_OFF_FRACTION);
    }

    /**
     * @param throughput       the low-buffer rule
     * @param bola             the high-buffer rule
     * @param onMarginSegments how many segments short of maxBufferSeconds the buffer may be for BOLA to take over; 0
     *                         is dash.js's literal "reaches the buffer time"
     * @param offFraction      fraction of maxBufferSeconds below which the throughput rule takes back over, in (0, 1]
     */
    public DynamicRule(ThroughputRule throughput, BolaRule bola, double onMarginSegments, double offFraction) {
        if (throughput == null || bola == null) {
            throw new IllegalArgumentException("both inner rules are needed");
        }
        if (!(onMarginSegments >= 0) || Double.isInfinite(onMarginSegments) || !(offFraction > 0 && offFraction <= 1)) {
            throw new IllegalArgumentException("bad thresholds: " + onMarginSegments + ", " + offFraction);
        }
        this.throughput = throughput;
        this.bola = bola;
        this.onMarginSegments = onMarginSegments;
        this.offFraction = offFraction;
    }

    /** @param view the player @return the buffer, seconds, at or above which BOLA takes over */
    public double switchOnSeconds(AbrView view) {
        double b = view.maxBufferSeconds();
        return Math.max(b - onMarginSegments * view.segmentSeconds(), offFraction * b);
    }

    /** @param view the player @return the buffer, seconds, below which the throughput rule takes back over */
    public double switchOffSeconds(AbrView view) {
        return offFraction * view.maxBufferSeconds();
    }

    @Override
    public int choose(AbrView view) {
        double q = view.bufferSeconds();
        int memory = view.memory();
        boolean usingBola = (memory & BOLA) != 0;
        boolean useBola = q >= (usingBola ? switchOffSeconds(view) : switchOnSeconds(view));
        if (useBola != usingBola) {
            view.setMemory(useBola ? memory | BOLA : memory & ~BOLA);
        }
        if (useBola) {
            return bola.choose(view);
        }
        bola.segmentLoaded(view);
        return throughput.choose(view);
    }
}
