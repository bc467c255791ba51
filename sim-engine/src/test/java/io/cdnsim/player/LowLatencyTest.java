package io.cdnsim.player;

import static io.cdnsim.player.LiveFixture.MS;
import static io.cdnsim.player.LiveFixture.S;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.model.Arrival;
import io.cdnsim.model.Audience;
import io.cdnsim.model.LiveEvent;
import io.cdnsim.model.LowLatency;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.RunSettings;
import io.cdnsim.model.Scenario;
import io.cdnsim.model.Topology;
import io.cdnsim.model.UrlSpec;
import io.cdnsim.run.RunResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Low-latency HLS players, and the live latency of every live run, on small events with known answers. The channel
 * has been live since −60 s (its DVR window), 2 s segments; low latency cuts each into four parts of 500 ms.
 */
class LowLatencyTest {

    /**
     * A live event on {@code topology} with one 1 Mbit/s rendition, one part of startup buffer for low latency (one
     * segment without), 1 s playlists, 6 s parts, a day for the rest.
     */
    private static Scenario event(Topology topology, Audience audience, LowLatency lowLatency, long duration,
                                  long warmup) {
        long startup = lowLatency == null ? 2 * S : 500 * MS;
        LiveEvent live = new LiveEvent(2 * S, 60 * S, LiveFixture.ladder(1_000_000), 0, audience,
                new PlayerSettings("throughput", 0.9, startup, 3, 500 * MS), UrlSpec.SHARED, 0, lowLatency);
        CacheControl day = new CacheControl(86_400 * S, CacheControl.ABSENT, CacheControl.ABSENT,
                CacheControl.ABSENT, false);
        return new Scenario("ll-test", "", topology, 5, new RunSettings(duration, warmup, 1),
                Map.of(ObjectKind.MEDIA_SEGMENT, day, ObjectKind.INIT_SEGMENT, day, ObjectKind.MASTER_MANIFEST, day,
                        ObjectKind.MEDIA_PLAYLIST, new CacheControl(S, CacheControl.ABSENT, CacheControl.ABSENT,
                                CacheControl.ABSENT, false),
                        ObjectKind.MEDIA_PART, new CacheControl(6 * S, CacheControl.ABSENT, CacheControl.ABSENT,
                                CacheControl.ABSENT, false)),
                500, live);
    }

    private static Audience one() {
        return LiveFixture.audience(1, new Arrival.Spike(5 * S, 0), 60 * S, 10e6, 30 * MS, List.of());
    }

    /**
     * Pins a standard player's live latency on a constant 10 Mbit/s link, by hand. Its playlist reaches the origin
     * at about 5.07 s, when the latest segment is 31 (segment n is published at −60 + 2(n + 1) s); three segments of
     * hold-back make it start with segment 29, captured from −60 + 58 = −2 s. Its first frame is at 5 s + 443,320 us
     * (the startup pinned by LiveEventTest), and it never stalls, so its latency is 5.443320 − (−2) = 7.443320 s.
     */
    @Test
    void standardLiveLatencyByHand() {
        Session v = LiveFixture.run(event(LiveFixture.edgeOnly(20 * MS, 10 * MS), one(), null, 30 * S, 0))
                .sessions().get(0);
        assertEquals(443_320, v.startupTime());
        assertEquals(0, v.stalls());
        assertEquals(7_443_320, v.liveLatency());
    }

