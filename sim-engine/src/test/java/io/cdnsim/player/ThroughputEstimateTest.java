package io.cdnsim.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The dash.js estimate: two EWMAs weighted by 1.5 per second of download time with half-lives of 3 and 8 (2 s and
 * 16/3 s of download time), corrected for their zero start, the lower of the two.
 */
class ThroughputEstimateTest {

    private final ViewerTable table = new ViewerTable(2);
    private final ThroughputEstimate estimate = new ThroughputEstimate(table);

    @Test
    void noEstimateBeforeTheFirstSample() {
        estimate.start(0);
        assertTrue(Double.isNaN(estimate.estimate(0)));
        estimate.add(0, 1e6, 0);
        assertTrue(Double.isNaN(estimate.estimate(0)), "a sample of no time is ignored");
    }

    @Test
    void oneSampleIsTheEstimate() {
        estimate.start(0);
        estimate.add(0, 8e6, 2);
        assertEquals(4e6, estimate.estimate(0), 1e-6, "8 Mbit in 2 s, whatever the half-lives");
    }

    @Test
    void twoSamplesWeighByHalfLivesAndTheLowerAverageWins() {
        estimate.start(1);
        estimate.add(1, 1e6, 1);
        estimate.add(1, 3e6, 1);
        // A 1 s sample weighs 1.5. Fast (half-life 3): a = 2^(-1.5/3) = 2^(-1/2), (a * 1 + 3) / (1 + a) Mbit/s
        // = 2.1716 Mbit/s; slow (8): b = 2^(-1.5/8) = 2^(-3/16), (b * 1 + 3) / (1 + b) = 2.0649 Mbit/s. The slow one
        // is lower, after a rise.
        assertEquals(2_064_891.2345, estimate.estimate(1), 1e-3);
        estimate.start(0);
        estimate.add(0, 3e6, 1);
        estimate.add(0, 1e6, 1);
        // After a fall the fast one is lower: (3a + 1) / (1 + a) = 1.8284 Mbit/s (slow: 1.9351 Mbit/s).
        assertEquals(1_828_427.1247, estimate.estimate(0), 1e-3);
    }
}
