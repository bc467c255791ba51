package io.cdnsim.player;

import static io.cdnsim.player.LiveFixture.MS;
import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Failure;
import io.cdnsim.model.Scenario;
import io.cdnsim.network.Partitioning;
import io.cdnsim.run.FailureResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Failures (N7) in a live event on a network of two partitions ({e1, e2, m1, shield, origin} and {e3, e4, m2}): the
 * shield down from 20 s to 30 s, edge e1 down from 15 s to 25 s with a detection delay of 3 s, the origin failing half
 * of its requests from 35 s to 40 s. Every run is checked for conservation as it ends.
 */
class LiveFailuresTest {

    private static Scenario scenario() {
        return LiveFixture.scenario(LiveFixture.hierarchy(true, true), 2 * S, LiveFixture.ladder(800_000, 3_000_000),
                LiveFixture.audience(400, new Arrival.Spike(S, 4 * S), 3_600 * S, 8e6, 30 * MS, List.of()),
                "throughput", 50 * S, 0).withFailures(List.of(
                        new Failure.NodeDown("shield", 20 * S, 30 * S, false, 0),
                        new Failure.NodeDown("e1", 15 * S, 25 * S, true, 3 * S),
                        new Failure.OriginTrouble("origin", 35 * S, 40 * S, 0.5, 0)));
    }

    // Pins that the failures take effect in the partition that runs each node at the exact time, whatever the number
    // of threads: one thread and two give the same rows, sessions and failure figures.
    @Test
    void failuresGiveTheSameResultsOnOneThreadAndOnTwo() {
        assertEquals(2, Partitioning.of(scenario().topology()).count());
        LiveFixture.Run one = LiveFixture.run(scenario(), 1);
        LiveFixture.Run two = LiveFixture.run(scenario(), 2);
        assertEquals(one.rows().size(), two.rows().size());
        for (int i = 0; i < one.rows().size(); i++) {
            assertArrayEquals(one.rows().get(i), two.rows().get(i), "row " + i);
        }
        assertEquals(one.sessions(), two.sessions());
        assertEquals(one.result().failures(), two.result().failures());
    }

    // Pins what each failure did: the shield received nothing in its window while the mids went to the origin; every
    // viewer of e1 was moved (they all watch through the failure); the origin's failures reached viewers as errors.
    @Test
    void eachFailureDoesWhatItSays() {
        LiveFixture.Run run = LiveFixture.run(scenario(), 1);
        long[] shield = run.column("shield_requests");
        long[] origin = run.column("origin_requests");
        for (int second = 20; second < 30; second++) {
            assertEquals(0, shield[second], "shield requests in second " + second);
        }
        FailureResult shieldDown = run.result().failures().get(0);
        assertTrue(shieldDown.rerouted() > 0);
        assertTrue(shieldDown.tiers().get(3).requestsPerSecond().during()
                > shieldDown.tiers().get(3).requestsPerSecond().before(), "the origin took the mids' requests");
        assertTrue(origin[25] > 0);
        FailureResult popDown = run.result().failures().get(1);
        assertTrue(popDown.pop());
        assertEquals(run.sessions().stream().filter(s -> s.edge().equals("e1")).count(), popDown.moved());
        assertTrue(popDown.errors(ErrorCause.REFUSED) > 0, "e1's viewers were refused until they moved");
        FailureResult originTrouble = run.result().failures().get(2);
        assertTrue(originTrouble.tiers().get(3).errorsDuring() > 0);
    }
}