    /**
     * Pins a low-latency player's live latency, by hand. Each request misses at the edge: 10 ms up, 10 ms of service,
     * 10 ms down, the viewer's 30 ms: 60 ms to the first byte, then bytes × 0.8 us. Master (350 B) ends at
     * 5.060280 s. The playlist (200 + 70 × 30 segments + 100 + 60 × (3 × 4 parts + 1 hint) = 3,180 B) reaches the
     * origin at 5.070280 s, when the latest part is 129 (segment 32's second, published at 5.0 s); it ends at
     * 5.060280 + 0.060 + 0.002544 = 5.122824 s. PART-HOLD-BACK 1.5 s: the player starts in the part holding
     * 65.0 − 1.5 s of the channel, part 127, captured from −60 + 63.5 = 3.5 s. Init (1,500 B) ends at 5.184024 s,
     * part 127 (62,500 B) at 5.184024 + 0.060 + 0.050 = 5.294024 s: one part buffered, playback starts. Later parts
     * arrive 112.5 ms after their publication, long before they are due, so it never stalls: latency
     * 5.294024 − 3.5 = 1.794024 s, where the standard player above has 7.443320 s.
     */
    @Test
    void lowLatencyLiveLatencyByHand() {
        Session v = LiveFixture.run(event(LiveFixture.edgeOnly(20 * MS, 10 * MS), one(),
                new LowLatency(4, 1_500 * MS), 30 * S, 0)).sessions().get(0);
        assertEquals(294_024, v.startupTime());
        assertEquals(0, v.stalls());
        assertEquals(1_794_024, v.liveLatency());
        assertEquals(1_000_000, v.averageBitrate(), 1e-9);
    }

    /**
     * Pins the request pressure of low latency at the edge: each of N viewers at the live edge fetches every part
     * once, about 112 ms after its publication, and makes one blocking reload per part. Over a measured window of
     * T = 40 s (after a 20 s warm-up; the 200 viewers joined between 5 s and 10 s) the parts published are T / 0.5 s
     * = 80, and each viewer's requests for them fall in the window but for those within 0.12 s of its ends: between
     * 79 and 81 each, so the edge counts N × 80 ± N part requests: 2 requests/s per viewer, N / part duration. The
     * origin, with collapsing, gets one of each (80 ± 1) and no whole segment at all.
     */
    @Test
    void partsAtTheEdgeAreViewersOverThePartDuration() {
        int n = 200;
        Audience audience = LiveFixture.audience(n, new Arrival.Spike(5 * S, 5 * S), 300 * S, 10e6, 30 * MS,
                List.of());
        RunResult r = LiveFixture.run(event(LiveFixture.edgeOnly(20 * MS, 10 * MS), audience,
                new LowLatency(4, 1_500 * MS), 60 * S, 20 * S)).result();
        long parts = r.tiers().get(0).stats().requests(ObjectKind.MEDIA_PART);
        long reloads = r.tiers().get(0).stats().requests(ObjectKind.MEDIA_PLAYLIST);
        assertTrue(Math.abs(parts - 80L * n) <= n, "parts at the edge " + parts);
        assertTrue(Math.abs(reloads - 80L * n) <= n, "playlist reloads at the edge " + reloads);
        assertEquals(0, r.tiers().get(0).stats().requests(ObjectKind.MEDIA_SEGMENT));
        long originParts = r.origin().stats().requests(ObjectKind.MEDIA_PART);
        assertTrue(Math.abs(originParts - 80) <= 1, "parts at the origin " + originParts);
    }

    /**
     * Pins Q2 for low latency: on a network that splits into two partitions ({e1, origin} and {e2}), 200 viewers in
     * both regions give the same sessions, in the same order, and the same time series on one thread as on two, the
     * origin's held requests included.
     */
    @Test
    void aPartitionedLowLatencyRunIsTheSameOnOneThreadAndOnTwo() {
        Audience audience = LiveFixture.audience(200, new Arrival.Spike(5 * S, 5 * S), 300 * S, 10e6, 30 * MS,
                List.of());
        Scenario s = event(LiveFixture.twoRegionsToTheOrigin(), audience, new LowLatency(4, 1_500 * MS), 40 * S, 0);
        LiveFixture.Run one = LiveFixture.run(s, 1);
        LiveFixture.Run two = LiveFixture.run(s, 2);
        assertEquals(200, one.sessions().size());
        assertEquals(one.sessions(), two.sessions());
        assertEquals(one.rows().size(), two.rows().size());
        for (int i = 0; i < one.rows().size(); i++) {
            assertArrayEquals(one.rows().get(i), two.rows().get(i), "second " + i);
        }
        assertEquals(one.result().events(), two.result().events());
    }
}
