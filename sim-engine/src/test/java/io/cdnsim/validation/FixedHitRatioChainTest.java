package io.cdnsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the seeds' arithmetic on a hierarchy: 50,000 requests/s through an edge, a mid-tier and a shield with fixed
 * hit ratios 0.95, 0.92 and 0.95 (no stores, collapsing off, zero latency). The closed form: the mid-tier receives
 * 50,000 x 0.05 = 2,500/s, the shield 2,500 x 0.08 = 200/s, the origin 200 x 0.05 = 10/s.
 *
 * <p>Tolerances, two ways, both 4 standard deviations of a count:
 * <ul>
 * <li>tier by tier, given what the tier below received: each request escapes a tier independently, so the next
 * tier's count is Binomial(n, 1 - h), sd {@code sqrt(n h (1 - h))};</li>
 * <li>against the seeds' rates: the viewers' stream is Poisson and each tier thins it independently, so the count
 * reaching a tier over t seconds is Poisson with mean {@code rate x t}, sd {@code sqrt(rate x t)}.</li>
 * </ul>
 * With t = 40 s the origin's 400 expected requests are pinned to +-80 (20 %), the shield's 8,000 to +-4 %, the
 * mid-tier's 100,000 to +-1.3 %.
 */
class FixedHitRatioChainTest {

    @Test
    void requestsEscapingEachTierFollowTheHitRatioArithmetic() {
        double rate = 50_000;
        double seconds = 40;
        double[] hitRatio = {0.95, 0.92, 0.95};
        Scenario scenario = Fixture.chain(List.of("edge", "mid", "shield"),
                List.of(Fixture.fixedRatio(hitRatio[0]), Fixture.fixedRatio(hitRatio[1]),
                        Fixture.fixedRatio(hitRatio[2])),
                Fixture.zipf(1_000, 1.0, rate), Math.round(seconds * Fixture.SECOND), 5);
        RunResult result = Fixture.run(scenario, 0);
        List<TierResult> tiers = result.tiers();
        assertEquals(4, tiers.size(), "three cache tiers and the origin");

        double expectedRate = rate;
        for (int t = 0; t < 3; t++) {
            TierResult tier = tiers.get(t);
            TierResult next = tiers.get(t + 1);
            long n = tier.requests();
            double h = hitRatio[t];
            double binomialMean = n * (1 - h);
            double binomialSd = Math.sqrt(n * h * (1 - h));
            expectedRate *= 1 - h;
            double poissonMean = expectedRate * seconds;
            double poissonSd = Math.sqrt(poissonMean);
            System.out.printf("Chain %-6s -> %-6s  received %8d  passed on %7d (%.2f/s)  binomial %.1f +- %.1f (%.2f sd)"
                            + "  seeds %.0f/s -> %.0f +- %.1f (%.2f sd)%n",
                    tier.name(), next.name(), n, next.requests(), next.requests() / seconds, binomialMean, binomialSd,
                    (next.requests() - binomialMean) / binomialSd, expectedRate, poissonMean, poissonSd,
                    (next.requests() - poissonMean) / poissonSd);
            assertEquals(n, tier.stats().outcomes(Outcome.HIT) + tier.stats().outcomes(Outcome.MISS),
                    tier.name() + ": a fixed-ratio tier answers HIT or MISS");
            assertEquals(tier.stats().outcomes(Outcome.MISS), tier.stats().upstreamRequests(),
                    tier.name() + ": one upstream request per miss");
            assertEquals(tier.stats().upstreamRequests(), next.requests(),
                    next.name() + " receives what " + tier.name() + " sends");
            assertEquals(binomialMean, next.requests(), 4 * binomialSd,
                    next.name() + ": Binomial(n, 1 - h) given " + tier.name() + "'s requests");
            assertEquals(poissonMean, next.requests(), 4 * poissonSd, next.name() + ": the seeds' rate");
        }
        assertEquals(tiers.get(3).requests(), tiers.get(3).stats().outcomes(Outcome.HIT), "the origin answers all");
    }
}
