package io.cdnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.cost.TrafficPrice;
import io.cdnsim.kernel.Micros;
import io.cdnsim.model.SteeringSpec;
import io.cdnsim.steering.Measures;
import io.cdnsim.steering.Steering;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Cost steering on real price shapes, by hand: a committed CDN (pricing/commit-300tb-example.yaml: $6,000 covers
 * 300 TB, then $0.03/GB) and a tiered pay-as-you-go one (first 10 TB at $0.085/GB, the next 40 TB at $0.08, the rest
 * at $0.06), a measured window of 6 minutes repeated 80 times a month (multi-cdn-commit's projection).
 */
class SteeringPricesTest {

    private static final long S = Micros.SECOND;
    private static final double GB = 1e9;
    private static final double TB = 1e12;

    private static final TrafficPrice COMMIT = new TrafficPrice.Commit(List.of(new TrafficPrice.Plan("300TB",
            BigDecimal.valueOf(6000), 300_000_000_000_000L, new BigDecimal("0.03"))));
    private static final TrafficPrice TIERED = new TrafficPrice.Tiered(Map.of("*", List.of(
            new TrafficPrice.Band(10_000_000_000_000L, new BigDecimal("0.085")),
            new TrafficPrice.Band(50_000_000_000_000L, new BigDecimal("0.08")),
            new TrafficPrice.Band(Long.MAX_VALUE, new BigDecimal("0.06")))));

    private static SteeringPrices prices() {
        return new SteeringPrices(new TrafficPrice[] {COMMIT, TIERED}, List.of("eu"), 360 * S, 80);
    }

    // Pins the projection: 10 GB in the last 10 s is 1 GB/s, over the 360 s window 360 GB, 80 times: 28.8 TB.
    @Test
    void aRateProjectsToTheMonth() {
        assertEquals(28.8 * TB, prices().monthBytes(0, 10 * GB, 10 * S), 1e-3);
    }

    // Pins the two questions on the commit and the tiers: 250 TB leaves 50 TB of the commit and its next GB free;
    // at 310 TB none, and the next GB at the overage; the tiered CDN's next GB at 5 TB is in the first band, at 45 TB
    // in the second, at 60 TB in the third.
    @Test
    void theCommitAndTheTiersAnswerByHand() {
        SteeringPrices p = prices();
        assertEquals(50 * TB, p.unusedCommit(0, 250 * TB), 1e-3);
        assertEquals(0, p.unusedCommit(0, 310 * TB));
        assertEquals(0.0, p.nextGigabyte(0, 0, 250 * TB));
        assertEquals(0.03, p.nextGigabyte(0, 0, 310 * TB), 1e-15);
        assertEquals(0, p.unusedCommit(1, 5 * TB));
        assertEquals(0.085, p.nextGigabyte(1, 0, 5 * TB), 1e-15);
        assertEquals(0.08, p.nextGigabyte(1, 0, 45 * TB), 1e-15);
        assertEquals(0.06, p.nextGigabyte(1, 0, 60 * TB), 1e-15);
    }

    // Pins the month by hand, a decision every 10 s. First 10 s: the committed CDN delivers 50 GB, 5 GB/s: 144 TB a
    // month, within its 300 TB: Europe stays on it. Next 10 s: 120 GB, 12 GB/s: 345.6 TB, the commit used up; its
    // next GB costs the $0.03 overage, the tiered CDN's (which has delivered nothing: its first band) $0.085: Europe
    // still stays. With an overage of $0.09 instead, the first band's $0.085 is cheaper: Europe moves.
    @Test
    void theCommitFillsFirstThenTheCheaperNextGigabyte() {
        Steering s = Steering.of(new SteeringSpec(new SteeringSpec.Cost(10 * S), Map.of("eu", List.of(1.0, 1.0)),
                Optional.empty()), List.of("eu"), prices());
        s.observe(delivered(50, 0), 10 * S);
        assertEquals(1.0, s.shares().of(0, 0));
        s.observe(delivered(120, 0), 20 * S);
        assertEquals(1.0, s.shares().of(0, 0));
        TrafficPrice dear = new TrafficPrice.Commit(List.of(new TrafficPrice.Plan("300TB", BigDecimal.valueOf(6000),
                300_000_000_000_000L, new BigDecimal("0.09"))));
        Steering t = Steering.of(new SteeringSpec(new SteeringSpec.Cost(10 * S), Map.of("eu", List.of(1.0, 1.0)),
                Optional.empty()), List.of("eu"), new SteeringPrices(new TrafficPrice[] {dear, TIERED},
                List.of("eu"), 360 * S, 80));
        t.observe(delivered(50, 0), 10 * S);
        assertEquals(1.0, t.shares().of(0, 0));
        t.observe(delivered(120, 0), 20 * S);
        assertEquals(0.0, t.shares().of(0, 0));
        assertEquals(1.0, t.shares().of(0, 1));
    }

    /** One decision interval's deliveries, in GB, put in its last second (the steering adds the seconds up). */
    private static Measures delivered(double gbA, double gbB) {
        Measures m = new Measures(1, 2);
        m.delivered(0, 0, (long) (gbA * GB));
        m.delivered(0, 1, (long) (gbB * GB));
        return m;
    }
}
