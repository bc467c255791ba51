package io.cdnsim.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.model.SteeringSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Static weights per region: the shares each CDN gets, and a viewer's CDN as a function of its own number. */
class StaticWeightsTest {

    private static final int SESSIONS = 100_000;
    private static final long KEY = 7;

    /**
     * The number of sessions out of n steered to a CDN of weight share p is binomial (each viewer's own number is an
     * independent uniform): mean n p, standard deviation sqrt(n p (1 - p)). The bound is five standard deviations
     * either side; by the normal approximation (n p (1 - p) is over 20,000 here) a correct draw falls outside it with
     * a probability under 6e-7 per check. For n = 100,000: p = 0.7 gives 70,000 +- 5 * 144.9 = +- 724.6; p = 0.5 gives
     * 50,000 +- 5 * 158.1 = +- 790.6.
     */
    private static void assertBinomial(long count, int n, double p) {
        double sd = Math.sqrt(n * p * (1 - p));
        assertTrue(Math.abs(count - n * p) <= 5 * sd, count + " of " + n + " for p = " + p + " (sd " + sd + ")");
    }

    private static Steering weights(Map<String, List<Double>> w, List<String> regions) {
        return Steering.of(new SteeringSpec(w), regions, null);
    }

    // Pins 70/30 in Europe and 50/50 elsewhere: each region's shares within the binomial bound of its sessions.
    @Test
    void sharesPerRegionAreWithinBinomialBounds() {
        Steering s = weights(Map.of("eu", List.of(70.0, 30.0), "na", List.of(50.0, 50.0)), List.of("eu", "na"));
        long[][] count = new long[2][2];
        for (int i = 0; i < SESSIONS; i++) {
            count[0][s.choose(0, Shares.numberOf(KEY, i))]++;
            count[1][s.choose(1, Shares.numberOf(KEY, i))]++;
        }
        assertBinomial(count[0][0], SESSIONS, 0.7);
        assertBinomial(count[1][0], SESSIONS, 0.5);
        assertEquals(SESSIONS, count[0][0] + count[0][1]);
    }

    // Pins 100/0: every viewer to the first CDN whatever its number, even a number of 0 or just under 1.
    @Test
    void allOfARegionOnOneCdn() {
        Steering s = weights(Map.of("eu", List.of(0.0, 100.0)), List.of("eu"));
        for (int i = 0; i < 1000; i++) {
            assertEquals(1, s.choose(0, Shares.numberOf(KEY, i)));
        }
        assertEquals(1, s.choose(0, 0.0));
        assertEquals(1, s.choose(0, Math.nextDown(1.0)));
    }

    // Pins the intervals: with 70/30 the numbers [0, 0.7) go to the first CDN and [0.7, 1) to the second; a static
    // service never moves them, whatever it measures.
    @Test
    void aViewersNumberFallsInItsCdnsInterval() {
        Steering s = weights(Map.of("eu", List.of(70.0, 30.0)), List.of("eu"));
        assertEquals(0, s.choose(0, 0.0));
        assertEquals(0, s.choose(0, 0.6999));
        assertEquals(1, s.choose(0, 0.7001));
        Measures m = new Measures(1, 2);
        m.viewer(0, 0, true, 0);
        s.observe(m, 10_000_000);
        assertEquals(0.7, s.shares().of(0, 0), 1e-15);
    }

    // Pins the fallback order of a steering manifest: the chosen CDN, then the others by share.
    @Test
    void thePriorityFallsToTheLargestShareNotPenalised() {
        Shares shares = new Shares(List.of(List.of(20.0, 50.0, 30.0)));
        assertEquals(0, shares.firstNotSkipped(0, 0.1, new boolean[3]));
        assertEquals(1, shares.firstNotSkipped(0, 0.1, new boolean[] {true, false, false}));
        assertEquals(2, shares.firstNotSkipped(0, 0.1, new boolean[] {true, true, false}));
        assertEquals(-1, shares.firstNotSkipped(0, 0.1, new boolean[] {true, true, true}));
    }
}
