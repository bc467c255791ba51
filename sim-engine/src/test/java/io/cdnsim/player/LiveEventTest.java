package io.cdnsim.player;

import static io.cdnsim.player.LiveFixture.MS;
import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.ObjectKind;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.Congestion;
import io.cdnsim.model.DeviceClass;
import io.cdnsim.model.Distribution;
import io.cdnsim.model.LastMile;
import io.cdnsim.model.Scenario;
import io.cdnsim.run.RunResult;
import io.cdnsim.run.TierResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live channel, the players and the cache hierarchy together, on small events with known answers. */
class LiveEventTest {

    /**
     * Pins a single player's startup on a constant 10 Mbit/s link, by hand. Each of the four startup requests
     * (master 350 B, playlist 2,300 B, init 1,500 B, first segment 250,000 B at 1 Mbit/s x 2 s) misses at the edge:
     * 10 ms to the origin, 10 ms of service, 10 ms back, plus the viewer's RTT of 30 ms: 60 ms to the first byte,
     * then bytes x 0.8 us. Startup = 4 x 60 ms + 280 + 1,840 + 1,200 + 200,000 us = 443,320 us.
     */
    @Test
    void singlePlayerStartupByHand() {
        Scenario s = LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000), LiveFixture.audience(1, new Arrival.Spike(5 * S, 0), 60 * S, 10e6,
                        30 * MS, List.of()), "throughput", 30 * S, 0);
        LiveFixture.Run run = LiveFixture.run(s);
        Session v = run.sessions().get(0);
        assertEquals(5 * S, v.joinedAt());
        assertEquals(443_320, v.startupTime());
        assertEquals(0, v.stalls());
        assertEquals(1_000_000, v.averageBitrate(), 1e-9);
    }

    /**
     * Pins that a request crossing partitions takes the time it would take within one. Regions a and b, one edge each,
     * 12 and 14 ms from the origin, are two partitions ({e1, origin} and {e2}); the only viewer is in b, so each of its
     * four startup misses crosses from e2's partition to the origin's and back: 7 ms, 10 ms of service, 7 ms, plus the
     * viewer's RTT of 30 ms: 54 ms to the first byte, then bytes x 0.8 us. Startup = 4 x 54 ms + 280 + 1,840 + 1,200
     * + 200,000 us = 419,320 us, on one thread and on two.
     */
    @Test
    void startupAcrossPartitionsByHand() {
        Audience one = new Audience(1, new Arrival.Spike(5 * S, 0), new Distribution.Fixed(60 * S), 10 * S,
                Map.of("b", 1.0), List.of(new DeviceClass("desktop", 1, 30 * S, 2160, 1)),
                Map.of("*", new LastMile(new Distribution.Fixed(10e6), 0, new Distribution.Fixed(30 * MS))),
                List.of());
        Scenario s = LiveFixture.scenario(LiveFixture.twoRegionsToTheOrigin(), 2 * S, LiveFixture.ladder(1_000_000),
                one, "throughput", 30 * S, 0);
        for (int threads = 1; threads <= 2; threads++) {
            Session v = LiveFixture.run(s, threads).sessions().get(0);
            assertEquals("e2", v.edge());
            assertEquals(419_320, v.startupTime(), "threads " + threads);
            assertEquals(0, v.stalls());
        }
    }

    /**
     * Pins Q2 for a partitioned run: 2,000 viewers in two regions of a hierarchy that splits into two partitions give
     * the same sessions, in the same order, and the same time series on one thread as on two.
     */
    @Test
    void aPartitionedRunIsTheSameOnOneThreadAndOnTwo() {
        Scenario s = hierarchyEvent(true, true, 2000);
        LiveFixture.Run one = LiveFixture.run(s, 1);
        LiveFixture.Run two = LiveFixture.run(s, 2);
        assertEquals(2000, one.sessions().size());
        assertEquals(one.sessions(), two.sessions());
        assertEquals(one.rows().size(), two.rows().size());
        for (int i = 0; i < one.rows().size(); i++) {
            assertArrayEquals(one.rows().get(i), two.rows().get(i), "second " + i);
        }
        assertEquals(one.result().events(), two.result().events());
    }

    /**
     * Pins the steady bitrate on a constant link: ladder 1 and 4 Mbit/s, 10 Mbit/s link. The first segment is at
     * the lowest rung (no estimate yet); it measures 2 Mbit in 0.26 s = 7.7 Mbit/s, and 0.9 x 7.7 >= 4, so every
     * later segment is at 4 Mbit/s (each measuring 8 Mbit in about 0.86 s): one switch, and an average bitrate of
     * (1 + 4 (n - 1)) / n Mbit/s over n segments.
     */
    @Test
    void steadyBitrateOnAConstantLink() {
        Scenario s = LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000, 4_000_000), LiveFixture.audience(1, new Arrival.Spike(5 * S, 0),
                        60 * S, 10e6, 30 * MS, List.of()), "throughput", 60 * S, 0);
        Session v = LiveFixture.run(s).sessions().get(0);
        int n = v.segments();
        assertTrue(n > 20, "segments " + n);
        assertEquals(1, v.switches());
        assertEquals((1e6 + 4e6 * (n - 1)) / n, v.averageBitrate(), 1e-6);
        assertEquals(0, v.stalls());
    }

    /**
     * Pins that a throughput drop makes the throughput rule step down and recover: a congestion episode leaves
     * 15 % of a 10 Mbit/s link (1.5 Mbit/s, below 0.9 x 4 Mbit/s) between 40 s and 80 s; the players' average
     * bitrate (time series) is 4 Mbit/s before and 1 Mbit/s late in the episode. Recovery is slow, as in dash.js:
     * the slow EWMA (half-life 8 s of download time) holds about 1.44 Mbit/s and each 1 Mbit/s segment adds only
     * 0.26 s of download time at 7.7 Mbit/s; reaching 4/0.9 Mbit/s takes about 7.5 s of download time, some 29
     * segments or 58 s, so the players are back at 4 Mbit/s well before 150 s.
     */
    @Test
    void throughputDropStepsDown() {
        Scenario s = LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000, 4_000_000), LiveFixture.audience(20, new Arrival.Spike(2 * S, 5 * S),
                        300 * S, 10e6, 30 * MS, List.of(new Congestion("*", 40 * S, 80 * S, 0.15))),
                "throughput", 200 * S, 0);
        long[] kbps = LiveFixture.run(s).column("average_bitrate_kbps");
        assertEquals(4000, kbps[35]);
        assertEquals(1000, kbps[75]);
        assertEquals(1000, kbps[100], "the slow EWMA still remembers the episode");
        assertEquals(4000, kbps[150]);
    }

    /**
     * Pins rebuffering: with a link of half the lowest rendition's bitrate, a segment takes twice its duration to
     * arrive, so about half of a session is spent stalled; with a link far above the highest rendition, nobody
     * stalls.
     *
     * <p>The slow case is deterministic once a viewer has joined, and its bounds follow from the player's cycle. Every
     * segment is at 1 Mbit/s (the rule has no estimate for the first and measures 0.5 Mbit/s after), 2 Mbit, so it
     * takes D = 4 s on the link plus its time to the first byte: 30 ms (the viewer's RTT) on an edge hit, 60 ms on a
     * miss (plus 20 ms edge-origin RTT and 10 ms of service); D is in [4.03 s, 4.06 s]. Downloads run back to back
     * (the player is ever further behind the live edge, so the next segment is always listed) and each arrival
     * fills the startup buffer (one segment), so from the first frame each cycle of length D plays 2 s and stalls
     * D - 2 s. A session of n segments has n - 1 whole cycles after its first frame and ends (at the run's end) a
     * time x in [0, D) into the next: the ratio is lowest at x = 2 s, (n - 1)(D - 2) / ((n - 1) D + 2), and below the
     * limit 1 - 2/D as x nears D; both grow with D. So the ratio lies in [(n - 1)(4.03 - 2) / ((n - 1) 4.03 + 2),
     * 1 - 2/4.06] = [0.4946, 0.5074] for n = 28.
     */
    @Test
    void rebufferingBelowTheLowestRenditionAndNotWellAbove() {
        Scenario slow = LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000, 4_000_000), LiveFixture.audience(10, new Arrival.Spike(2 * S, 5 * S),
                        300 * S, 0.5e6, 30 * MS, List.of()), "dynamic", 120 * S, 0);
        double fastest = 4.03;
        double slowest = 4.06;
        for (Session v : LiveFixture.run(slow).sessions()) {
            int cycles = v.segments() - 1;
            double low = cycles * (fastest - 2) / (cycles * fastest + 2);
            double high = 1 - 2 / slowest;
            assertTrue(v.rebufferRatio() >= low && v.rebufferRatio() <= high,
                    "ratio " + v.rebufferRatio() + " outside [" + low + ", " + high + "]");
            assertTrue(v.stalls() > 0);
        }
        Scenario fast = LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000, 4_000_000), LiveFixture.audience(10, new Arrival.Spike(2 * S, 5 * S),
                        300 * S, 50e6, 30 * MS, List.of()), "dynamic", 120 * S, 0);
        for (Session v : LiveFixture.run(fast).sessions()) {
            assertEquals(0, v.stalls());
            assertEquals(0, v.stallTime());
        }
    }

    /**
     * Pins the request rates of steady live traffic: N viewers on D-second segments ask for N/D segments a second
     * and reload N/D playlists a second (once per target duration). 400 viewers, D = 2 s: 200/s each. All 400 have
     * joined by 10 s and caught up with the live edge well before the window [30 s, 90 s) opens (a segment takes
     * 0.1 s at 20 Mbit/s) and none leaves before 600 s.
     *
     * <p>Playlists: exact. Each viewer's reload timer fires every 2 s exactly and its reload reaches the edge after a
     * constant delay, so a 60-s window holds exactly 30 reloads of each viewer: 12,000 = 200/s x 60 s.
     *
     * <p>Segments: 12,000 +- 400, one per viewer. A viewer asks for every segment once, in order, as soon as a
     * playlist lists it. Segments are published at even seconds, and the edge's playlist copy is fresh for 1 s, so the
     * last playlist a viewer got before a window edge (at most 2 s before it, from a copy at most 1 s older than
     * that) lists the segment published last before that edge or the one before: at each edge its count of segments
     * asked for lags the published ones by 0 or 1. Over the window it asks for 30 - 1, 30 or 30 + 1.
     */
    @Test
    void steadyTrafficRates() {
        Scenario s = LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000), LiveFixture.audience(400, new Arrival.Spike(0, 10 * S), 600 * S, 20e6,
                        30 * MS, List.of()), "throughput", 90 * S, 30 * S);
        RunResult r = LiveFixture.run(s).result();
        double seconds = r.measuredSeconds();
        double segments = r.edge().stats().requests(ObjectKind.MEDIA_SEGMENT) / seconds;
        double playlists = r.edge().stats().requests(ObjectKind.MEDIA_PLAYLIST) / seconds;
        assertEquals(200, segments, 400 / seconds, "segments/s");
        assertEquals(200.0, playlists, "playlists/s");
    }

    /**
     * Pins what a viewer at the live edge costs: ten events per 2-second segment, none of them the end of the
     * segment's download. Per segment: the playlist reload timer and the playlist's arrival at the viewer; the edge's
     * fetches of the new playlist (its copy is fresh for 1 s of the 2) and of the new segment, each a request arriving
     * at the origin, the origin sending and the response arriving at the edge; two ticks of the time series. After the
     * download the viewer only waits for the next playlist, so its end is applied at the viewer's next event instead
     * of being an event of its own. The viewer's cycle is periodic (constant link and sizes), so a run 60 s longer
     * runs exactly 30 x 10 more events.
     */
    @Test
    void aViewerAtTheLiveEdgeCostsTenEventsPerSegment() {
        long shorter = steadyViewer(60 * S).events();
        long longer = steadyViewer(120 * S).events();
        assertEquals(300, longer - shorter);
    }

    private static RunResult steadyViewer(long duration) {
        return LiveFixture.run(LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000), LiveFixture.audience(1, new Arrival.Spike(5 * S, 0), 600 * S, 10e6,
                        30 * MS, List.of()), "throughput", duration, 0)).result();
    }

    /**
     * Pins request collapsing through the hierarchy: with collapsing on and caches large enough, the origin gets
     * each segment once (once per shield), whatever the number of viewers: its segment requests equal the shield's
     * segment misses and do not grow from 200 to 2,000 viewers. Without a shield, once per mid-tier (two mids:
     * twice as many), exactly: segment k is published at 2(k + 1) s, and whoever fetches it from the origin (the
     * shield, or each mid) does so first within 2 s of that (an edge's playlist copy is fresh for 1 s, a reload
     * follows within milliseconds among hundreds of viewers, then some 0.1 s of latency). The window's edges, 20 s
     * and 60 s, are publishing instants, so each fetcher fetches in it exactly the 20 segments published in [20 s,
     * 60 s). Without collapsing, many times as many.
     */
    @Test
    void originGetsEachSegmentOncePerShield() {
        long small = originSegments(true, true, 200);
        long large = originSegments(true, true, 2000);
        assertEquals(small, large, "independent of the audience");
        Scenario s = hierarchyEvent(true, true, 2000);
        RunResult r = LiveFixture.run(s).result();
        TierResult shield = r.tiers().get(2);
        assertEquals(shield.stats().outcomes(ObjectKind.MEDIA_SEGMENT, Outcome.MISS),
                r.origin().stats().requests(ObjectKind.MEDIA_SEGMENT));
        long noShield = originSegments(false, true, 2000);
        assertEquals(2 * large, noShield, "once per mid-tier");
        long noCollapsing = originSegments(true, false, 2000);
        assertTrue(noCollapsing > 5 * large, "without collapsing " + noCollapsing + " vs " + large);
    }

    /**
     * Pins two ends of a run: a join table whose rate falls to zero stops producing joins (it once spun forever),
     * and the run ends when the event does and its requests have drained, even though sessions were meant to last
     * two hours (LEAVE events once kept the loop going until then). The joins are a Poisson process whose rate falls
     * linearly from 10/s at 0 s to 0 at 10 s: their number is Poisson with mean 10 x 10 / 2 = 50, standard deviation
     * sqrt(50) = 7.1; the bound is 4 standard deviations, [50 - 28.3, 50 + 28.3], outside of which a Poisson(50) count
     * falls with probability below 10^-4. A table that never stopped would produce up to the 1,000 viewers.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 20, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void runsEndWithTheEvent() {
        Arrival table = new Arrival.Table(List.of(0L, 10 * S), List.of(10.0, 0.0));
        Scenario s = LiveFixture.scenario(LiveFixture.edgeOnly(20 * MS, 10 * MS), 2 * S,
                LiveFixture.ladder(1_000_000), LiveFixture.audience(1000, table, 7200 * S, 20e6, 30 * MS, List.of()),
                "throughput", 60 * S, 0);
        RunResult r = LiveFixture.run(s).result();
        double mean = 10.0 * 10 / 2;
        assertEquals(mean, r.qoe().joined(), 4 * Math.sqrt(mean), "joined");
        assertTrue(r.endTime() < 62 * S, "end " + r.endTime());
    }

    private static Scenario hierarchyEvent(boolean shield, boolean collapsing, int viewers) {
        return LiveFixture.scenario(LiveFixture.hierarchy(shield, collapsing), 2 * S, LiveFixture.ladder(2_000_000),
                LiveFixture.audience(viewers, new Arrival.Spike(S, 10 * S), 600 * S, 20e6, 30 * MS, List.of()),
                "throughput", 60 * S, 20 * S);
    }

    private static long originSegments(boolean shield, boolean collapsing, int viewers) {
        return LiveFixture.run(hierarchyEvent(shield, collapsing, viewers)).result().origin().stats()
                .requests(ObjectKind.MEDIA_SEGMENT);
    }
}
