package io.cdnsim.player;

import static io.cdnsim.player.LiveFixture.MS;
import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.ObjectIds;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Scenario;
import io.cdnsim.network.Requests;
import io.cdnsim.run.RunOptions;
import io.cdnsim.run.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CMCD keys of a player's requests, by hand, on the one player of {@code LiveEventTest.singlePlayerStartupByHand}:
 * joins at 5 s, a constant 10 Mbit/s link with a 30 ms RTT, an edge 20 ms (RTT) from an origin that serves in 10 ms,
 * one rendition of 1 Mbit/s, 2 s segments, a 30 s buffer, playback from one segment. Each startup request misses at
 * the edge: it reaches the edge when sent and the answer's first byte leaves the edge 30 ms later; the viewer has it
 * 30 ms after that, then bytes x 0.8 us.
 */
class CmcdTest {

    /** One record of the log, as the sink saw it. */
    record Line(long time, long arrived, long object, Outcome outcome, char ot, boolean live, boolean su, boolean bs,
                boolean media, int br, int bl, int d, boolean hasMtp, int mtp, int tb, long nor) {
    }

    static List<Line> log(Scenario s, int threads) {
        List<Line> lines = new ArrayList<>();
        Simulation.run(s, 0, RunOptions.defaults().withThreads(threads).withRequestLog((r, i) -> lines.add(new Line(
                r.time(i), r.arrivedAt(i), r.object(i), r.outcome(i), r.objectType(i), r.live(i), r.startup(i),
                r.bufferStarved(i), r.media(i), r.media(i) ? r.bitrate(i) : 0, r.bufferLength(i),
                r.media(i) ? r.duration(i) : 0, r.hasThroughput(i), r.measuredThroughput(i), r.topBitrate(i),
                r.nextObject(i)))));
        return lines;
    }

    private static Scenario onePlayer() {
        return LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S, LiveFixture.ladder(1_000_000),
                LiveFixture.audience(1, new Arrival.Spike(5 * S, 0), 60 * S, 10e6, 30 * MS, List.of()),
                "throughput", 30 * S, 0);
    }

    /**
     * Pins the keys of the startup requests and of the second segment. Master (350 B) sent at 5 s, playlist at
     * 5.060280 s, init (su) at 5.122120 s, first segment at 5.183320 s: su (playback has not started), bl 0, br 1000,
     * d 2000, tb 1000, no mtp (nothing measured yet), nor the segment after it (the playlist lists it: the player
     * starts three behind the live edge). The first segment's last byte reaches the viewer at 5.443320 s; playback
     * starts and the second segment is sent then, with 2 s buffered: bl 2000, no su; mtp is the one sample, 2,000,000
     * bits over the 200 ms from its first bit to its last, 10,000 kbps.
     */
    @Test
    void theKeysOfEachRequestAreThePlayersStateWhenItIsSent() {
        List<Line> lines = log(onePlayer(), 1);
        Line master = lines.get(0);
        assertEquals(5 * S, master.arrived());
        assertEquals(5 * S + 30 * MS, master.time(), "first byte leaves the edge");
        assertEquals(ObjectKind.MASTER_MANIFEST, ObjectIds.kind(master.object()));
        assertEquals('m', master.ot());
        assertTrue(master.live());
        assertFalse(master.media() || master.su() || master.bs());
        assertEquals(Outcome.MISS, master.outcome());

        Line playlist = lines.get(1);
        assertEquals(5 * S + 60_280, playlist.arrived());
        assertEquals('m', playlist.ot());
        Line init = lines.get(2);
        assertEquals(5 * S + 122_120, init.arrived());
        assertEquals('i', init.ot());
        assertTrue(init.su(), "an init segment is needed for start-up");
        assertFalse(init.media());

        Line first = lines.get(3);
        assertEquals(5 * S + 183_320, first.arrived());
        assertEquals('v', first.ot());
        assertTrue(first.media());
        assertTrue(first.su(), "playback has not started");
        assertFalse(first.bs());
        assertEquals(0, first.bl());
        assertEquals(1000, first.br());
        assertEquals(2000, first.d());
        assertEquals(1000, first.tb());
        assertFalse(first.hasMtp(), "no segment measured yet");
        assertEquals(ObjectIds.index(first.object()) + 1, ObjectIds.index(first.nor()));
        assertEquals(ObjectKind.MEDIA_SEGMENT, ObjectIds.kind(first.nor()));

        Line second = lines.stream().filter(l -> l.ot() == 'v' && l != first).findFirst().orElseThrow();
        assertEquals(5 * S + 443_320, second.arrived());
        assertEquals(first.nor(), second.object(), "the next object named is the one asked for next");
        assertFalse(second.su(), "playing");
        assertFalse(second.bs());
        assertEquals(2000, second.bl());
        assertTrue(second.hasMtp());
        assertEquals(10_000, second.mtp());
    }

    /** The log's records are in time order, and a request names no next object beyond what its playlist lists. */
    @Test
    void recordsAreInTimeOrder() {
        List<Line> lines = log(onePlayer(), 1);
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i - 1).time() <= lines.get(i).time(), "line " + i);
        }
        assertTrue(lines.stream().filter(l -> l.ot() != 'v').allMatch(l -> l.nor() == Requests.NO_NEXT));
    }
}
