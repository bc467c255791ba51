package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LfuPolicyTest {

    /**
     * Pins LFU on ObjectStoreTest's trace, capacity 3. Notation key:count@time of last request; the victim is the
     * smallest count, ties to the oldest last request.
     *
     * <pre>
     *  1 a m  a1@1
     *  2 b m  a1@1 b1@2
     *  3 c m  a1@1 b1@2 c1@3
     *  4 a H  a2@4 b1@2 c1@3
     *  5 d m  count 1: b@2, c@3 -> evict b          a2 c1@3 d1@5
     *  6 b m  count 1: c@3, d@5 -> evict c          a2 d1@5 b1@6
     *  7 c m  count 1: d@5, b@6 -> evict d          a2 b1@6 c1@7
     *  8 a H  a3
     *  9 e m  count 1: b@6, c@7 -> evict b          a3 c1@7 e1@9
     * 10 a H  a4
     * 11 d m  count 1: c@7, e@9 -> evict c          a4 e1@9 d1@11
     * </pre>
     *
     * Five evictions; "a" is never evicted, where LRU evicts it at 9 (and misses it at 8).
     */
    @Test
    void handTrace() {
        ObjectStore store = new ObjectStore(3, new LfuPolicy());
        assertEquals("mmmHmmmHmHm", Replays.replay(store, "abcadbcaead"));
        assertEquals(5, store.evictions());
        assertTrue(store.find('a') != ObjectStore.ABSENT);
        assertTrue(store.find('e') != ObjectStore.ABSENT);
        assertTrue(store.find('d') != ObjectStore.ABSENT);
    }

    /**
     * Pins the tie at a count above 1 and the reset of counts when a copy leaves, capacity 2.
     *
     * <pre>
     * 1 a m  a1@1
     * 2 a H  a2@2
     * 3 b m  a2@2 b1@3
     * 4 b H  a2@2 b2@4
     * 5 c m  count 2: a@2, b@4 -> evict a (least recently used among equals)   b2@4 c1@5
     * 6 a m  evict c (count 1); a comes back with count 1, not 3               b2@4 a1@6
     * 7 b H  b3@7
     * 8 c m  evict a (count 1 &lt; 3)                                             b3 c1@8
     * 9 a m  evict c                                                           b3 a1@9
     * </pre>
     */
    @Test
    void tiesAtEqualCountsGoToTheLeastRecentlyUsedAndCountsResetOnLeaving() {
        LfuPolicy lfu = new LfuPolicy();
        ObjectStore store = new ObjectStore(2, lfu);
        assertEquals("mHmHm", Replays.replay(store, "aabbc"));
        assertEquals(ObjectStore.ABSENT, store.find('a'));
        assertEquals("m", Replays.replay(store, "a"));
        assertEquals(1, lfu.count(store.find('a')));
        assertEquals(2, lfu.count(store.find('b')));
        assertEquals("Hmm", Replays.replay(store, "bca"));
        assertEquals(3, lfu.count(store.find('b')));
        assertEquals(4, store.evictions());
    }

    /** Pins removal from the middle of a bucket and of the bucket list (a bucket emptied by removal disappears). */
    @Test
    void removalKeepsTheBucketsConsistent() {
        LfuPolicy lfu = new LfuPolicy();
        ObjectStore store = new ObjectStore(3, lfu);
        // a1 b2 c4: three buckets
        assertEquals("mmmHHHH", Replays.replay(store, "abcbccc"));
        assertEquals(1, lfu.count(store.find('a')));
        assertEquals(2, lfu.count(store.find('b')));
        assertEquals(4, lfu.count(store.find('c')));
        store.remove(store.find('a'));            // the first bucket empties; b (count 2) is now the least frequent
        assertEquals("m", Replays.replay(store, "d")); // room for d without eviction: b2 c4 d1
        assertEquals("m", Replays.replay(store, "e")); // evicts d (count 1)
        assertEquals(ObjectStore.ABSENT, store.find('d'));
        store.remove(store.find('b'));
        assertEquals("mm", Replays.replay(store, "fg")); // f fills b's place; g evicts e (count 1, older than f)
        assertEquals(ObjectStore.ABSENT, store.find('e'));
        assertTrue(store.find('c') != ObjectStore.ABSENT);
        assertEquals(2, store.evictions());
    }

    /** Pins the store + LfuPolicy against a slow reference (a map of counts and last-use times) on random streams. */
    @Test
    void agreesWithReference() {
        for (long seed = 1; seed <= 12; seed++) {
            int capacity = (int) (1 + seed * 3);
            long maxSize = seed % 3 == 0 ? 5 : 1;
            Replays.compare(Replays.of(new ObjectStore(capacity, new LfuPolicy())), new Reference(capacity),
                    seed, 5_000, capacity * 4, maxSize);
        }
    }

    /** LFU the obvious way: a count and a last-use time per stored key, the victim found by a linear scan. */
    private static final class Reference implements Replays.Cache {
        private final long capacity;
        private final Map<Long, long[]> stored = new HashMap<>(); // key -> {count, lastUse, size}
        private long used;
        private long now;
        private long evictions;

        Reference(long capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean request(long key, long size) {
            now++;
            long[] e = stored.get(key);
            if (e != null) {
                e[0]++;
                e[1] = now;
                return true;
            }
            if (size > capacity) {
                return false;
            }
            while (used + size > capacity) {
                Long victim = null;
                for (Map.Entry<Long, long[]> c : stored.entrySet()) {
                    long[] v = c.getValue();
                    if (victim == null || v[0] < stored.get(victim)[0]
                            || (v[0] == stored.get(victim)[0] && v[1] < stored.get(victim)[1])) {
                        victim = c.getKey();
                    }
                }
                used -= stored.remove(victim)[2];
                evictions++;
            }
            stored.put(key, new long[] {1, now, size});
            used += size;
            return false;
        }

        @Override
        public void remove(long key) {
            long[] e = stored.remove(key);
            if (e != null) {
                used -= e[2];
            }
        }

        @Override
        public long evictions() {
            return evictions;
        }
    }
}
