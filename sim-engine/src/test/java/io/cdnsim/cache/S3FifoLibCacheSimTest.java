package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class S3FifoLibCacheSimTest {

    /** Replays (key, size) pairs; returns the hit (H) / miss (m) sequence. */
    private static String replay(ObjectStore store, long[][] trace) {
        StringBuilder out = new StringBuilder();
        for (long[] r : trace) {
            int s = store.find(r[0]);
            if (s != ObjectStore.ABSENT) {
                store.use(s);
                out.append('H');
            } else {
                store.admit(r[0], r[1]);
                out.append('m');
            }
        }
        return out.toString();
    }

    /**
     * Pins the one difference between the two S3-FIFOs on a hand-made trace, a cache of 100 bytes (small quota 10):
     * A(10) B(11) A C(5) C B. cdnsim's stores A and B, so A, C and B hit the second time: m m H m H H. libCacheSim's
     * stores neither A (exactly the quota, not in the ghost) nor B (above it), so only C hits: m m m m H m.
     */
    @Test
    void objectsOfTheSmallQuotaOrMoreAreNotStoredAsInLibCacheSim() {
        long[][] trace = {{'A', 10}, {'B', 11}, {'A', 10}, {'C', 5}, {'C', 5}, {'B', 11}};
        assertEquals("mmHmHH", replay(new ObjectStore(100, new S3FifoPolicy()), trace));
        assertEquals("mmmmHm", replay(new ObjectStore(100, EvictionPolicy.named(EvictionPolicy.S3FIFO_LIBCACHESIM)),
                trace));
    }

    /**
     * Pins libCacheSim's order for an object of exactly the quota: it evicts first, then is not stored. 19 objects of
     * 5 bytes fill 95 of 100 bytes; X(10) evicts the oldest (object 0, to the ghost) and is not stored: 18 copies,
     * 90 bytes, one eviction. Object 0 then misses, is found in the ghost and stored in main; an object of 11 bytes
     * evicts nothing.
     */
    @Test
    void anObjectOfExactlyTheQuotaEvictsAndIsNotStored() {
        ObjectStore store = new ObjectStore(100, S3FifoPolicy.libCacheSim());
        for (long k = 0; k < 19; k++) {
            store.admit(k, 5);
        }
        assertEquals(ObjectStore.ABSENT, store.admit(100, 10));
        assertEquals(18, store.count());
        assertEquals(90, store.usedBytes());
        assertEquals(1, store.evictions());
        assertEquals(ObjectStore.ABSENT, store.find(0));
        assertEquals(true, store.admit(0, 5) != ObjectStore.ABSENT);
        assertEquals(ObjectStore.ABSENT, store.admit(101, 11));
        assertEquals(1, store.evictions());
        assertEquals(19, store.count());
    }
}
