package io.cdnsim.bandwidth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link WaterLevel#of}: the level λ with Σ min(cap_i, λ) = C, +∞ when Σ cap_i ≤ C. Hand cases, then a randomized
 * comparison with a sort-based reference. (jqwik is a test dependency of sim-config and cli but not of sim-engine,
 * whose pom these tests may not change: the property runs as a plain JUnit test over a fixed-seed
 * {@link SplittableRandom}.)
 */
class WaterLevelTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    /** A cap that never binds. */
    private static final double HUGE = 1e18;

    private static double level(double capacity, double... caps) {
        return WaterLevel.of(caps.clone(), caps.length, capacity);
    }

    // Pins the hand cases of the definition.
    @Test
    void handCases() {
        // C=100, caps {10, 50, ∞}: if λ ≥ 50, 10 + 50 + λ = 100 gives λ = 40 < 50, a contradiction; so 10 ≤ λ < 50
        // and 10 + λ + λ = 100, λ = 45 (the 50 and the ∞ both get 45).
        assertEquals(45, level(100, 10, 50, HUGE), 1e-12);
        // C=100, caps {10, 20, 30}: Σ = 60 ≤ 100, nobody is held back.
        assertEquals(INF, level(100, 10, 20, 30));
        // C=45, caps {10, 20, 30}: λ ≥ 20 would need 10 + 20 + λ = 45, λ = 15 < 20, a contradiction; so 10 ≤ λ < 20
        // and 10 + λ + λ = 45, λ = 17.5 (check: 10 + 17.5 + 17.5 = 45).
        assertEquals(17.5, level(45, 10, 20, 30), 1e-12);
        // Equal caps {25, 25, 25, 25}, C=60: 4λ = 60, λ = 15.
        assertEquals(15, level(60, 25, 25, 25, 25), 1e-12);
        // One flow, cap 30, C=10: λ = 10; cap 10, C=30: +∞.
        assertEquals(10, level(10, 30), 1e-12);
        assertEquals(INF, level(30, 10));
        // Σ caps exactly C: they fit (the boundary counts as fitting).
        assertEquals(INF, level(60, 10, 20, 30));
        // A level exactly at a cap: caps {10, 20, 20}, C=50: λ = 20 (10 + 20 + 20 = 50 fits: +∞); C=49: 10 + 2λ = 49,
        // λ = 19.5.
        assertEquals(INF, level(50, 10, 20, 20));
        assertEquals(19.5, level(49, 10, 20, 20), 1e-12);
        // Every cap above the level: caps {40, 50, 60}, C=30: 3λ = 30, λ = 10.
        assertEquals(10, level(30, 60, 40, 50), 1e-12);
        // Zero caps spend nothing: caps {0, 0, 50, 50}, C=40: 2λ = 40, λ = 20.
        assertEquals(20, level(40, 0, 50, 0, 50), 1e-12);
        // Zero capacity: λ = 0.
        assertEquals(0, level(0, 5, 7), 0);
    }

    // Pins that only the first n caps count and the others are left where they are.
    @Test
    void onlyTheFirstNCount() {
        double[] caps = {30, 10, 20, 1e9, -1};
        // First three: 10 + 2λ = 45, λ = 17.5; the 1e9 and the -1 behind them neither count nor move.
        assertEquals(17.5, WaterLevel.of(caps, 3, 45), 1e-12);
        assertEquals(1e9, caps[3]);
        assertEquals(-1, caps[4]);
        double[] sorted = Arrays.copyOf(caps, 3);
        Arrays.sort(sorted);
        assertArrayEquals(new double[] {10, 20, 30}, sorted);
        assertEquals(INF, WaterLevel.of(new double[] {5}, 0, 1));
    }

    /** The reference: caps ascending; the first k are spent while (C − Σ first k) / (n − k) is above the next. */
    static double reference(double[] caps, int n, double capacity) {
        double[] c = Arrays.copyOf(caps, n);
        Arrays.sort(c);
        double total = 0;
        for (double x : c) {
            total += x;
        }
        if (total <= capacity) {
            return INF;
        }
        double spent = 0;
        for (int k = 0; k < n; k++) {
            double candidate = (capacity - spent) / (n - k);
            if (candidate <= c[k]) {
                return candidate;
            }
            spent += c[k];
        }
        throw new AssertionError("unreachable: the caps do not fit");
    }

    // Pins the search against the sort-based reference on 5,000 random inputs (fixed seed): sizes 1..200, caps drawn
    // from a mix of continuous values, a few repeated values (ties around the pivot) and zeros, capacities from 5% to
    // 150% of Σ caps. Where Σ caps is within 1e-9 of C the two may disagree on "fits" by rounding (+∞ against a level
    // at the largest cap); those cases are left to nearTiesFromATreeNeverGiveNaN.
    @Test
    void matchesTheSortBasedReference() {
        SplittableRandom random = new SplittableRandom(20240601L);
        int compared = 0;
        for (int run = 0; run < 5_000; run++) {
            int n = 1 + random.nextInt(random.nextBoolean() ? 8 : 200);
            double[] caps = new double[n];
            int style = random.nextInt(3);
            double[] few = {random.nextDouble() * 1e7, random.nextDouble() * 1e7, 1e7, 0};
            double sum = 0;
            for (int i = 0; i < n; i++) {
                caps[i] = switch (style) {
                    case 0 -> random.nextDouble() * 1e8;
                    case 1 -> few[random.nextInt(few.length)];
                    default -> Math.exp(random.nextDouble() * 30);
                };
                sum += caps[i];
            }
            double capacity = sum * (0.05 + 1.45 * random.nextDouble());
            if (Math.abs(sum - capacity) <= 1e-9 * sum) {
                continue;
            }
            double[] work = caps.clone();
            double got = WaterLevel.of(work, n, capacity);
            double want = reference(caps, n, capacity);
            if (want == INF) {
                assertEquals(INF, got, () -> "caps " + Arrays.toString(caps) + " C " + capacity);
            } else {
                assertEquals(want, got, 1e-9 * want, () -> "caps " + Arrays.toString(caps) + " C " + capacity);
                // The definition itself, independently of the reference.
                double filled = 0;
                for (double c : caps) {
                    filled += Math.min(c, got);
                }
                assertEquals(capacity, filled, 1e-9 * capacity);
            }
            // The search only reorders the caps.
            double[] a = work.clone();
            double[] b = caps.clone();
            Arrays.sort(a);
            Arrays.sort(b);
            assertArrayEquals(b, a);
            compared++;
        }
        assertTrue(compared > 4_900, "compared " + compared);
    }

    // BUG (see report): Levels computes the peering level μ over min(cap, λ_e), whose sum over a saturated egress is
    // C_e up to rounding. When C_peering = Σ C_e (a one-POP region whose peering equals its egress, or two 5 Gbit/s
    // POPs behind 10 Gbit/s of peering) the sum, added up in input order, can exceed C by one ulp while the search,
    // adding the same values in partition order (spent + k·pivot), finds that they all fit: it ends with above = 0 and
    // returns (C − spent) / 0 = 0/0 = NaN (or ±∞). Here: seven equal shares 1e9/7, whose running sum is
    // 1.0000000000000002e9 > 1e9 while 7 · (1e9/7) = 1e9. Expected: +∞ (they fit) or a level ≥ the largest share.
    @Test
    void sevenEqualSharesOfOneGigabitFit() {
        double share = 1e9 / 7;
        double[] caps = new double[7];
        Arrays.fill(caps, share);
        double mu = WaterLevel.of(caps, 7, 1e9);
        assertTrue(mu >= share, "level " + mu + " for caps that fill the link exactly");
    }

    // BUG (same as above), in bulk: a link's own level λ over random caps, then the level of a parent link of the same
    // capacity over min(cap, λ) (what Levels does for a one-POP region with peering = egress). The parent's level must
    // be +∞ or at least the largest share; about one case in ten comes back NaN.
    @Test
    void nearTiesFromATreeNeverGiveNaN() {
        SplittableRandom random = new SplittableRandom(7L);
        int bad = 0;
        String first = null;
        for (int run = 0; run < 20_000; run++) {
            int n = 1 + random.nextInt(12);
            double[] caps = new double[n];
            for (int i = 0; i < n; i++) {
                caps[i] = random.nextDouble() * 1e7;
            }
            long capacity = 1 + random.nextLong(50_000_000L);
            double lambda = WaterLevel.of(caps.clone(), n, capacity);
            double[] shares = new double[n];
            double max = 0;
            for (int i = 0; i < n; i++) {
                shares[i] = Math.min(caps[i], lambda);
                max = Math.max(max, shares[i]);
            }
            double mu = WaterLevel.of(shares.clone(), n, capacity);
            if (!(mu >= max * (1 - 1e-12))) {
                bad++;
                if (first == null) {
                    first = "caps " + Arrays.toString(caps) + " C " + capacity + " λ " + lambda + " μ " + mu;
                }
            }
        }
        assertEquals(0, bad, "first: " + first);
    }
}
