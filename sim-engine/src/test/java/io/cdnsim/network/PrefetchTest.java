package io.cdnsim.network;

import static io.cdnsim.network.TestNet.MS;
import static io.cdnsim.network.TestNet.S;
import static io.cdnsim.network.TestNet.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.cache.TtlRule;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.metrics.UpstreamReason;
import io.cdnsim.model.CacheSettings;
import org.junit.jupiter.api.Test;

/**
 * Prefetch from CMCD nor, by hand, on edge (RTT 20 ms) -> shield (RTT 2 ms) -> origin (service 10 ms), caches with no
 * service time: a viewer asks for object 1 at 0 naming object 2 as its next, then for object 2 at 1 s.
 */
class PrefetchTest {

    private static CacheSettings cache(boolean prefetch) {
        return new CacheSettings(100 * SIZE, "lru", -1, TtlRule.ORIGIN, true, true, Long.MAX_VALUE, 0, 0, prefetch);
    }

    /** @return when the first byte of the answer to the viewer's request for an object left the edge */
    private static long answerTo(TestNet t, long object) {
        return t.answers.stream().filter(a -> a.object() == object).findFirst().orElseThrow().answeredAt();
    }

    private static TestNet run(boolean edgePrefetch, boolean shieldPrefetch) {
        return TestNet.of(TestNet.edgeShieldOrigin(cache(edgePrefetch), cache(shieldPrefetch)), TestNet.maxAge(60))
                .requestNaming(0, 1, 2).request(S, 2).run();
    }

    /** Pins the baseline: object 2 misses everywhere, its first byte 20 + 2 + 10 ms after the request. */
    @Test
    void withoutPrefetchTheSecondObjectMissesEverywhere() {
        TestNet t = run(false, false);
        assertEquals(2, t.node(1).outcomes(Outcome.MISS), "shield misses");
        assertEquals(2, t.origin().requests(), "origin requests");
        assertEquals(S + 32 * MS, answerTo(t, 2), "object 2's first byte leaves the edge at");
    }

    /**
     * The shield, asked for object 1 at 10 ms, also fetches object 2 (a prefetch, not a request of its own): object 2
     * is a hit there at 1.010 s and its first byte leaves the edge 20 ms after the request instead of 32. The origin
     * still serves two requests; the shield's misses fall from 2 to 1, its upstream requests stay 2 (one a prefetch).
     */
    @Test
    void aShieldThatPrefetchesTurnsTheNextMissIntoAHit() {
        TestNet t = run(false, true);
        assertEquals(1, t.node(1).outcomes(Outcome.MISS), "shield misses");
        assertEquals(1, t.node(1).outcomes(Outcome.HIT), "shield hits");
        assertEquals(2, t.node(1).requests(), "shield requests: the edge's two, the prefetch is not one");
        assertEquals(1, t.node(1).upstreamRequests(UpstreamReason.PREFETCH), "shield prefetches");
        assertEquals(2, t.node(1).upstreamRequests(), "shield upstream requests");
        assertEquals(2, t.origin().requests(), "origin requests");
        assertEquals(2, t.edge().outcomes(Outcome.MISS), "edge misses: the edge does not prefetch");
        assertEquals(S + 20 * MS, answerTo(t, 2), "object 2's first byte leaves the edge at");
    }

    /** An edge that prefetches holds object 2 by 1 s (fetched from 0 to 32 ms): a hit at once. */
    @Test
    void anEdgeThatPrefetchesAnswersTheNextObjectAtOnce() {
        TestNet t = run(true, false);
        assertEquals(1, t.edge().outcomes(Outcome.MISS), "edge misses");
        assertEquals(1, t.edge().outcomes(Outcome.HIT), "edge hits");
        assertEquals(1, t.edge().upstreamRequests(UpstreamReason.PREFETCH), "edge prefetches");
        assertEquals(2, t.node(1).requests(), "the shield sees the prefetch as a request");
        assertEquals(S, answerTo(t, 2), "object 2's first byte leaves the edge at");
    }

    /** A request for the object a prefetch is fetching joins it (collapsing): no second fetch. */
    @Test
    void aRequestDuringThePrefetchJoinsIt() {
        TestNet t = TestNet.of(TestNet.edgeShieldOrigin(cache(true), cache(false)), TestNet.maxAge(60))
                .requestNaming(0, 1, 2).request(5 * MS, 2).run();
        assertEquals(1, t.edge().outcomes(Outcome.COLLAPSED), "edge: object 2 waited on the prefetch");
        assertEquals(2, t.origin().requests(), "origin requests");
        assertEquals(32 * MS, answerTo(t, 2), "object 2 is answered when the prefetch returns");
    }
}
