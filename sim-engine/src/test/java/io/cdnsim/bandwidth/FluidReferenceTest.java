package io.cdnsim.bandwidth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * The exact reference ({@link FluidReference}) on the hand cases of {@link DownloadsTest}, so that the comparison in
 * {@link ModelErrorTest} rests on a reference that is itself checked. Units: Mbit, Mbit/s, µs.
 */
class FluidReferenceTest {

    private static final double M = 1e6;
    private static final double INF = Double.POSITIVE_INFINITY;

    // Pins equal halves: C = 10, two downloads of 10 Mbit capped at 8 → 5 each → both end at 2 s.
    @Test
    void equalHalves() {
        FluidReference ref = new FluidReference(new double[] {10 * M}, INF);
        double[] end = ref.endTimes(new long[] {0, 0}, new int[] {0, 0}, new double[] {10 * M, 10 * M},
                new double[] {8 * M, 8 * M});
        assertArrayEquals(new double[] {2e6, 2e6}, end, 1e-6);
    }

    // Pins a cap and a departure: C = 10; B 10 Mbit cap 4 → 2.5 s; A 30 Mbit cap 100 → 6 until 2.5 s (15 Mbit), then
    // 10 → 4.0 s.
    @Test
    void cappedAndUncapped() {
        FluidReference ref = new FluidReference(new double[] {10 * M}, INF);
        double[] end = ref.endTimes(new long[] {0, 0}, new int[] {0, 0}, new double[] {30 * M, 10 * M},
                new double[] {100 * M, 4 * M});
        assertArrayEquals(new double[] {4e6, 2.5e6}, end, 1e-6);
    }

    // Pins the tree of DownloadsTest.aTreeSharesByCapEdgeAndPeeringLevels: peering 60 over e0 (100) and e1 (20):
    // f1, f4 on e0 cap 25 (90 and 65 Mbit), f3 on e1 cap 8 (8 Mbit), f2 on e1 cap 100 (32 Mbit) → 4, 3, 1, 2 s. And a
    // late arrival: the same with f3 arriving at 0.5 s instead: from 0 to 0.5 f2 alone on e1 gets 20, f1 and f4 20 each
    // (μ: 25∧μ + 25∧μ + 20 = 60 → μ = 20); then as before (f1 20, f4 20, f2 12, f3 8): f3 ends at 1.5 s; f2 has
    // 32 − 10 − 12 = 10 Mbit left at 1.5 s, at 20 → 2.0 s; f1 and f4 have sent 40 Mbit by 2.0 s: 3.0 and 4.0 s.
    @Test
    void treeLevels() {
        FluidReference ref = new FluidReference(new double[] {100 * M, 20 * M}, 60 * M);
        int[] leaf = {0, 0, 1, 1};
        double[] bits = {90 * M, 65 * M, 8 * M, 32 * M};
        double[] cap = {25 * M, 25 * M, 8 * M, 100 * M};
        assertArrayEquals(new double[] {4e6, 3e6, 1e6, 2e6}, ref.endTimes(new long[] {0, 0, 0, 0}, leaf, bits, cap),
                1e-6);
        assertArrayEquals(new double[] {4e6, 3e6, 1.5e6, 2e6},
                ref.endTimes(new long[] {0, 0, 500_000, 0}, leaf, bits, cap), 1e-6);
    }

    // Pins an idle gap: a download alone at its cap, then another after the first has ended.
    @Test
    void idleGap() {
        FluidReference ref = new FluidReference(new double[] {10 * M}, INF);
        double[] end = ref.endTimes(new long[] {3_000_000, 0}, new int[] {0, 0}, new double[] {4 * M, 4 * M},
                new double[] {4 * M, 8 * M});
        assertArrayEquals(new double[] {4e6, 5e5}, end, 1e-6);
    }
}
