package io.cdnsim.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DynamicRuleTest {

    // HD ladder, 30 s max buffer, 4 s segments: BOLA on at Q ≥ max(30 − 4, 15) = 26 s, off below 0.5·30 = 15 s.
    // A 1 Mbit/s estimate makes the throughput rule pick 0.8 Mbit/s (0.9 Mbit/s budget, rung 1), while BOLA's
    // switch points are 4.88 / 9.81 / 14.64 / 19.76 s (BolaRuleTest), so the two rules disagree above 9.81 s.
    private final DynamicRule rule = new DynamicRule();

    private static TestView view() {
        return TestView.hd().throughput(1_000_000);
    }

    /** Pins the thresholds: on at 26 s (one 4 s segment short of 30 s), off below 15 s. */
    @Test
    void thresholds() {
        TestView view = view();
        assertEquals(26, rule.switchOnSeconds(view), 1e-12);
        assertEquals(15, rule.switchOffSeconds(view), 1e-12);
        // dash.js's literal "reaches the buffer time": margin 0 → on at 30 s
        DynamicRule literal = new DynamicRule(new ThroughputRule(), new BolaRule(), 0, 0.5);
        assertEquals(30, literal.switchOnSeconds(view), 1e-12);
        // segments as long as half the buffer: the on threshold never falls below the off threshold
        view.maxBufferSeconds = 10;
        view.segmentSeconds = 6;
        assertEquals(5, rule.switchOnSeconds(view), 1e-12);
        assertEquals(5, rule.switchOffSeconds(view), 1e-12);
    }

    /** Pins the low-buffer mode: a fresh player (memory 0) follows the throughput rule, even where BOLA would differ. */
    @Test
    void followsThroughputAtLowBuffer() {
        TestView view = view();
        assertEquals(0, rule.choose(view.throughput(Double.NaN).buffer(0))); // no estimate: lowest
        view.throughput(1_000_000);
        assertEquals(1, rule.choose(view.buffer(2)));
        view.throughput(20_000_000);
        assertEquals(4, rule.choose(view.buffer(2))); // BOLA would give 0 at 2 s
        assertEquals(DynamicRule.THROUGHPUT, view.memory);
    }

    /** A player that has downloaded six segments at 0.8 Mbit/s (rung 1). */
    private static TestView playing() {
        TestView view = view();
        view.current = 1;
        view.segmentsDownloaded = 6;
        return view;
    }

    /**
     * Pins the handover: at 26 s the rule switches to BOLA-E, whose start-up state takes the throughput rule's choice
     * (1 at 1 Mbit/s), not BOLA's buffer-only choice (4 at 26 s, where the old rule jumped three rungs); the
     * placeholder stays 0 (rung 1's minimum level, 4.880840 + V = 12.266227 s, is below 26 s) and BOLA-E is steady.
     * The next call, 0.8 s after the segment arrived: the buffer says 4 but the up-switch guard keeps 1 (the
     * throughput supports no more), and the placeholder (0.8 s of waiting) is given up above rung 1's maximum level
     * (V·(v_1 + 1 + γp) = 22.504548 s), and the rest of the excess, 26.8 − 22.504548 − 0.8 = 3.495452 s, is a pause.
     * The call after it (22.504548 s buffered) gets the 3.495452 s back as placeholder, gives it up again and
     * downloads 1. With 3.5 Mbit/s the guard allows up to 3 (3.15 Mbit/s fits 3 Mbit/s).
     */
    @Test
    void handsOverToBolaEFromTheThroughputChoice() {
        TestView view = playing().buffer(26);
        assertEquals(1, rule.choose(view));
        assertEquals(DynamicRule.BOLA | BolaRule.STEADY, view.memory);
        assertEquals(0, view.placeholderSeconds, 1e-12);
        view.idleSeconds = 0.8;
        view.arrivalBufferSeconds = 26.8;
        view.lastDownloadSeconds = 3.2;
        assertEquals(4, new BolaRule().fromBuffer(view, 26.8));
        assertEquals(1, rule.choose(view));
        assertEquals(3.495452, view.pauseSeconds, 1e-6);
        view.pauseSeconds = 0;
        double level1 = new BolaRule().maxLevel(view, 1);
        view.idleSeconds = 0.8 + 26 - level1;
        assertEquals(1, rule.choose(view.buffer(level1)));
        assertEquals(0, view.pauseSeconds);
        assertEquals(0, view.placeholderSeconds, 1e-6);
        view.idleSeconds = 0;
        assertEquals(3, rule.choose(view.throughput(3_500_000).buffer(26)));
    }

    /**
     * Pins the hysteresis with a buffer that rises then falls, the player taking each choice: 20 s and 25.99 s stay in
     * throughput mode (1); at 26 s BOLA-E takes over from the throughput choice (1); at 20 s with 3.5 Mbit/s BOLA's
     * buffer choice 4 is guarded down to 3; back at 1 Mbit/s and 15 s BOLA holds 3 (14.64 ≤ 15 &lt; 19.76), where the
     * throughput rule would say 1; at 14.9 s the throughput rule takes back over (1), and stays at 20 s (1). BOLA-E
     * stays steady throughout.
     */
    @Test
    void hysteresisKeepsPreviousModeBetweenThresholds() {
        TestView view = playing();
        assertEquals(1, take(view, 20));
        assertEquals(DynamicRule.THROUGHPUT, view.memory);
        assertEquals(1, take(view, 25.99));
        assertEquals(DynamicRule.THROUGHPUT, view.memory);
        assertEquals(1, take(view, 26));
        assertEquals(DynamicRule.BOLA | BolaRule.STEADY, view.memory);
        view.throughput(3_500_000);
        assertEquals(3, take(view, 20));
        view.throughput(1_000_000);
        assertEquals(3, take(view, 15));
        assertEquals(DynamicRule.BOLA | BolaRule.STEADY, view.memory);
        assertEquals(1, take(view, 14.9));
        assertEquals(BolaRule.STEADY, view.memory);
        assertEquals(1, take(view, 20));
        assertEquals(BolaRule.STEADY, view.memory);
    }

    /** The rule chooses at a buffer level and the player downloads its choice. */
    private int take(TestView view, double buffer) {
        view.current = rule.choose(view.buffer(buffer));
        return view.current;
    }

    /** Pins that one shared rule keeps each player's mode apart: the mode lives in each view's memory. */
    @Test
    void modeIsPerPlayer() {
        TestView a = playing();
        TestView b = playing();
        rule.choose(a.buffer(27));
        rule.choose(b.buffer(20));
        assertEquals(DynamicRule.BOLA | BolaRule.STEADY, a.memory);
        assertEquals(DynamicRule.THROUGHPUT, b.memory);
        a.current = 3;
        b.current = 3;
        assertEquals(3, rule.choose(a.buffer(15)));
        assertEquals(1, rule.choose(b.buffer(15)));
    }

    /** Pins the factory: the three names, null for an unknown one, the safety factor passed through. */
    @Test
    void namedRules() {
        assertEquals(List.of("throughput", "bola", "dynamic"), AbrRules.NAMES);
        assertInstanceOf(ThroughputRule.class, AbrRules.named("throughput"));
        assertInstanceOf(BolaRule.class, AbrRules.named("bola"));
        assertInstanceOf(DynamicRule.class, AbrRules.named("dynamic"));
        assertNull(AbrRules.named("bba"));
        assertNull(AbrRules.named(null));
        assertEquals(0.8, ((ThroughputRule) AbrRules.named("throughput", 0.8)).safety());
        // at a 5 s buffer the dynamic rule is in throughput mode: 1.5 Mbit/s × 1.0 fits 1.5 (2); × 0.9 only 0.8 (1)
        TestView view = view().throughput(1_500_000).buffer(5);
        assertEquals(2, AbrRules.named("dynamic", 1.0).choose(view));
        assertEquals(1, AbrRules.named("dynamic", 0.9).choose(view));
        // the insufficient-buffer option wraps the named rule
        assertInstanceOf(InsufficientBufferRule.class, AbrRules.of(
                new io.cdnsim.model.PlayerSettings("dynamic", 0.9, 1, 3, 1, true)));
        assertInstanceOf(DynamicRule.class, AbrRules.of(new io.cdnsim.model.PlayerSettings("dynamic", 0.9, 1, 3, 1)));
    }

    /** Pins "allocate nothing per call": a million calls of each rule allocate (almost) no bytes on this thread. */
    @Test
    void allocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
        AbrRule[] rules = {new ThroughputRule(), new BolaRule(), new DynamicRule(),
            new InsufficientBufferRule(new DynamicRule())};
        TestView view = playing();
        long sink = 0;
        for (AbrRule r : rules) {
            sink += spin(r, view, 200_000); // warm up
            long before = mx.getCurrentThreadAllocatedBytes();
            sink += spin(r, view, 1_000_000);
            long allocated = mx.getCurrentThreadAllocatedBytes() - before;
            assertEquals(0, allocated, 4096, r.getClass().getSimpleName() + " allocated " + allocated + " bytes");
        }
        Assumptions.assumeTrue(sink >= 0);
    }

    private static long spin(AbrRule r, TestView view, int calls) {
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            view.bufferSeconds = (i % 3000) * 0.01;
            sum += r.choose(view);
        }
        return sum;
    }
}
