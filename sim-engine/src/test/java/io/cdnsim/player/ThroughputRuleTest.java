package io.cdnsim.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThroughputRuleTest {

    private final ThroughputRule rule = new ThroughputRule(0.9);

    /** Pins the basic pick: 0.9 × 2 Mbit/s = 1.8 Mbit/s fits 1.5 Mbit/s (index 2) but not 3 Mbit/s. */
    @Test
    void picksHighestRungUnderSafeEstimate() {
        assertEquals(2, rule.choose(TestView.hd().throughput(2_000_000)));
    }

    /** Pins stepping down as the estimate drops: 1 Mbit/s → 0.9 fits 0.8 (1); 0.5 Mbit/s → 0.45 fits 0.4 (0). */
    @Test
    void estimateDropStepsDown() {
        TestView view = TestView.hd().throughput(2_000_000);
        assertEquals(2, rule.choose(view));
        view.throughput(1_000_000);
        assertEquals(1, rule.choose(view));
        view.throughput(500_000);
        assertEquals(0, rule.choose(view));
        view.throughput(100_000); // nothing fits: the lowest anyway
        assertEquals(0, rule.choose(view));
    }

    /** Pins the start: no estimate yet (NaN) gives the lowest rendition. */
    @Test
    void noEstimateGivesLowest() {
        assertEquals(0, rule.choose(TestView.hd()));
    }

    /** Pins the device cap: 20 Mbit/s would fit 6 Mbit/s (4) but a 720p device stops at 3 Mbit/s (3). */
    @Test
    void capRespected() {
        TestView view = TestView.hd().throughput(20_000_000);
        assertEquals(4, rule.choose(view));
        view.maxRendition = 3;
        assertEquals(3, rule.choose(view));
        view.maxRendition = 0;
        assertEquals(0, rule.choose(view));
    }

    /** Pins "≤" (a rung exactly at the budget fits) and the safety factor: 3 Mbit/s at safety 1 → 3 Mbit/s (3). */
    @Test
    void boundaryAndSafety() {
        assertEquals(3, new ThroughputRule(1.0).choose(TestView.hd().throughput(3_000_000)));
        assertEquals(2, new ThroughputRule(0.9).choose(TestView.hd().throughput(3_000_000)));
        assertEquals(0.9, new ThroughputRule().safety());
        assertThrows(IllegalArgumentException.class, () -> new ThroughputRule(0));
    }
}
