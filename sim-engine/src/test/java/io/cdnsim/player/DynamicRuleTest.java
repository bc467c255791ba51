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

    /** Pins the high-buffer mode: at 26 s it switches to BOLA (top rung at 26 s) and records it in memory. */
    @Test
    void followsBolaAtHighBuffer() {
        TestView view = view();
        assertEquals(4, rule.choose(view.buffer(26))); // throughput alone would say 1
        assertEquals(DynamicRule.BOLA, view.memory);
        assertEquals(new BolaRule().choose(view.buffer(28)), rule.choose(view));
    }

    /**
     * Pins the hysteresis with a buffer that rises then falls: 20 s in throughput mode stays throughput (1, where
     * BOLA would say 4); 26 s switches to BOLA (4); back at 20 s BOLA holds (4); at exactly 15 s still BOLA
     * (BOLA: 14.64 ≤ 15 &lt; 19.76 → rung 3); at 14.9 s back to throughput (1); at 20 s throughput again (1).
     */
    @Test
    void hysteresisKeepsPreviousModeBetweenThresholds() {
        TestView view = view();
        assertEquals(1, rule.choose(view.buffer(20)));
        assertEquals(DynamicRule.THROUGHPUT, view.memory);
        assertEquals(1, rule.choose(view.buffer(25.99)));
        assertEquals(DynamicRule.THROUGHPUT, view.memory);
        assertEquals(4, rule.choose(view.buffer(26)));
        assertEquals(DynamicRule.BOLA, view.memory);
        assertEquals(4, rule.choose(view.buffer(20)));
        assertEquals(DynamicRule.BOLA, view.memory);
        assertEquals(3, rule.choose(view.buffer(15)));
        assertEquals(DynamicRule.BOLA, view.memory);
        assertEquals(1, rule.choose(view.buffer(14.9)));
        assertEquals(DynamicRule.THROUGHPUT, view.memory);
        assertEquals(1, rule.choose(view.buffer(20)));
        assertEquals(DynamicRule.THROUGHPUT, view.memory);
    }

    /** Pins that one shared rule keeps each player's mode apart: the mode lives in each view's memory. */
    @Test
    void modeIsPerPlayer() {
        TestView a = view();
        TestView b = view();
        rule.choose(a.buffer(27));
        rule.choose(b.buffer(20));
        assertEquals(DynamicRule.BOLA, a.memory);
        assertEquals(DynamicRule.THROUGHPUT, b.memory);
        assertEquals(4, rule.choose(a.buffer(20)));
        assertEquals(1, rule.choose(b.buffer(20)));
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
    }

    /** Pins "allocate nothing per call": a million calls of each rule allocate (almost) no bytes on this thread. */
    @Test
    void allocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
        AbrRule[] rules = {new ThroughputRule(), new BolaRule(), new DynamicRule()};
        TestView view = view();
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
