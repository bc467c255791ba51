package io.cdnsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.TierResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins expiry and revalidation in CacheNode against the renewal argument for a TTL cache whose lifetime is not
 * renewed by hits (the "TTL cache" of Fofack, Nain, Neglia, Towsley 2012 with a fixed timer set at the fill).
 *
 * <p>Setup: one edge node with a store far larger than the catalog, the origin's Cache-Control max-age = T (no
 * s-maxage), {@link TtlRule#ORIGIN} (no clamps), zero latency and no service time, so a fetch completes at the instant
 * it starts. Requests for an object are Poisson at rate lambda.
 *
 * <p>Theory: each fetch (the first MISS, then a 304 revalidation answered as REFRESH_HIT) opens a cycle; the
 * arrivals during the next T are HITs (Poisson, mean lambda T) and the first arrival after the copy expires fetches
 * again (memorylessness). The reward-renewal theorem gives the HIT share {@code lambda T / (1 + lambda T)} per
 * object, and {@code sum_i p_i m_i / (1 + m_i)} with {@code m_i = lambda p_i T} for a mix of objects.
 */
class TtlCacheTest {

    /**
     * One object, lambda T = 1 and 5. Tolerance: 4 standard deviations of the renewal-reward estimate, from its
     * delta-method variance {@code m / (M (1 + m)^3)} with M measured requests (a cycle has 1 + X requests, X
     * Poisson(m) of them hits). Warm-up: 10 s, hundreds of lifetimes.
     */
    @ParameterizedTest(name = "lambda={0}/s, T={1} ms")
    @CsvSource({"100, 10", "100, 50"})
    void singleObjectHitShareIsLambdaTOverOnePlusLambdaT(double lambda, long ttlMillis) {
        double measuredSeconds = 20_000;
        TierResult edge = run(1, 1.0, lambda, ttlMillis, measuredSeconds, 0);
        NodeStats st = edge.stats();
        double m = lambda * ttlMillis / 1e3;
        double expected = Theory.ttlHitRatio(m);
        double observed = (double) st.outcomes(Outcome.HIT) / edge.requests();
        double sd = Math.sqrt(Theory.ttlHitRatioVariance(m, lambda * measuredSeconds));
        System.out.printf("TTL  one object  lambda*T=%.1f  requests=%d  expected HIT share=%.5f  observed=%.5f"
                        + "  sd=%.5f  diff=%+.5f (%.2f sd)  refresh_hit=%d  miss=%d%n",
                m, edge.requests(), expected, observed, sd, observed - expected, (observed - expected) / sd,
                st.outcomes(Outcome.REFRESH_HIT), st.outcomes(Outcome.MISS));
        // The copy was filled during the warm-up and never changes: every fetch after it is a 304 revalidation.
        assertEquals(0, st.outcomes(Outcome.MISS), "full fetches after the warm-up");
        assertEquals(edge.requests(), st.outcomes(Outcome.HIT) + st.outcomes(Outcome.REFRESH_HIT),
                "requests that were neither HIT nor REFRESH_HIT");
        assertEquals(st.outcomes(Outcome.REFRESH_HIT), st.conditionalRequests(), "revalidations sent upstream");
        assertEquals(expected, observed, 4 * sd, "HIT share of a TTL cache");
    }

    /**
     * Twenty objects, Zipf(1) split of lambda = 200/s, T = 50 ms: per-object lambda T from 2.8 down to 0.14. Each
     * object is its own renewal process (independent Poisson thinning). The tolerance is 4 standard errors of the
     * mean over 16 replications of 300 s each: replications are the simple honest estimate of the variance of a
     * ratio of sums over objects with different rates, and 16 of them (15 degrees of freedom) keep the standard
     * error's own estimate within about 20 %.
     */
    @Test
    void zipfMixOfObjectsAddsUpPerObjectRenewalCycles() {
        int objects = 20;
        double alpha = 1.0;
        double lambda = 200;
        long ttlMillis = 50;
        double[] p = Theory.zipf(objects, alpha);
        double expected = 0;
        for (double pi : p) {
            expected += pi * Theory.ttlHitRatio(lambda * pi * ttlMillis / 1e3);
        }
        int replications = 16;
        double[] shares = new double[replications];
        for (int r = 0; r < replications; r++) {
            TierResult edge = run(objects, alpha, lambda, ttlMillis, 300, r);
            shares[r] = (double) edge.stats().outcomes(Outcome.HIT) / edge.requests();
        }
        double[] ms = Fixture.meanAndStandardError(shares);
        System.out.printf("TTL  20 objects Zipf(1) lambda=200/s T=50ms  expected HIT share=%.5f  observed=%.5f"
                + "  SE=%.5f  diff=%+.5f (%.2f SE)%n", expected, ms[0], ms[1], ms[0] - expected, (ms[0] - expected) / ms[1]);
        assertEquals(expected, ms[0], 4 * ms[1], "HIT share of a TTL cache over a Zipf mix");
    }

    private static TierResult run(int objects, double alpha, double lambda, long ttlMillis, double measuredSeconds,
                                  int replication) {
        long warmup = 10 * Fixture.SECOND;
        long duration = warmup + Math.round(measuredSeconds * Fixture.SECOND);
        long ttl = ttlMillis * 1_000;
        Scenario scenario = Fixture.singleEdge(Fixture.cache(1_000_000, "lru", TtlRule.ORIGIN, false), 0, 0,
                Fixture.maxAge(ttl), Fixture.zipf(objects, alpha, lambda), duration, warmup, 77);
        return Fixture.run(scenario, replication).edge();
    }
}
