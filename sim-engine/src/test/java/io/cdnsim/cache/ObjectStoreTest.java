package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ObjectStoreTest {

    /** Replays a trace of single-letter keys with unit sizes and returns the hit (H) / miss (m) sequence. */
    private static String replay(ObjectStore store, String trace) {
        StringBuilder out = new StringBuilder();
        for (char c : trace.toCharArray()) {
            int s = store.find(c);
            if (s != ObjectStore.ABSENT) {
                store.use(s);
                out.append('H');
            } else {
                store.admit(c, 1);
                out.append('m');
            }
        }
        return out.toString();
    }

    /**
     * Pins LRU on a hand-computed trace, capacity 3. After "abc", "a" is a hit (recency c b a -> a c b); "d" evicts
     * b (the least recently used), so the following "b" misses and evicts c; "c" misses and evicts a... and so on.
     */
    @Test
    void lruHandTrace() {
        ObjectStore store = new ObjectStore(3, new LruPolicy());
        // trace:  a b c a d b c a e a d (evictions at d b c a e d: six)
        // stack (MRU first) after each: a | b a | c b a | a c b | d a c | b d a | c b d | a c b | e a c | a e c | d a e
        assertEquals("mmmHmmmmmHm", replay(store, "abcadbcaead"));
        assertEquals(3, store.count());
        assertEquals(6, store.evictions());
    }

    /**
     * Pins that reading ahead changes nothing: the LRU hand trace gives the same hits and evictions when every
     * request is preceded by touching a block of keys (present and absent) with touchAll and touch.
     */
    @Test
    void touchingAheadChangesNothing() {
        ObjectStore store = new ObjectStore(3, new LruPolicy());
        long[] block = {'a', 'b', 'c', 'd', 'e', 'z'};
        int[] scratch = new int[block.length];
        StringBuilder out = new StringBuilder();
        for (char c : "abcadbcaead".toCharArray()) {
            store.touchAll(block, block.length, scratch);
            store.touch(c);
            out.append(replay(store, String.valueOf(c)));
        }
        assertEquals("mmmHmmmmmHm", out.toString());
        assertEquals(6, store.evictions());
    }

    /**
     * Pins FIFO on the same trace, capacity 3: hits do not reorder, so after "abca" the "d" evicts a (first in),
     * and the later "a" misses where LRU hit.
     */
    @Test
    void fifoHandTrace() {
        ObjectStore store = new ObjectStore(3, new FifoPolicy());
        // queue (newest first): a | b a | c b a | c b a (hit a) | d c b | d c b (hit b) | d c b (hit c)
        // | a d c (a evicts b) | e a d | e a d (hit a) | e a d (hit d)
        assertEquals("mmmHmHHmmHH", replay(store, "abcadbcaead"));
        assertEquals(3, store.evictions());
    }

    /**
     * Pins the read-ahead hint of LRU and FIFO: with nothing else happening, the chain of {@code victimAfter} from
     * -1 names the copies in the order the next admissions evict them (LRU: c, e, b, d, a after the hits on b, d, a;
     * FIFO: admission order a..e whatever the hits). Policies without a hint give -1.
     */
    @Test
    void victimHintsNameTheNextEvictionsInOrder() {
        assertEquals("cebda", hintedThenEvicted(new LruPolicy()));
        assertEquals("abcde", hintedThenEvicted(new FifoPolicy()));
        assertEquals(-1, new SievePolicy().readAhead().victimAfter(-1));
    }

    /** Admits a..e (capacity 5), hits b, d, a; returns the hinted order after checking that admissions evict in it. */
    private static String hintedThenEvicted(EvictionPolicy policy) {
        ObjectStore store = new ObjectStore(5, policy);
        assertEquals("mmmmmHHH", replay(store, "abcdebda"));
        StringBuilder hinted = new StringBuilder();
        PolicyReadAhead hints = policy.readAhead();
        for (int slot = hints.victimAfter(-1); slot >= 0; slot = hints.victimAfter(slot)) {
            for (char c = 'a'; c <= 'e'; c++) {
                if (store.find(c) == slot) {
                    hinted.append(c);
                }
            }
        }
        StringBuilder evicted = new StringBuilder();
        for (char c = 'v'; c <= 'z'; c++) {
            store.admit(c, 1);
            for (char k = 'a'; k <= 'e'; k++) {
                if (store.find(k) == ObjectStore.ABSENT && evicted.indexOf(String.valueOf(k)) < 0) {
                    evicted.append(k);
                }
            }
        }
        assertEquals(hinted.toString(), evicted.toString());
        return hinted.toString();
    }

    /** Pins byte capacity with unequal sizes: admitting a large object evicts as many as needed, oldest first. */
    @Test
    void evictsUntilTheNewCopyFitsInBytes() {
        ObjectStore store = new ObjectStore(100, new LruPolicy());
        store.admit(1, 40);
        store.admit(2, 30);
        store.admit(3, 20);
        store.use(store.find(1));
        assertEquals(90, store.usedBytes());
        store.admit(4, 50);
        // recency before: 1 3 2 (MRU first); need 40 bytes free: evict 2 (30) then 3 (20)
        assertEquals(ObjectStore.ABSENT, store.find(2));
        assertEquals(ObjectStore.ABSENT, store.find(3));
        assertEquals(90, store.usedBytes());
        assertEquals(2, store.evictions());
    }

    /** Pins that an object larger than the whole store is not admitted and evicts nothing. */
    @Test
    void objectLargerThanCapacityIsNotStored() {
        ObjectStore store = new ObjectStore(100, new LruPolicy());
        store.admit(1, 60);
        assertEquals(ObjectStore.ABSENT, store.admit(2, 101));
        assertEquals(60, store.usedBytes());
        assertEquals(0, store.evictions());
    }

    /** Pins that removing and re-admitting reuses slots and keeps the accounting exact. */
    @Test
    void removeAndReadmit() {
        ObjectStore store = new ObjectStore(10, new FifoPolicy());
        int s = store.admit(7, 4);
        store.setValidated(s, 123, 9);
        assertEquals(123, store.date(store.find(7)));
        assertEquals(9, store.version(store.find(7)));
        store.remove(store.find(7));
        assertEquals(0, store.usedBytes());
        assertEquals(0, store.count());
        store.admit(7, 5);
        assertEquals(5, store.size(store.find(7)));
    }
}
