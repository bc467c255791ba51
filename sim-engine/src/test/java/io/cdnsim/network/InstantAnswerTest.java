package io.cdnsim.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cache.ObjectStore;
import io.cdnsim.cache.TtlRule;
import io.cdnsim.content.CacheControl;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.content.TraceCatalog;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.model.CacheNodeSpec;
import io.cdnsim.model.CacheSettings;
import io.cdnsim.model.OriginSpec;
import io.cdnsim.model.Tier;
import io.cdnsim.model.Topology;
import io.cdnsim.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pins the instant path of a replay ({@link InstantPath#answer}) to the event path it shortcuts: the same requests sent
 * through {@link Network#request} with their events, and answered in one call each, leave every node with the same
 * counts, bytes, latency histograms, stored copies and evictions, the same per-second rows, and tell the viewers the
 * same answers. And the shortcut is taken only where it is exact ({@link InstantPath#until}).
 */
class InstantAnswerTest {

    private static final long S = 1_000_000;
    private static final long FOREVER = 100L * 365 * 86_400 * S;
    private static final CacheControl IMMUTABLE = new CacheControl(FOREVER, CacheControl.ABSENT, CacheControl.ABSENT,
            CacheControl.ABSENT, false);
    private static final OriginSpec FREE_ORIGIN = new OriginSpec("origin", 0, Double.POSITIVE_INFINITY,
            Long.MAX_VALUE, 10 * S);

    /** What a viewer was told: counted, error, body, time at the edge, narrowest link. */
    private record Told(boolean counted, boolean error, long body, long atEdge, long bottleneck) {
    }

    /** One network, its clock and what it recorded. */
    private static final class Run implements ClientSink {
        final EventLoop loop = new EventLoop();
        final Network net;
        final List<long[]> rows = new ArrayList<>();
        final List<Told> told = new ArrayList<>();

        Run(Topology topology, CacheControl cc, long warmupEnd) {
            List<String> tiers = new ArrayList<>();
            topology.tiers().forEach(t -> tiers.add(t.name()));
            tiers.add("origin");
            TimeSeries series = new TimeSeries(tiers, warmupEnd / S, (second, values) -> rows.add(values.clone()));
            net = Wiring.build(topology, Map.of(ObjectKind.MEDIA_SEGMENT, cc), loop,
                    new TraceCatalog(ObjectKind.MEDIA_SEGMENT), series, new RandomStreams(1), new WarmUp(warmupEnd), 400)
                    .network();
            net.setClients(this);
            int ticker = loop.register((kind, arg) -> series.closeSecond());
            for (long t = S; t <= 40 * S; t += S) {
                loop.schedule(t, ticker, 0, 0);
            }
        }

        @Override
        public void answered(long tag, int edge, int status, long sentAt, long firstByteAt, long version, long body,
                             long bottleneck, boolean counted) {
            told.add(new Told(counted, status == Requests.ERROR, body, firstByteAt - sentAt, bottleneck));
        }
    }

    private static CacheSettings cache(long bytes, String eviction, int admissionCells) {
        return new CacheSettings(bytes, eviction, -1, TtlRule.ORIGIN, true, true, 5 * S, 0, admissionCells);
    }

    private static CacheNodeSpec node(String id, String parent, long rtt, long bps, CacheSettings cache) {
        return new CacheNodeSpec(id, "r", 1, parent, rtt, bps, cache, List.of());
    }

    private static Topology single(CacheSettings cache) {
        return new Topology("t", "", List.of("r"),
                List.of(new Tier("cache", List.of(node("cache", "origin", 0, Long.MAX_VALUE, cache)))),
                List.of(FREE_ORIGIN));
    }

    /** Two edges (the first behind a 100 Mbit/s link) under one shield (1 Gbit/s to the origin). */
    private static Topology edgesShield(long edgeRtt, OriginSpec origin) {
        return edgesShield(edgeRtt, origin, true, 1);
    }

    /**
     * As above, the capacities times {@code scale}; the shield counts freshness from the response's Date or, if
     * not, from its own fill.
     */
    private static Topology edgesShield(long edgeRtt, OriginSpec origin, boolean shieldHonorsAge, int scale) {
        CacheSettings shield = new CacheSettings(100_000L * scale, "lru", -1, TtlRule.ORIGIN, shieldHonorsAge, true,
                5 * S, 0);
        return new Topology("t", "", List.of("r"),
                List.of(new Tier("edge", List.of(
                                node("e1", "shield", edgeRtt, 100_000_000L, cache(30_000L * scale, "lru", 0)),
                                node("e2", "shield", edgeRtt, Long.MAX_VALUE, cache(20_000L * scale, "fifo", 0)))),
                        new Tier("shield", List.of(node("shield", "origin", 0, 1_000_000_000L, shield)))),
                List.of(origin));
    }

    /**
     * Sends the same seeded requests through both paths and compares everything: a skewed choice among 300 keys,
     * sizes that change now and then for the same key (a stored copy keeps the size it was fetched with), some
     * larger than a whole cache, several requests in the same microsecond, a warm-up of 3 s; for the first 2 s only
     * the first edge asks, so the others later find the parent's copies made long before.
     */
    private static void assertSamePaths(Topology topology, int edges) {
        assertSamePaths(topology, edges, IMMUTABLE, FOREVER);
    }

    /**
     * As {@link #assertSamePaths(Topology, int)}, with the origin's Cache-Control given; the instant side answers in
     * one call while the network says it may and sends events from then on, as a replay does.
     */
    private static Run assertSamePaths(Topology topology, int edges, CacheControl cc, long instantUntil) {
        Run events = new Run(topology, cc, 3 * S);
        Run instant = new Run(topology, cc, 3 * S);
        assertEquals(instantUntil, instant.net.instantPath().until(), "the shortcut applies to this network until then");
        SplittableRandom rng = new SplittableRandom(7);
        long t = 0;
        for (int i = 0; i < 20_000; i++) {
            t += rng.nextInt(4) == 0 ? 0 : rng.nextInt(3_000);
            long key = 1 + (long) (300 * Math.pow(rng.nextDouble(), 3));
            long size = rng.nextInt(50) == 0 ? 150_000 : 100 + (key * 37 + (rng.nextInt(20) == 0 ? 11 : 0)) % 4_000;
            int edge = t < 2 * S ? 0 : rng.nextInt(edges);
            events.loop.runUntil(t);
            events.net.request(edge, key, size, 0, Requests.NO_NEXT, 0);
            instant.loop.runUntil(t);
            if (t < instantUntil) {
                instant.net.instantPath().answer(edge, key, size);
            } else {
                instant.net.request(edge, key, size, 0, Requests.NO_NEXT, 0);
            }
        }
        events.loop.run();
        instant.loop.run();
        assertEquals(events.told, instant.told);
        assertEquals(events.rows.size(), instant.rows.size());
        for (int r = 0; r < events.rows.size(); r++) {
            assertArrayEquals(events.rows.get(r), instant.rows.get(r), "row of second " + r);
        }
        for (int n = 0; n < events.net.nodeCount(); n++) {
            assertSameStats(events.net.stats(n), instant.net.stats(n), "node " + n);
            ObjectStore a = events.net.cache(n) == null ? null : events.net.cache(n).store();
            ObjectStore b = instant.net.cache(n) == null ? null : instant.net.cache(n).store();
            if (a != null) {
                assertEquals(a.count(), b.count(), "copies at node " + n);
                assertEquals(a.usedBytes(), b.usedBytes(), "bytes at node " + n);
                assertEquals(a.evictions(), b.evictions(), "evictions at node " + n);
                assertTrue(cc != IMMUTABLE || a.evictions() > 100, "the trace makes node " + n + " evict");
            }
        }
        return events;
    }

    private static void assertSameStats(NodeStats a, NodeStats b, String what) {
        for (ObjectKind k : ObjectKind.values()) {
            assertEquals(a.requests(k), b.requests(k), what + " requests");
            for (Outcome o : Outcome.values()) {
                assertEquals(a.outcomes(k, o), b.outcomes(k, o), what + " " + o);
                assertEquals(a.bytesOut(k, o), b.bytesOut(k, o), what + " bytes " + o);
            }
        }
        assertEquals(a.upstreamRequests(), b.upstreamRequests(), what + " upstream requests");
        assertEquals(a.conditionalRequests(), b.conditionalRequests(), what + " conditional requests");
        assertEquals(a.upstreamBytes(), b.upstreamBytes(), what + " upstream bytes");
        assertEquals(a.responseTime(), b.responseTime(), what + " response times");
        assertEquals(a.collapseWait(), b.collapseWait(), what + " collapse waits");
    }

    @Test
    void oneLruCacheGivesWhatItsEventsGive() {
        assertSamePaths(single(cache(40_000, "lru", 0)), 1);
    }

    @Test
    void oneFifoCacheGivesWhatItsEventsGive() {
        assertSamePaths(single(cache(40_000, "fifo", 0)), 1);
    }

    @Test
    void s3FifoWithSecondHitAdmissionGivesWhatItsEventsGive() {
        assertSamePaths(single(cache(40_000, "s3fifo", 1024)), 1);
    }

    @Test
    void twoEdgesUnderAShieldGiveWhatTheirEventsGive() {
        assertSamePaths(edgesShield(0, FREE_ORIGIN), 2);
    }

    /**
     * Copies that expire (max-age 4 s): the instant side answers in one call for the first 4 s, then sends events; the
     * rest of the replay (revalidations, 304s, copies dated by the shield's Date or by the edge's own fill) must
     * continue from the state the shortcut left exactly as it would from the events' own. The caches are four times
     * larger here, so that copies made before the switch are still held when they expire.
     */
    @Test
    void expiringCopiesContinueExactlyOnTheEventPath() {
        CacheControl fourSeconds = new CacheControl(4 * S, CacheControl.ABSENT, CacheControl.ABSENT,
                CacheControl.ABSENT, false);
        for (boolean shieldHonorsAge : new boolean[] {true, false}) {
            Run events = assertSamePaths(edgesShield(0, FREE_ORIGIN, shieldHonorsAge, 20), 2, fourSeconds, 4 * S);
            assertTrue(events.net.stats(0).outcomes(Outcome.REFRESH_HIT)
                    + events.net.stats(1).outcomes(Outcome.REFRESH_HIT) > 100, "copies held until they expire");
        }
    }

    /** Where a request takes time or a copy may expire, the shortcut would not be exact and is not offered. */
    @Test
    void notOfferedWhereRequestsTakeTimeOrCopiesExpire() {
        long never = Long.MIN_VALUE;
        assertEquals(never, new Run(edgesShield(1, FREE_ORIGIN), IMMUTABLE, 0).net.instantPath().until(), "link RTT");
        assertEquals(never, new Run(edgesShield(0, new OriginSpec("origin", 1, Double.POSITIVE_INFINITY,
                Long.MAX_VALUE, 10 * S)), IMMUTABLE, 0).net.instantPath().until(), "origin service time");
        assertEquals(never, new Run(edgesShield(0, new OriginSpec("origin", 0, 1000, Long.MAX_VALUE, 10 * S)),
                IMMUTABLE, 0).net.instantPath().until(), "origin request capacity");
        assertEquals(never, new Run(edgesShield(0, new OriginSpec("origin", 0, Double.POSITIVE_INFINITY,
                1_000_000_000L, 10 * S)), IMMUTABLE, 0).net.instantPath().until(), "origin egress capacity");
        assertEquals(never, new Run(single(new CacheSettings(40_000, "lru", 0.9, TtlRule.ORIGIN, true, true, S, 0)),
                IMMUTABLE, 0).net.instantPath().until(), "fixed hit ratio");
        assertEquals(never, new Run(single(new CacheSettings(40_000, "lru", -1, TtlRule.ORIGIN, true, true, S, 10)),
                IMMUTABLE, 0).net.instantPath().until(), "cache service time");
        assertEquals(never, new Run(single(cache(40_000, "lru", 0)), new CacheControl(FOREVER, CacheControl.ABSENT,
                CacheControl.ABSENT, CacheControl.ABSENT, true), 0).net.instantPath().until(), "no-store");
        assertEquals(60 * S, new Run(single(cache(40_000, "lru", 0)), new CacheControl(60 * S, CacheControl.ABSENT,
                CacheControl.ABSENT, CacheControl.ABSENT, false), 0).net.instantPath().until(),
                "max-age=60: instant until a copy could expire");
    }
}
