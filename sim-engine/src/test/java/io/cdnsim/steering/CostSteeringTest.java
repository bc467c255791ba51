package io.cdnsim.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.kernel.Micros;
import io.cdnsim.model.SteeringSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cost steering by hand: a committed CDN filled first, then the cheapest next GB, with made-up prices. */
class CostSteeringTest {

    private static final long S = Micros.SECOND;
    private static final double GB = 1e9;

    /**
     * CDN 0: a commit covering 100 GB a month, then $0.02/GB; CDN 1: pay as you go, $0.03/GB in region 0 and $0.01/GB
     * in region 1. The month is the delivery of the last interval times 10.
     */
    private static final DeliveryPrices PRICES = new DeliveryPrices() {
        @Override
        public double monthBytes(int cdn, double delivered, long elapsed) {
            return delivered * 10;
        }

        @Override
        public double unusedCommit(int cdn, double monthBytes) {
            return cdn == 0 ? Math.max(0, 100 * GB - monthBytes) : 0;
        }

        @Override
        public double nextGigabyte(int cdn, int region, double monthBytes) {
            return cdn == 0 ? 0.02 : region == 0 ? 0.03 : 0.01;
        }
    };

    private static Measures delivered(double gbA, double gbB) {
        Measures m = new Measures(2, 2);
        m.delivered(0, 0, (long) (gbA * GB));
        m.delivered(0, 1, (long) (gbB * GB));
        return m;
    }

    // Pins the order: every second a decision (every 1 s). In the first second CDN 0 delivers 5 GB: 50 GB a month,
    // under its 100 GB commit: both regions to CDN 0. In the next it delivers 11 GB: 110 GB a month, the commit used
    // up: region 0 to the cheaper next GB, CDN 0's overage ($0.02 < $0.03); region 1 to CDN 1 ($0.01 < $0.02).
    @Test
    void theCommitFillsFirstThenTheCheapestNextGigabyte() {
        SteeringSpec spec = new SteeringSpec(new SteeringSpec.Cost(S), Map.of("eu", List.of(1.0, 1.0),
                "na", List.of(1.0, 1.0)), Optional.empty());
        Steering s = Steering.of(spec, List.of("eu", "na"), PRICES);
        assertEquals(0.5, s.shares().of(0, 0), 1e-12);
        s.observe(delivered(5, 0), S);
        assertEquals(1.0, s.shares().of(0, 0), 1e-12);
        assertEquals(1.0, s.shares().of(1, 0), 1e-12);
        s.observe(delivered(11, 0), 2 * S);
        assertEquals(1.0, s.shares().of(0, 0), 1e-12);
        assertEquals(0.0, s.shares().of(1, 0), 1e-12);
        assertEquals(1.0, s.shares().of(1, 1), 1e-12);
    }

    // Pins "serves": a CDN with no weight in a region (no POP there) never gets its sessions, cheap or not.
    @Test
    void aCdnWithoutAShareOfARegionIsNeverChosenThere() {
        SteeringSpec spec = new SteeringSpec(new SteeringSpec.Cost(S), Map.of("eu", List.of(1.0, 0.0),
                "na", List.of(1.0, 1.0)), Optional.empty());
        Steering s = Steering.of(spec, List.of("eu", "na"), PRICES);
        s.observe(delivered(20, 0), S);
        assertEquals(1.0, s.shares().of(0, 0), 1e-12);
        assertEquals(1.0, s.shares().of(1, 1), 1e-12);
    }
}
