package io.cdnsim.network;

import static io.cdnsim.network.TestNet.HEADER;
import static io.cdnsim.network.TestNet.MS;
import static io.cdnsim.network.TestNet.S;
import static io.cdnsim.network.TestNet.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.model.CacheSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases through an edge and an origin. The edge is 20 ms (RTT) from the origin, so a request reaches
 * the origin 10 ms after it leaves the edge and the answer is back 10 ms after the origin sends it; the origin's
 * service time is 10 ms. A miss at time t is therefore answered at t + 30 ms, and the response's Date (the time the
 * origin sent it) is t + 20 ms.
 */
class CacheNodeTest {

    private static final CacheSettings COLLAPSING = TestNet.cache(true, Long.MAX_VALUE);
    private static final CacheSettings NO_COLLAPSING = TestNet.cache(false, Long.MAX_VALUE);

    /** Pins miss latency (RTT + service time) and that the next request is a hit answered at once. */
    @Test
    void missThenHit() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(COLLAPSING), TestNet.maxAge(60)).request(0, 1).request(100 * MS, 1)
                .run();
        assertEquals(List.of(new TestNet.Answer(1, 0, 30 * MS, Requests.OK, SIZE),
                new TestNet.Answer(1, 100 * MS, 100 * MS, Requests.OK, SIZE)), t.answers);
        assertEquals(1, t.edge().outcomes(Outcome.MISS));
        assertEquals(1, t.edge().outcomes(Outcome.HIT));
        assertEquals(1, t.origin().requests());
        assertEquals(SIZE, t.origin().bytesOut());
        assertEquals(2 * SIZE, t.edge().bytesOut());
        assertEquals(SIZE, t.edge().upstreamBytes());
    }

    /** Pins collapsing: three requests during one fetch cause one upstream request and are released together. */
    @Test
    void collapsingSendsOneFetchAndReleasesTheWaiters() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(COLLAPSING), TestNet.maxAge(60))
                .request(0, 1).request(1 * MS, 1).request(2 * MS, 1).run();
        assertEquals(1, t.origin().requests());
        assertEquals(1, t.edge().outcomes(Outcome.MISS));
        assertEquals(2, t.edge().outcomes(Outcome.COLLAPSED));
        assertEquals(2, t.edge().peakWaiters());
        t.answers.forEach(a -> assertEquals(30 * MS, a.answeredAt()));
        // waits 29 ms and 28 ms
        assertEquals(2, t.edge().collapseWait().getTotalCount());
        assertEquals(28 * MS, t.edge().collapseWait().getMinValue(), 28 * MS * 0.001);
        assertEquals(29 * MS, t.edge().collapseWait().getMaxValue(), 29 * MS * 0.001);
    }

    /** Pins the same requests without collapsing: three upstream requests, answered 30 ms after each. */
    @Test
    void withoutCollapsingEveryMissGoesUpstream() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(NO_COLLAPSING), TestNet.maxAge(60))
                .request(0, 1).request(1 * MS, 1).request(2 * MS, 1).run();
        assertEquals(3, t.origin().requests());
        assertEquals(3, t.edge().outcomes(Outcome.MISS));
        assertEquals(List.of(30 * MS, 31 * MS, 32 * MS), t.answers.stream().map(TestNet.Answer::answeredAt).toList());
    }

    /**
     * Pins that a private or no-store object is passed, never collapsed, even with collapsing on: a response meant
     * for one requester is not handed to others. The three requests of the collapsing test each go to the origin
     * and are answered 30 ms after each; nothing is kept, so a fourth request at 1 s misses again. Before, the
     * second and third joined the first fetch and got its response.
     */
    @Test
    void privateObjectsArePassedNotCollapsed() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(COLLAPSING), TestNet.cc(60, 0, 0, true))
                .request(0, 1).request(1 * MS, 1).request(2 * MS, 1).request(1_000 * MS, 1).run();
        assertEquals(4, t.origin().requests());
        assertEquals(4, t.edge().outcomes(Outcome.MISS));
        assertEquals(0, t.edge().outcomes(Outcome.COLLAPSED));
        assertEquals(List.of(30 * MS, 31 * MS, 32 * MS, 1_030 * MS),
                t.answers.stream().map(TestNet.Answer::answeredAt).toList());
    }

    /**
     * Pins freshness and revalidation: max-age 10 s counted from the Date (20 ms), so the copy expires at 10.02 s;
     * at 5 s it is a hit; at 15 s a conditional request gets a 304 (header bytes only) and it is a refresh hit.
     */
    @Test
    void expiredCopyIsRevalidatedWithA304() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(COLLAPSING), TestNet.maxAge(10))
                .request(0, 1).request(5 * S, 1).request(15 * S, 1).request(20 * S, 1).run();
        assertEquals(1, t.edge().outcomes(Outcome.MISS));
        assertEquals(2, t.edge().outcomes(Outcome.HIT));
        assertEquals(1, t.edge().outcomes(Outcome.REFRESH_HIT));
        assertEquals(1, t.edge().conditionalRequests());
        assertEquals(SIZE + HEADER, t.edge().upstreamBytes());
        assertEquals(SIZE + HEADER, t.origin().bytesOut());
        assertEquals(new TestNet.Answer(1, 15 * S, 15 * S + 30 * MS, Requests.OK, SIZE), t.answers.get(2));
    }

    /**
     * Pins the boundary of freshness: a copy dated 20 ms with max-age 10 s is fresh at 10.019999 s and stale at
     * 10.02 s (fresh while age &lt; lifetime).
     */
    @Test
    void freshnessEndsExactlyAtDatePlusLifetime() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(COLLAPSING), TestNet.maxAge(10))
                .request(0, 1).request(10 * S + 20 * MS - 1, 1).request(10 * S + 20 * MS, 1).run();
        assertEquals(1, t.edge().outcomes(Outcome.HIT));
        assertEquals(1, t.edge().outcomes(Outcome.REFRESH_HIT));
    }

    /**
     * Pins stale-while-revalidate: max-age 10 s, swr 5 s. At 12 s the copy is served stale at once and one
     * background revalidation starts; a request at 12.001 s is also stale and starts no second one; the 304 arrives
     * at 12.03 s with Date 12.02 s, so at 13 s the copy is fresh again.
     */
    @Test
    void staleWhileRevalidateServesAtOnceAndRevalidatesOnce() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(COLLAPSING), TestNet.cc(10, 5, -1, false))
                .request(0, 1).request(12 * S, 1).request(12 * S + MS, 1).request(13 * S, 1).run();
        assertEquals(2, t.edge().outcomes(Outcome.STALE));
        assertEquals(1, t.edge().outcomes(Outcome.HIT));
        assertEquals(2, t.edge().upstreamRequests());
        assertEquals(1, t.edge().upstreamRequests(UpstreamReason.MISS));
        assertEquals(1, t.edge().upstreamRequests(UpstreamReason.BACKGROUND));
        assertEquals(1, t.edge().conditionalRequests());
        assertEquals(12 * S, t.answers.get(1).answeredAt());
        assertEquals(12 * S + MS, t.answers.get(2).answeredAt());
    }

    /**
     * Pins stale-if-error and origin queueing: the origin starts one request per second and fails a request that
     * would wait more than 100 ms. Object 1 at 0 s occupies it until 1.01 s; object 2 at 1.5 s until 2.51 s; the
     * revalidation of object 1 at 1.6 s (expired at 1.02 s) would wait 0.9 s, so it fails at 1.71 s and the edge,
     * within stale-if-error, serves its stale copy at 1.72 s: a FALLBACK (it was STALE before, like a copy served
     * within stale-while-revalidate without asking upstream). Upstream: 2 misses and 1 refresh, 1 failed.
     */
    @Test
    void staleIfErrorServesTheStaleCopyWhenTheOriginFails() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(COLLAPSING, 1, Long.MAX_VALUE, 100 * MS),
                TestNet.cc(1, -1, 60, false)).request(0, 1).request(1500 * MS, 2).request(1600 * MS, 1).run();
        assertEquals(2, t.edge().outcomes(Outcome.MISS));
        assertEquals(1, t.edge().outcomes(Outcome.FALLBACK));
        assertEquals(0, t.edge().outcomes(Outcome.STALE));
        assertEquals(2, t.edge().upstreamRequests(UpstreamReason.MISS));
        assertEquals(1, t.edge().upstreamRequests(UpstreamReason.REFRESH));
        assertEquals(1, t.edge().upstreamFailed());
        assertEquals(1, t.origin().outcomes(Outcome.ERROR));
        assertEquals(new TestNet.Answer(1, 1600 * MS, 1720 * MS, Requests.OK, SIZE), t.answers.get(2));
    }

    /** Pins the same failure without stale-if-error: the viewer gets the error. */
    @Test
    void withoutStaleIfErrorTheErrorReachesTheViewer() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(COLLAPSING, 1, Long.MAX_VALUE, 100 * MS), TestNet.maxAge(1))
                .request(0, 1).request(1500 * MS, 2).request(1600 * MS, 1).run();
        assertEquals(1, t.edge().outcomes(Outcome.ERROR));
        assertEquals(new TestNet.Answer(1, 1600 * MS, 1720 * MS, Requests.ERROR, HEADER), t.answers.get(2));
    }

    /**
     * Pins the accounting of an upstream error answered from a copy that another request's fetch filled meanwhile:
     * a FALLBACK, not a HIT (it was a HIT before, and the tier's outcomes then hid the failed upstream request).
     * Collapsing off; the origin starts one request a second and fails one that would wait over 100 ms. Object 1 at
     * 0 is fetched (reaches the origin at 10 ms, served at 20 ms, filled at 30 ms, fresh for 60 s; the origin is busy
     * until 1.01 s); its second request at 5 ms found no copy and went upstream on its own, reached the origin at
     * 15 ms, would start at 1.01 s, so fails at the timeout, 115 ms, and is back at 125 ms, where the fresh copy
     * answers it. Edge: 2 requests = MISS 1 + FALLBACK 1; 2 upstream requests, both for a miss, 1 failed; origin: 2
     * requests = HIT 1 + ERROR 1.
     */
    @Test
    void anUpstreamErrorAnsweredFromACopyFilledMeanwhileIsAFallback() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(NO_COLLAPSING, 1, Long.MAX_VALUE, 100 * MS), TestNet.maxAge(60))
                .request(0, 1).request(5 * MS, 1).run();
        assertEquals(2, t.edge().requests());
        assertEquals(1, t.edge().outcomes(Outcome.MISS));
        assertEquals(1, t.edge().outcomes(Outcome.FALLBACK));
        assertEquals(0, t.edge().outcomes(Outcome.HIT));
        assertEquals(0, t.edge().outcomes(Outcome.STALE));
        assertEquals(2, t.edge().upstreamRequests());
        assertEquals(2, t.edge().upstreamRequests(UpstreamReason.MISS));
        assertEquals(1, t.edge().upstreamFailed());
        assertEquals(SIZE + HEADER, t.edge().upstreamBytes());
        assertEquals(2, t.origin().requests());
        assertEquals(1, t.origin().outcomes(Outcome.HIT));
        assertEquals(1, t.origin().outcomes(Outcome.ERROR));
        assertEquals(new TestNet.Answer(1, 5 * MS, 125 * MS, Requests.OK, SIZE), t.answers.get(1));
    }

    /**
     * Pins a 304 that comes back after its copy was evicted: the node has no body, so it fetches again without a
     * condition and the request is a MISS with a full body from upstream. Room for one object, max-age 1 s.
     * Object 1 at 0 (Date 20 ms, stale from 1.02 s); object 1 at 1.5 s sends a conditional request; object 2 at
     * 1.49 s is filled at 1.52 s and evicts object 1; the 304 arrives at 1.53 s, the refetch's body at 1.56 s.
     */
    @Test
    void a304ForAnEvictedCopyFetchesAgain() {
        CacheSettings one = new CacheSettings(SIZE, "lru", -1, TtlRule.ORIGIN, true, true, Long.MAX_VALUE, 0);
        TestNet t = TestNet.of(TestNet.edgeOrigin(one), TestNet.maxAge(1))
                .request(0, 1).request(1490 * MS, 2).request(1500 * MS, 1).run();
        assertEquals(3, t.edge().outcomes(Outcome.MISS));
        assertEquals(0, t.edge().outcomes(Outcome.REFRESH_HIT));
        assertEquals(4, t.edge().upstreamRequests());
        assertEquals(2, t.edge().upstreamRequests(UpstreamReason.MISS));
        assertEquals(1, t.edge().upstreamRequests(UpstreamReason.REFRESH));
        assertEquals(1, t.edge().upstreamRequests(UpstreamReason.REFETCH));
        assertEquals(1, t.edge().conditionalRequests());
        assertEquals(3 * SIZE + HEADER, t.edge().upstreamBytes());
        assertEquals(3 * SIZE, t.edge().bytesOut());
        assertEquals(new TestNet.Answer(1, 1500 * MS, 1560 * MS, Requests.OK, SIZE), t.answers.get(2));
    }

    /**
     * Pins "admit on second request": the first miss of object 1 is not stored, the second is, the third request is
     * a hit; object 2, requested once, never takes room.
     */
    @Test
    void secondRequestAdmission() {
        CacheSettings second = new CacheSettings(100 * SIZE, "lru", -1, TtlRule.ORIGIN, true, true, Long.MAX_VALUE,
                0, 1024);
        TestNet t = TestNet.of(TestNet.edgeOrigin(second), TestNet.maxAge(60))
                .request(0, 1).request(S, 2).request(2 * S, 1).request(3 * S, 1).run();
        assertEquals(3, t.edge().outcomes(Outcome.MISS));
        assertEquals(1, t.edge().outcomes(Outcome.HIT));
        assertEquals(SIZE, t.net.cache(0).store().usedBytes());
    }

    /**
     * Pins origin request capacity as a FIFO server: 10 requests/s means one start every 100 ms, so three misses
     * arriving together are answered at 30, 130 and 230 ms.
     */
    @Test
    void originCapacityQueuesRequests() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(NO_COLLAPSING, 10, Long.MAX_VALUE, 10 * S), TestNet.maxAge(60))
                .request(0, 1).request(0, 2).request(0, 3).run();
        assertEquals(List.of(30 * MS, 130 * MS, 230 * MS),
                t.answers.stream().map(TestNet.Answer::answeredAt).toList());
    }

    /**
     * Pins the origin's queue waits: of the three misses above (arriving at the origin at 10 ms, service 10 ms), the
     * first starts at once, the second 100 ms later, the third 200 ms later: waits 0, 100 and 200 ms.
     */
    @Test
    void originQueueWaitsAreRecorded() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(NO_COLLAPSING, 10, Long.MAX_VALUE, 10 * S), TestNet.maxAge(60))
                .request(0, 1).request(0, 2).request(0, 3).run();
        org.HdrHistogram.Histogram q = t.net.stats(1).queueWait();
        assertEquals(3, q.getTotalCount());
        assertEquals(0, q.getMinValue());
        assertTrue(q.valuesAreEquivalent(100 * MS, q.getValueAtPercentile(50)));
        assertTrue(q.valuesAreEquivalent(200 * MS, q.getMaxValue()), () -> "max " + q.getMaxValue());
    }

    /**
     * Pins origin egress as a FIFO pipe: at 8 Mbit/s a 1 MB body takes 1 s, so the second response's first byte
     * waits for the first body to be sent: answers at 30 ms and 1.03 s.
     */
    @Test
    void originEgressQueuesResponses() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(NO_COLLAPSING, Double.POSITIVE_INFINITY, 8_000_000, 10 * S),
                TestNet.maxAge(60)).request(0, 1).request(0, 2).run();
        assertEquals(List.of(30 * MS, 1030 * MS), t.answers.stream().map(TestNet.Answer::answeredAt).toList());
    }

    /**
     * Pins that the origin's bytes count in the second they leave it, after the egress queue: three 1 MB bodies at
     * 8 Mbit/s leave at 0.01 s, 1.01 s and 2.01 s, one per second (they once all counted in second 0, at arrival).
     * Row layout: per tier (edge, origin) requests, seven outcomes, bytes; origin requests are column 9, bytes 17.
     */
    @Test
    void originBytesCountWhenTheyLeave() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(NO_COLLAPSING, Double.POSITIVE_INFINITY, 8_000_000, 10 * S),
                TestNet.maxAge(60)).request(0, 1).request(0, 2).request(0, 3).closeSecondsUntil(3).run();
        assertEquals(3, t.rows.size());
        for (long[] row : t.rows) {
            assertEquals(SIZE, row[17]);
        }
        assertEquals(3, t.rows.get(0)[9], "all three arrive at the origin in second 0");
    }

    /**
     * Pins the lock timeout: the origin takes 5 s; a request collapsed at 0.5 s gives up at 1.5 s and fetches on
     * its own (answered at 1.5 + 5.02 s), while the first is answered at 5.02 s.
     */
    @Test
    void lockTimeoutSendsAWaiterUpstreamOnItsOwn() {
        CacheSettings edge = TestNet.cache(true, 1 * S);
        io.cdnsim.model.Topology slow = new io.cdnsim.model.Topology("t", "", List.of("r"),
                TestNet.edgeOrigin(edge).tiers(),
                List.of(new io.cdnsim.model.OriginSpec("origin", 5 * S, Double.POSITIVE_INFINITY, Long.MAX_VALUE,
                        60 * S)));
        TestNet t = TestNet.of(slow, TestNet.maxAge(60)).request(0, 1).request(500 * MS, 1).run();
        assertEquals(1, t.edge().lockTimeouts());
        assertEquals(2, t.edge().upstreamRequests());
        assertEquals(1, t.edge().upstreamRequests(UpstreamReason.MISS));
        assertEquals(1, t.edge().upstreamRequests(UpstreamReason.LOCK_TIMEOUT));
        assertEquals(2, t.edge().outcomes(Outcome.MISS));
        assertEquals(List.of(5020 * MS, 6520 * MS), t.answers.stream().map(TestNet.Answer::answeredAt).toList());
    }

    /** Pins no-store: the object is never kept, so every request is a miss. */
    @Test
    void noStoreIsNeverCached() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(COLLAPSING), TestNet.cc(60, -1, -1, true))
                .request(0, 1).request(S, 1).run();
        assertEquals(2, t.edge().outcomes(Outcome.MISS));
        assertEquals(2, t.origin().requests());
    }

    /** Pins fixed hit ratios 0 and 1: every request goes upstream, or none does. */
    @Test
    void fixedHitRatiosZeroAndOne() {
        for (double h : new double[] {0, 1}) {
            CacheSettings fixed = new CacheSettings(0, "lru", h, TtlRule.ORIGIN, true, false, Long.MAX_VALUE, 0);
            TestNet t = TestNet.of(TestNet.edgeOrigin(fixed), TestNet.maxAge(60));
            for (int i = 0; i < 10; i++) {
                t.request(i * S, 1 + i % 3);
            }
            t.run();
            assertEquals(h == 0 ? 10 : 0, t.origin().requests());
            assertEquals(h == 0 ? 10 : 0, t.edge().outcomes(Outcome.MISS));
        }
    }

    /**
     * Pins Age across tiers. Edge (room for one object, 20 ms from the shield), shield (2 ms from the origin),
     * max-age 10 s. Object 1 at 0 s fills both: the origin sends it at 21 ms (10 + 1 ms on the way up, 10 ms of
     * service), so its Date is 21 ms. Object 2 at 1 s pushes object 1 out of the edge. Object 1 at 8 s is a shield
     * hit; the edge receives it at 8.02 s. Honouring Age, the edge's copy keeps the Date 21 ms and is stale at 11 s
     * (a refresh hit, as the shield's own copy also expired at 10.021 s); ignoring Age, it is dated 8.02 s and is
     * still fresh at 11 s (a hit).
     */
    @Test
    void ageIsHonouredAcrossTiersUnlessTurnedOff() {
        for (boolean honor : new boolean[] {true, false}) {
            CacheSettings edge = new CacheSettings(SIZE, "lru", -1, TtlRule.ORIGIN, honor, true, Long.MAX_VALUE, 0);
            TestNet t = TestNet.of(TestNet.edgeShieldOrigin(edge, TestNet.cache(true, Long.MAX_VALUE)),
                    TestNet.maxAge(10)).request(0, 1).request(S, 2).request(8 * S, 1).request(11 * S, 1).run();
            assertEquals(1, t.node(1).outcomes(Outcome.HIT), "shield hit at 8 s");
            assertEquals(honor ? 1 : 0, t.edge().outcomes(Outcome.REFRESH_HIT), "honorAge=" + honor);
            assertEquals(honor ? 0 : 1, t.edge().outcomes(Outcome.HIT), "honorAge=" + honor);
            assertEquals(honor ? 1 : 0, t.node(1).outcomes(Outcome.REFRESH_HIT), "honorAge=" + honor);
        }
    }

    /** Pins the warm-up: requests that arrive before its end are served but not counted, at any tier. */
    @Test
    void requestsBeforeTheWarmupEndAreNotCounted() {
        TestNet t = TestNet.withWarmup(TestNet.edgeOrigin(COLLAPSING), TestNet.maxAge(60), S)
                .request(0, 1).request(500 * MS, 2).request(2 * S, 1).request(2 * S, 3).run();
        assertEquals(4, t.answers.size());
        assertEquals(2, t.edge().requests());
        assertEquals(1, t.edge().outcomes(Outcome.HIT));
        assertEquals(1, t.edge().outcomes(Outcome.MISS));
        assertEquals(1, t.origin().requests());
        assertEquals(1, t.edge().upstreamRequests());
    }
}
