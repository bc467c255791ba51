package io.cdnsim.bandwidth;

import static io.cdnsim.bandwidth.LinkBench.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * How far {@link Downloads} (shares recomputed every {@link Downloads#SHARE_INTERVAL}) is from exact max-min fairness
 * ({@link FluidReference}, rates recomputed at every arrival and departure), on random small cases.
 */
class ModelErrorTest {

    private static final double M = 1e6;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final long INTERVAL = Downloads.SHARE_INTERVAL;

    /** A link plan to run on: the bench's capacities and the reference's. */
    record Shape(String name, long peering, long[] egress) {

        LinkBench bench() {
            return new LinkBench(peering, egress);
        }

        FluidReference reference() {
            double[] leaf = new double[egress.length];
            for (int e = 0; e < leaf.length; e++) {
                leaf[e] = egress[e] == NONE ? INF : egress[e];
            }
            return new FluidReference(leaf, peering == NONE ? INF : peering);
        }

        /** The capacity the whole region can carry, to scale the load by. */
        double capacity() {
            return peering != NONE ? peering : egress[0];
        }
    }

    static final Shape ONE_LINK = new Shape("one link (egress 10 Mbit/s)", NONE, new long[] {10_000_000L});
    static final Shape TREE = new Shape("tree (peering 20 over egress 12, 9, unlimited)", 20_000_000L,
            new long[] {12_000_000L, 9_000_000L, NONE});

    /**
     * The errors of one shape over many runs, one entry per download: |model − exact| / exact transfer time, the signed
     * error in µs, and |model − exact| / ((changes + 1) · SHARE_INTERVAL), where changes counts the arrivals and
     * departures of other downloads of the region from its arrival to the later of its two ends.
     */
    record Errors(double[] relative, double[] signedMicros, double[] perChange, int downloads, int shared) {

        static double mean(double[] x) {
            return Arrays.stream(x).average().orElse(0);
        }

        static double quantile(double[] x, double q) {
            double[] s = x.clone();
            Arrays.sort(s);
            return s[(int) Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
        }

        static double max(double[] x) {
            return Arrays.stream(x).max().orElse(0);
        }

        double[] absoluteMicros() {
            return Arrays.stream(signedMicros).map(Math::abs).toArray();
        }

        /** @return the share of downloads whose error is within one interval per change of the set */
        double withinOnePerChange() {
            return Arrays.stream(perChange).filter(r -> r <= 1).count() / (double) perChange.length;
        }

        String row(String name) {
            double[] abs = absoluteMicros();
            return String.format("| %s | %d | %d | %.4f | %.4f | %.4f | %.0f | %.0f | %.0f | %.0f | %.2f | %.4f |", name,
                    downloads, shared, mean(relative), quantile(relative, 0.95), max(relative), mean(signedMicros) / 1e3,
                    mean(abs) / 1e3, quantile(abs, 0.95) / 1e3, max(abs) / 1e3, max(perChange),
                    withinOnePerChange());
        }
    }

    /**
     * Runs random cases through the model and the reference. Each run: 20 to 50 downloads, caps uniform in 5 % to
     * 120 % of the region's capacity, a transfer time at the cap uniform in 0.2 s to 3 s (bits = cap × time, whole
     * bits), arrivals uniform at whole µs over a window sized for an offered load from 50 % to 200 % of the region's
     * capacity, edges uniform; first byte at the start.
     */
    static Errors measure(Shape shape, int runs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int total = 0;
        int shared = 0;
        double[] relative = new double[runs * 50];
        double[] signed = new double[runs * 50];
        double[] perChange = new double[runs * 50];
        int edges = shape.egress().length;
        for (int run = 0; run < runs; run++) {
            int n = 20 + random.nextInt(31);
            long[] arrival = new long[n];
            int[] leaf = new int[n];
            double[] bits = new double[n];
            long[] freeMicros = new long[n];
            double[] cap = new double[n];
            double offered = 0;
            for (int i = 0; i < n; i++) {
                double c = shape.capacity() * (0.05 + 1.15 * random.nextDouble());
                freeMicros[i] = 200_000 + random.nextLong(2_800_001);
                bits[i] = Math.max(1, Math.rint(c * freeMicros[i] / 1e6));
                cap[i] = bits[i] * 1e6 / freeMicros[i];
                leaf[i] = random.nextInt(edges);
                offered += bits[i];
            }
            double load = 0.5 + 1.5 * random.nextDouble();
            long window = (long) (offered / (shape.capacity() * load) * 1e6);
            for (int i = 0; i < n; i++) {
                arrival[i] = random.nextLong(window + 1);
            }
            LinkBench bench = shape.bench();
            for (int i = 0; i < n; i++) {
                bench.start(arrival[i], leaf[i], bits[i], freeMicros[i]);
            }
            bench.runUntil(3_600L * LinkBench.S);
            assertEquals(List.of(), bench.violations);
            double[] exact = shape.reference().endTimes(arrival, leaf, bits, cap);
            long[] model = new long[n];
            for (int i = 0; i < n; i++) {
                assertTrue(bench.finished(i), "run " + run + " download " + i + " finished");
                model[i] = bench.lastByte(i);
            }
            for (int i = 0; i < n; i++) {
                double error = Math.abs(model[i] - exact[i]);
                relative[total] = error / (exact[i] - arrival[i]);
                signed[total] = model[i] - exact[i];
                // The changes of the region's set of downloads while i was in it (arrivals and departures of others,
                // in the model, from i's arrival to the later of its two ends).
                double until = Math.max(model[i], exact[i]);
                int changes = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i && arrival[j] >= arrival[i] && arrival[j] <= until) {
                        changes++;
                    }
                    if (j != i && model[j] >= arrival[i] && model[j] <= until) {
                        changes++;
                    }
                }
                // 2 µs for the rounding of the model's ends up to the µs.
                perChange[total] = Math.max(0, error - 2) / ((changes + 1) * (double) INTERVAL);
                if (bench.delays(i) > 0 || bench.announcements(i) > 1 || model[i] != arrival[i] + freeMicros[i]) {
                    shared++;
                }
                total++;
            }
        }
        return new Errors(Arrays.copyOf(relative, total), Arrays.copyOf(signed, total),
                Arrays.copyOf(perChange, total), total, shared);
    }

    // Measures the error distribution that docs/bandwidth-error.md reports (printed as its table rows) and pins it.
    //
    // What bound can be derived. Between two changes of a region's set of downloads the model's rates are exact
    // max-min (each recomputation solves the tree exactly, DownloadsTest pins that); it departs from the exact answer
    // only after a change, for at most one interval: a newcomer to a full region gets what its links have left
    // (possibly nothing) and the others keep their shares, a departure's share lies idle. So one would expect each
    // download to lag by at most one interval per change of the set during its life: |model − exact| ≤ (changes + 1)
    // × SHARE_INTERVAL. That holds for all but a few downloads in 10^4, not for all: the lags are in bits, and bits
    // lost while a download ran fast are made up when it runs slowly. The worst case here (one link, seed 42, run 131,
    // download 24: 26.9 Mbit arriving at 9.06 s; exact end 21.90 s, model 24.16 s, error 1.72 intervals per change):
    // the idle intervals after ~40 departures leave the whole link ~2 Mbit behind the exact schedule (~0.2 s of link
    // time); the short downloads ahead of it end ~0.1 to 0.2 s late, so it misses the moments it would have had the
    // link to itself at its cap 9.9 Mbit/s (12.75 to 12.9 s) and is 1.4 Mbit behind; it then shares the link with
    // 13 to 17 others at 0.6 to 0.8 Mbit/s, and 1.4 Mbit at that rate take 2.2 s. A per-download bound has to scale
    // with the number of sharers at its end; none tighter than that follows from the mechanism.
    //
    // So the assertions are: the per-change bound for at least 99.9 % of downloads and within twice it for all, and
    // the measured distribution with a margin (mean, p95, max of the relative error), as a regression guard on the
    // model's accuracy for this workload.
    @Test
    void theModelStaysNearExactMaxMin() {
        StringBuilder table = new StringBuilder("| shape | downloads | not at cap | mean rel | p95 rel | max rel | "
                + "mean signed ms | mean abs ms | p95 abs ms | max abs ms | max per change | within 1 per change |\n");
        for (Shape shape : new Shape[] {ONE_LINK, TREE}) {
            Errors e = measure(shape, 200, 42L);
            table.append(e.row(shape.name())).append('\n');
            assertTrue(e.shared() > e.downloads() / 2, "the workload shares the links: " + e.shared());
            assertTrue(e.withinOnePerChange() >= 0.999, shape.name() + ": " + e.withinOnePerChange());
            assertTrue(Errors.max(e.perChange()) <= 2, shape.name() + ": " + Errors.max(e.perChange()));
            assertTrue(Errors.mean(e.relative()) <= 0.03, shape.name() + ": mean " + Errors.mean(e.relative()));
            assertTrue(Errors.quantile(e.relative(), 0.95) <= 0.10, shape.name());
            assertTrue(Errors.max(e.relative()) <= 0.60, shape.name() + ": max " + Errors.max(e.relative()));
        }
        System.out.println(table);
    }

    // BUG (see report and DownloadsTest.aOnePopRegionWithPeeringEqualToEgressFinishes): the same 200 random cases on
    // a tree whose peering capacity equals the sum of two egress capacities (20 = 12 + 8). When both edges are full
    // and the third has no download, the peering level is computed over shares that sum to 20 Mbit/s up to rounding;
    // WaterLevel returns NaN, the downloads' bits left become NaN, and they never end (run 24 holds 11 of them, and the
    // region ticks for ever). Each download must end within the hour.
    @Test
    void aTreeWhosePeeringEqualsItsEgressFinishesEveryDownload() {
        measure(new Shape("tree (peering 20 over egress 12, 8, unlimited)", 20_000_000L,
                new long[] {12_000_000L, 8_000_000L, NONE}), 200, 42L);
    }
}
