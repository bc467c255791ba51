package io.cdnsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.content.CacheControl;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins request collapsing in CacheNode (the in-flight index, waiter lists, release on response) against the
 * renewal-process formula for the upstream rate of an uncached object.
 *
 * <p>Setup: one object, requested as a Poisson stream at rate lambda; nothing usable is cached (s-maxage=0, so every
 * stored copy is born expired); collapsing on with no lock timeout; the fetch latency is
 * Delta = RTT (20 ms) + origin service time (5 ms) = 25 ms exactly, the origin having no capacity limit.
 *
 * <p>Theory: a fetch starts at an arrival and every arrival in the next Delta joins it; the next fetch starts at the
 * first arrival after it completes, an exponential time later. Fetches are a renewal process with cycle
 * {@code Delta + Exp(lambda)}, so they come at rate {@code lambda / (1 + lambda Delta)}. Without collapsing every
 * request goes upstream: rate lambda; so it does with collapsing on for an object sent no-store, which a cache
 * passes instead of collapsing (a response meant for one requester is not handed to others).
 *
 * <p>Tolerance: 4 standard deviations of the fetch count over the measured time t, from the renewal central limit
 * theorem {@code Var N(t) ~ t sigma^2 / mu^3} with {@code mu = Delta + 1/lambda}, {@code sigma = 1/lambda}; for
 * collapsing off the count is Poisson, {@code Var = lambda t}.
 */
class RequestCollapsingTest {

    static final long RTT = 20_000;
    static final long ORIGIN_SERVICE = 5_000;
    static final double DELTA_SECONDS = (RTT + ORIGIN_SERVICE) / 1e6;
    static final double MEASURED_SECONDS = 10_000;

    static final CacheControl S_MAXAGE_ZERO = new CacheControl(CacheControl.ABSENT, 0, CacheControl.ABSENT,
            CacheControl.ABSENT, false);

    @ParameterizedTest(name = "lambda={0}/s")
    @ValueSource(doubles = {40, 200})
    void collapsedUpstreamRateIsLambdaOverOnePlusLambdaDelta(double lambda) {
        RunResult result = run(lambda, true, S_MAXAGE_ZERO);
        TierResult edge = result.edge();
        double t = result.measuredSeconds();
        double expected = Theory.collapsedRate(lambda, DELTA_SECONDS);
        double observed = edge.stats().upstreamRequests() / t;
        double sd = Math.sqrt(Theory.collapsedCountVariance(lambda, DELTA_SECONDS, t)) / t;
        long fetchOwners = edge.stats().outcomes(Outcome.REFRESH_HIT);
        System.out.printf("Collapsing on  lambda=%.0f/s Delta=%.0f ms %s  expected upstream=%.3f/s  observed=%.3f/s"
                        + "  sd=%.3f/s  diff=%+.3f (%.2f sd)  collapsed=%d owners=%d%n",
                lambda, DELTA_SECONDS * 1e3, "s-maxage=0", expected, observed, sd,
                observed - expected, (observed - expected) / sd, edge.stats().outcomes(Outcome.COLLAPSED), fetchOwners);
        assertEquals(0, edge.stats().outcomes(Outcome.HIT), "HITs with nothing cached");
        assertEquals(edge.requests(), edge.stats().outcomes(Outcome.COLLAPSED) + fetchOwners,
                "every request either starts a fetch or joins one");
        assertEquals(expected, observed, 4 * sd, "upstream rate with collapsing");
    }

    @ParameterizedTest(name = "collapsing={0}")
    @ValueSource(booleans = {false, true})
    void withoutCollapsingOrForANoStoreObjectEveryRequestGoesUpstream(boolean collapsing) {
        double lambda = 200;
        RunResult result = run(lambda, collapsing, Fixture.noStore());
        TierResult edge = result.edge();
        double t = result.measuredSeconds();
        double observed = edge.stats().upstreamRequests() / t;
        double sd = Math.sqrt(lambda * t) / t;
        System.out.printf("Collapsing %-3s no-store lambda=%.0f/s  expected upstream=%.3f/s  observed=%.3f/s"
                + "  sd=%.3f/s  diff=%+.3f (%.2f sd)%n", collapsing ? "on" : "off", lambda, lambda, observed, sd,
                observed - lambda, (observed - lambda) / sd);
        assertEquals(edge.requests(), edge.stats().upstreamRequests(), "one upstream request per request");
        assertEquals(0, edge.stats().outcomes(Outcome.COLLAPSED), "collapsed requests");
        assertEquals(lambda, observed, 4 * sd, "upstream rate without collapsing");
    }

    private static RunResult run(double lambda, boolean collapsing, CacheControl cc) {
        long warmup = 5 * Fixture.SECOND;
        long duration = warmup + Math.round(MEASURED_SECONDS * Fixture.SECOND);
        CacheSettings cache = Fixture.cache(1_000, "lru", TtlRule.ORIGIN, collapsing);
        Scenario scenario = Fixture.singleEdge(cache, RTT, ORIGIN_SERVICE, cc, Fixture.zipf(1, 1.0, lambda),
                duration, warmup, 99);
        return Fixture.run(scenario, 0);
    }
}
