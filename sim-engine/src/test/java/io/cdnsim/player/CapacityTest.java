package io.cdnsim.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.model.Arrival;
import io.cdnsim.model.Capacities;
import io.cdnsim.model.Failure;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Topology;
import io.cdnsim.run.LinkResult;
import io.cdnsim.run.TierResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Capacity between the edges and the viewers at the scale of a run: a premiere whose demand stays below the links'
 * capacities gives exactly what it gives without them; one whose demand exceeds them never gets more than capacity
 * through a link in any second, and its viewers play lower bitrates; the shares do not depend on the threads.
 */
class CapacityTest {

    private static final long S = LiveFixture.S;
    private static final long MBPS = 1_000_000;

    /** 200 viewers at 10 Mbit/s joining over 20 s, four edges in two regions, a 1/3/6 Mbit/s ladder, 2 s segments. */
    private static Scenario premiere(Capacities capacities) {
        Topology plain = LiveFixture.hierarchy(true, true);
        Topology t = new Topology(plain.name(), plain.description(), plain.regions(), plain.tiers(), plain.origins(),
                capacities);
        return LiveFixture.scenario(t, 2 * S, LiveFixture.ladder(MBPS, 3 * MBPS, 6 * MBPS),
                LiveFixture.audience(200, new Arrival.Spike(0, 20 * S), 3600 * S, 10e6, 30 * LiveFixture.MS,
                        List.of()), "dynamic", 90 * S, 0);
    }

    private static Capacities everyEdge(long bps, long peering) {
        return new Capacities(Map.of("e1", bps, "e2", bps, "e3", bps, "e4", bps),
                peering == 0 ? Map.of() : Map.of("a", peering, "b", peering));
    }

    // Pins "unchanged by adding capacity": 200 viewers can never ask for more than 200 x 10 Mbit/s = 2 Gbit/s, so
    // with 10 Gbit/s per edge and 20 Gbit/s per region every download runs at its own pace, and the sessions, the
    // tiers and the series are those of the same premiere without capacities, to the last byte.
    @Test
    void aPremiereBelowCapacityIsUnchangedByIt() {
        LiveFixture.Run free = LiveFixture.run(premiere(Capacities.NONE));
        LiveFixture.Run limited = LiveFixture.run(premiere(everyEdge(10_000 * MBPS, 20_000 * MBPS)));
        assertEquals(free.sessions(), limited.sessions());
        for (int t = 0; t < free.result().tiers().size(); t++) {
            TierResult a = free.result().tiers().get(t);
            TierResult b = limited.result().tiers().get(t);
            assertEquals(a.requests(), b.requests(), a.name());
            assertEquals(a.stats().bytesOut(), b.stats().bytesOut(), a.name());
        }
        for (String column : List.of("viewers_playing", "viewers_stalled", "average_bitrate_kbps", "origin_requests")) {
            assertEquals(java.util.Arrays.toString(free.column(column)),
                    java.util.Arrays.toString(limited.column(column)), column);
        }
        for (LinkResult l : limited.result().links()) {
            assertEquals(0, l.figures().secondsAtCapacity(), l.name());
        }
    }

    // Pins the capacity bound and the feedback: 50 viewers an edge at 10 Mbit/s through 150 Mbit/s of egress. While
    // they start (each fetching as fast as it can) the POPs are full; no second's bits through an edge exceed
    // 150 Mbit (the series rounds to whole bits), some seconds are at capacity, and the viewers play a lower average
    // bitrate than with unlimited POPs.
    @Test
    void aFullPopNeverCarriesMoreThanItsCapacityAndItsViewersStepDown() {
        LiveFixture.Run free = LiveFixture.run(premiere(Capacities.NONE));
        LiveFixture.Run full = LiveFixture.run(premiere(everyEdge(150 * MBPS, 0)));
        long atCapacity = 0;
        for (String edge : List.of("e1", "e2", "e3", "e4")) {
            for (long bits : full.column("egress_" + edge + "_bits")) {
                assertTrue(bits <= 150 * MBPS + 1, edge + " carried " + bits + " bits in a second");
            }
        }
        for (LinkResult l : full.result().links()) {
            atCapacity += l.figures().secondsAtCapacity();
            assertTrue(l.figures().peakBits() <= 150 * MBPS * (1 + 1e-9), l.name());
        }
        assertTrue(atCapacity > 0, "no second at capacity: " + full.result().links());
        double freeRate = free.result().qoe().total().averageBitrate();
        double fullRate = full.result().qoe().total().averageBitrate();
        assertTrue(fullRate < freeRate, "bitrate " + fullRate + " with full POPs, " + freeRate + " without");
    }

    // Pins a POP losing 98 % of its egress from 40 s to 70 s: 10 Gbit/s, never full, leaves 200 Mbit/s for e1's
    // viewers (about 50, asking up to 6 Mbit/s each). No second of the window carries more than 200 Mbit through e1,
    // some are at capacity, the seconds before it carried more (its viewers asked for more than was left), and the
    // sessions differ from those of the same premiere without the loss; the other POPs never reach their capacity.
    @Test
    void aPopThatLosesMostOfItsEgressHoldsItsViewersBack() {
        Scenario whole = premiere(everyEdge(10_000 * MBPS, 0));
        Scenario cut = new Scenario(whole.name(), whole.description(), whole.topology(), whole.seed(), whole.run(),
                whole.cacheControl(), whole.headerBytes(), whole.demand(), whole.cost(),
                List.of(new Failure.CapacityLost("e1", false, 40 * S, 70 * S, 0.98)));
        LiveFixture.Run free = LiveFixture.run(whole);
        LiveFixture.Run run = LiveFixture.run(cut);
        long[] e1 = run.column("egress_e1_bits");
        long before = 0;
        for (int s = 0; s < e1.length; s++) {
            if (s >= 40 && s < 70) {
                assertTrue(e1[s] <= 200 * MBPS + 1, "second " + s + ": " + e1[s] + " bits");
            } else if (s >= 20) {
                before = Math.max(before, e1[s]);
            }
        }
        assertTrue(before > 200 * MBPS, "e1 never carried more than what the loss leaves: " + before);
        for (LinkResult l : run.result().links()) {
            assertEquals(l.name().equals("e1"), l.figures().secondsAtCapacity() > 0, l.name());
        }
        assertTrue(!free.sessions().equals(run.sessions()));
    }

    // Pins determinism: the two regions run as two partitions; one thread or two, the shares and the sessions are
    // the same.
    @Test
    void sharesDoNotDependOnTheThreads() {
        Scenario s = premiere(everyEdge(150 * MBPS, 250 * MBPS));
        LiveFixture.Run one = LiveFixture.run(s, 1);
        LiveFixture.Run two = LiveFixture.run(s, 2);
        assertEquals(one.sessions(), two.sessions());
        assertEquals(java.util.Arrays.toString(one.column("peering_a_bits")),
                java.util.Arrays.toString(two.column("peering_a_bits")));
        assertEquals(one.result().links(), two.result().links());
    }
}
