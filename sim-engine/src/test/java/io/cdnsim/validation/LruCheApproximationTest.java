package io.cdnsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.TierResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the LRU store (ObjectStore + LruPolicy, driven by CacheNode) against Che's approximation (Che, Tung, Wang
 * 2002; justified by Fricker, Robert, Roberts 2012) under the independent reference model.
 *
 * <p>Setup: one edge node holding C objects of one fixed size, an origin that answers instantly (RTT 0, service time
 * 0, so a miss is filled at the instant it happens and the cache sees a pure request sequence), collapsing off, a
 * max-age far beyond the run so nothing expires. Requests: Zipf(alpha) over N = 10,000 objects.
 *
 * <p>Theory: T solves {@code sum_i (1 - exp(-p_i T)) = C}; the hit ratio is {@code sum_i p_i (1 - exp(-p_i T))}.
 *
 * <p>Tolerance: {@code 4 SE + 0.001}. SE is the standard error of the mean hit share over {@value #REPLICATIONS}
 * independent replications (replication streams 0..7) of {@value #MEASURED} measured requests each, so 4 SE bounds
 * the simulation's own noise (a false alarm about once in 15,000 for a normal mean). The 0.001 covers the
 * approximation's own error: an independent LinkedHashMap LRU fed 100 million Zipf requests differs from Che by at
 * most 0.00010 absolute for these four (alpha, C) pairs, within its own standard error of 0.00006 (docs/validation.md),
 * so 0.001 is ten times the largest observed error and far below the 0.04 that separates LRU from FIFO here. The warm-up ({@value #WARMUP}
 * requests) is over eighteen characteristic times (Che's T is 650 to 2,400 requests here), so measurement starts with
 * the cache in its stationary regime.
 */
class LruCheApproximationTest {

    static final int OBJECTS = 10_000;
    static final int REPLICATIONS = 8;
    static final long MEASURED = 300_000;
    static final long WARMUP = 50_000;
    static final double RATE = 10_000;
    static final double APPROXIMATION_ERROR = 0.001;

    @ParameterizedTest(name = "alpha={0}, C={1}")
    @CsvSource({"0.8, 500", "0.8, 1000", "1.0, 500", "1.0, 1000"})
    void lruHitRatioAgreesWithChe(double alpha, int capacity) {
        double[] p = Theory.zipf(OBJECTS, alpha);
        double expected = Theory.cheLruHitRatio(p, capacity);
        double[] observed = hitShares("lru", alpha, capacity);
        double[] ms = Fixture.meanAndStandardError(observed);
        double tolerance = 4 * ms[1] + APPROXIMATION_ERROR;
        System.out.printf("LRU  alpha=%.1f C=%4d  Che T=%7.1f req  Che h=%.5f  simulated h=%.5f  SE=%.5f  diff=%+.5f"
                        + "  tolerance=%.5f%n",
                alpha, capacity, Theory.cheTime(p, capacity), expected, ms[0], ms[1], ms[0] - expected, tolerance);
        assertEquals(expected, ms[0], tolerance, "LRU hit ratio vs Che's approximation");
    }

    /**
     * @param eviction eviction policy
     * @param alpha    Zipf exponent
     * @param capacity capacity in objects
     * @return the edge's HIT share in each replication
     */
    static double[] hitShares(String eviction, double alpha, int capacity) {
        long duration = Math.round((MEASURED + WARMUP) / RATE * Fixture.SECOND);
        long warmup = Math.round(WARMUP / RATE * Fixture.SECOND);
        Scenario scenario = Fixture.singleEdge(Fixture.cache(capacity, eviction, TtlRule.ORIGIN, false), 0, 0,
                Fixture.maxAge(Fixture.NEVER_EXPIRES), Fixture.zipf(OBJECTS, alpha, RATE), duration, warmup, 2024);
        double[] shares = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            TierResult edge = Fixture.run(scenario, r).edge();
            long hits = edge.stats().outcomes(Outcome.HIT);
            long misses = edge.stats().outcomes(Outcome.MISS);
            // Nothing expires and nothing is collapsed: every request is a HIT or a MISS.
            assertEquals(edge.requests(), hits + misses, "requests that were neither HIT nor MISS");
            assertEquals(capacity * Fixture.OBJECT_BYTES, edge.storedBytes(), "the store should be full");
            shares[r] = (double) hits / edge.requests();
        }
        return shares;
    }
}
