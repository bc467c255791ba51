package io.cdnsim.network;

import static io.cdnsim.network.TestNet.MS;
import static io.cdnsim.network.TestNet.SIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.metrics.Outcome;
import org.junit.jupiter.api.Test;

/** URL variants (a query string in the cache key): kept apart by every cache, one object at the origin. */
class CacheKeyTest {

    /** Pins the key: the plain URL keys on the object id; a variant keys elsewhere, never on an object id. */
    @Test
    void variantKeysDifferFromObjectIdsAndFromEachOther() {
        Requests rq = new Requests();
        int plain = rq.open(42, Requests.CLIENT, 0, 0, Requests.NO_VERSION, true);
        int a = rq.open(42, Requests.CLIENT, 0, 0, Requests.NO_VERSION, true);
        rq.setVariant(a, 1);
        int b = rq.open(42, Requests.CLIENT, 0, 0, Requests.NO_VERSION, true);
        rq.setVariant(b, 2);
        assertEquals(42, rq.cacheKey(plain));
        assertTrue(rq.cacheKey(a) < 0, "bit 63 set");
        assertNotEquals(rq.cacheKey(a), rq.cacheKey(b));
    }

    /**
     * Pins the mistake at one edge: viewers 1 and 2 ask for object 1 with their own tokens 100 ms apart: both
     * miss, the origin sends the object twice; viewer 1 asking again hits its own copy. Without tokens the second
     * viewer would hit.
     */
    @Test
    void eachVariantIsFetchedAndStoredApart() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(TestNet.cache(true, Long.MAX_VALUE)), TestNet.maxAge(60))
                .request(0, 1, 1).request(100 * MS, 1, 2).request(200 * MS, 1, 1).run();
        assertEquals(2, t.edge().outcomes(Outcome.MISS));
        assertEquals(1, t.edge().outcomes(Outcome.HIT));
        assertEquals(2, t.origin().requests());
        assertEquals(2 * SIZE, t.origin().bytesOut());
    }

    /** Pins collapsing per key: two viewers' variants requested together are two fetches, not one. */
    @Test
    void collapsingDoesNotMergeDifferentVariants() {
        TestNet t = TestNet.of(TestNet.edgeOrigin(TestNet.cache(true, Long.MAX_VALUE)), TestNet.maxAge(60))
                .request(0, 1, 1).request(1 * MS, 1, 2).request(2 * MS, 1, 1).run();
        assertEquals(2, t.origin().requests());
        assertEquals(1, t.edge().outcomes(Outcome.COLLAPSED));
    }
}
