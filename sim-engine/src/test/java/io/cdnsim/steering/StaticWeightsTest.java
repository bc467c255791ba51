package io.cdnsim.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.model.SteeringSpec;
import io.cdnsim.random.RandomStreams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Static weights per region: the shares each CDN gets, and no draw where one CDN has all of a region. */
class StaticWeightsTest {

    private static final int SESSIONS = 100_000;

    /**
     * The number of sessions out of n steered to a CDN of weight share p is binomial (one independent draw per
     * session): mean n p, standard deviation sqrt(n p (1 - p)). The bound is five standard deviations either side;
     * by the normal approximation (n p (1 - p) is over 20,000 here) a correct sampler falls outside it with a
     * probability under 6e-7 per check. For n = 100,000: p = 0.7 gives 70,000 +- 5 * 144.9 = +- 724.6; p = 0.5 gives
     * 50,000 +- 5 * 158.1 = +- 790.6.
     */
    private static void assertBinomial(long count, int n, double p) {
        double sd = Math.sqrt(n * p * (1 - p));
        assertTrue(Math.abs(count - n * p) <= 5 * sd, count + " of " + n + " for p = " + p + " (sd " + sd + ")");
    }

    // Pins 70/30 in Europe and 50/50 elsewhere: each region's shares within the binomial bound of its sessions.
    @Test
    void sharesPerRegionAreWithinBinomialBounds() {
        SteeringSpec spec = new SteeringSpec(Map.of("eu", List.of(70.0, 30.0), "na", List.of(50.0, 50.0)));
        Steering s = Steering.of(spec, List.of("eu", "na"), new RandomStreams(7).stream("steering"));
        long[][] count = new long[2][2];
        for (int i = 0; i < SESSIONS; i++) {
            count[0][s.choose(0, i)]++;
            count[1][s.choose(1, i)]++;
        }
        assertBinomial(count[0][0], SESSIONS, 0.7);
        assertBinomial(count[1][0], SESSIONS, 0.5);
        assertEquals(SESSIONS, count[0][0] + count[0][1]);
    }

    // Pins 100/0: every session to the first CDN, and the stream left untouched (no draw is made).
    @Test
    void allOfARegionOnOneCdnDrawsNothing() {
        RandomStreams streams = new RandomStreams(7);
        var rng = streams.stream("steering");
        Steering s = new StaticWeights(new SteeringSpec(Map.of("eu", List.of(0.0, 100.0))), List.of("eu"), rng);
        for (int i = 0; i < 1000; i++) {
            assertEquals(1, s.choose(0, i));
        }
        assertEquals(new RandomStreams(7).stream("steering").nextLong(), rng.nextLong());
    }
}
