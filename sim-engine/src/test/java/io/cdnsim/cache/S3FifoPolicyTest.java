package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3FifoPolicyTest {

    private static S3FifoPolicy attached(long capacity) {
        S3FifoPolicy p = new S3FifoPolicy();
        new ObjectStore(capacity, p);
        return p;
    }

    /**
     * Pins libCacheSim's rounding of the quotas: small = (long) (C * 0.10), i.e. C / 10 rounded down (0 below 10
     * bytes, 1 from 10 to 19, 2 from 20 to 29), main = C - small, ghost = (long) (C * 0.90), i.e. 9C / 10 rounded down.
     */
    @Test
    void quotasRoundDownAsLibCacheSim() {
        long[][] table = {
            // C, small, main, ghost
            {1, 0, 1, 0},
            {2, 0, 2, 1},
            {9, 0, 9, 8},
            {10, 1, 9, 9},
            {19, 1, 18, 17},
            {20, 2, 18, 18},
            {29, 2, 27, 26},
            {100, 10, 90, 90},
            {1_000_000_007L, 100_000_000L, 900_000_007L, 900_000_006L},
        };
        for (long[] row : table) {
            S3FifoPolicy p = attached(row[0]);
            assertEquals(row[1], p.smallQuota(), "small quota of " + row[0]);
            assertEquals(row[2], p.mainQuota(), "main quota of " + row[0]);
            assertEquals(row[3], p.ghostQuota(), "ghost quota of " + row[0]);
        }
        for (long c = 1; c <= 100_000; c++) {
            S3FifoPolicy p = attached(c);
            assertEquals(c / 10, p.smallQuota());
            assertEquals(c * 9 / 10, p.ghostQuota());
        }
    }

    /**
     * Pins S3-FIFO with unit sizes at capacity 10: small quota 1, main quota 9, ghost 9 keys. Queues written head
     * (newest) first, frequency after the key.
     *
     * <pre>
     *  1-10 a..j m    S: j i h g f e d c b a (all 0)                M: -        G: -
     * 11-12 a H H     a2
     * 13    b H       b1
     * 14    k m       full; main 0 &lt;= 9 and small not empty: evict from small: tail a has 2 hits -> moves to main
     *                 (freq 0); tail b has 1 &lt; 2 -> victim, its key enters the ghost
     *                 S: k j i h g f e d c                          M: a        G: b
     * 15-22 l..s m    each evicts small's tail (c, d, ..., j) into the ghost
     *                 S: s r q p o n m l k                          M: a        G: j i h g f e d c b (9, full)
     * 23    t m       evicts k; the ghost holds 9 keys, so b (its oldest) is forgotten   G: k j i h g f e d c
     * 24    b m       not in the ghost any more -> small; evicts l    S: b t s r q p o n m    G: l k j i h g f e d
     * 25    d m       in the ghost: removed from it, admitted to main; evicts m
     *                 S: b t s r q p o n      M: d a      G: m l k j i h g f e
     * 26-27 d H, a H
     * 28    c m       c was forgotten at 24 -> small; evicts n       S: c b t s r q p o       G: n m l k j i h g f
     * </pre>
     *
     * Thirteen evictions (14-25, 28).
     */
    @Test
    void handTraceUnitSizesCapacity10() {
        S3FifoPolicy p = new S3FifoPolicy();
        ObjectStore store = new ObjectStore(10, p);
        assertEquals("mmmmmmmmmm" + "HHH" + "mmmmmmmmmm" + "mmHH" + "m",
                Replays.replay(store, "abcdefghij" + "aab" + "klmnopqrst" + "bdda" + "c"));
        assertEquals(13, store.evictions());
        assertEquals(1, p.smallQuota());
        assertEquals(8, p.smallCount());
        assertEquals(2, p.mainCount());
        assertTrue(p.inMain(store.find('a')));
        assertTrue(p.inMain(store.find('d')));
        assertFalse(p.inMain(store.find('b')));
        assertFalse(p.inMain(store.find('c')));
        assertEquals(9, p.ghostCount());
        for (char c : "nmlkjihgf".toCharArray()) {
            assertTrue(p.inGhost(c), "ghost holds " + c);
        }
        assertFalse(p.inGhost('e'));
        assertFalse(p.inGhost('d'));
    }

    /**
     * Pins the main queue's branches with sizes, capacity 20: small quota 2, main quota 18, ghost 18 bytes;
     * uppercase keys 9 bytes, lowercase 1. Notation key+freq; used = bytes stored.
     *
     * <pre>
     *  1 A m   S: A0                         used 9
     *  2-3 A H H   A2
     *  4 B m   S: B0 A2                      used 18
     *  5-6 c d m   S: d c B A2               used 20
     *  7 e m   21 &gt; 20; main 0 &lt;= 18, small not empty: A (2 hits) moves to main (freq 0); B (0) evicted, to ghost
     *          S: e d c   M: A0   G: B(9)    used 12
     *  8 B m   in the ghost -> main; 21 &gt; 20: small's tail c evicted to ghost
     *          S: e d     M: B0 A0   G: c    used 20 (main 18)
     *  9 A H   A1
     * 10 f m   main 18 is not above 18: small's tail d evicted     S: f e   G: d c
     * 11-12 e H H  e2
     * 13 g m   e (2 hits) moves to main -> main 19; f evicted      S: g   M: e0 B0 A1   G: f d c
     * 14 h m   main 19 &gt; 18: evict from main although small holds g: tail A has freq 1 -> to main's head with
     *          freq 0; tail B has 0 -> victim (main evictions do not enter the ghost)
     *          S: h g   M: A0 e0   used 12
     * 15 g H   g1 (g survived step 14)
     * 16 B m   not in the ghost -> small; 21 &gt; 20: small's tail g has 1 &lt; 2 hits -> evicted to ghost
     *          S: B h   G: g f d c   used 20
     * 17 g m   in the ghost -> main; small's tail h evicted          S: B   M: g A e   G: h f d c
     * </pre>
     *
     * Seven evictions: B, c, d, f, B, g, h.
     */
    @Test
    void handTraceMainOverQuotaWithSizes() {
        S3FifoPolicy p = new S3FifoPolicy();
        ObjectStore store = new ObjectStore(20, p);
        assertEquals("mHHmmmmmHmHHm", Replays.replay(store, "AAABcdeBAfeeg", 9));
        assertEquals(19, p.mainBytes());
        assertEquals(1, p.smallCount());
        assertEquals("mHmm", Replays.replay(store, "hgBg", 9));
        assertEquals(7, store.evictions());
        assertEquals(9, p.smallBytes());
        assertEquals(11, p.mainBytes());
        assertTrue(p.inMain(store.find('g')));
        assertTrue(p.inMain(store.find('A')));
        assertTrue(p.inMain(store.find('e')));
        assertFalse(p.inGhost('B'));
        assertEquals(4, p.ghostCount());
    }

    /**
     * Pins a capacity below 10 (capacity 3): the small quota is 0, so small is evicted whenever it is not empty,
     * main only when small is empty; the ghost holds 2 keys ((long) 2.7).
     *
     * <pre>
     *  1-3 abc m   S: c b a
     *  4-5 a H H   a2
     *  6 d m   a moves to main; b evicted to ghost           S: d c   M: a0   G: b
     *  7 b m   ghost -> main; c evicted to ghost             S: d     M: b a  G: c
     *  8 e m   d evicted to ghost                            S: e     G: d c
     *  9 c m   ghost -> main; e evicted to ghost             S: -     M: c b a   G: e d
     * 10 f m   small empty: main's tail a (0) evicted        S: f     M: c b
     * 11 b H
     * 12 g m   f evicted; the ghost keeps 2 keys, d is forgotten   S: g   G: f e
     * 13 d m   not in the ghost -> small; g evicted          S: d     G: g f
     * </pre>
     */
    @Test
    void handTraceCapacityBelowTen() {
        S3FifoPolicy p = new S3FifoPolicy();
        ObjectStore store = new ObjectStore(3, p);
        assertEquals(0, p.smallQuota());
        assertEquals(2, p.ghostQuota());
        assertEquals("mmmHHmmmmmHmm", Replays.replay(store, "abcaadbecfbgd"));
        assertEquals(7, store.evictions());
        assertFalse(p.inMain(store.find('d')));
        assertTrue(p.inMain(store.find('c')));
        assertTrue(p.inMain(store.find('b')));
        assertTrue(p.inGhost('g'));
        assertTrue(p.inGhost('f'));
        assertEquals(2, p.ghostCount());
    }

    /** Pins that a copy removed other than by eviction leaves without entering the ghost. */
    @Test
    void removalIsNotEviction() {
        S3FifoPolicy p = new S3FifoPolicy();
        ObjectStore store = new ObjectStore(10, p);
        Replays.replay(store, "ab");
        store.remove(store.find('a'));
        assertFalse(p.inGhost('a'));
        assertEquals(1, p.smallCount());
        assertEquals(1, p.smallBytes());
        assertEquals("m", Replays.replay(store, "a"));
        assertFalse(p.inMain(store.find('a')));
    }

    /** Pins the hook contract: one store per policy, and no admission without the store's admitting hook first. */
    @Test
    void needsTheStoreHooks() {
        S3FifoPolicy p = new S3FifoPolicy();
        new ObjectStore(10, p);
        assertThrows(IllegalStateException.class, () -> new ObjectStore(10, p));
        S3FifoPolicy bare = new S3FifoPolicy();
        bare.ensureCapacity(4);
        assertThrows(IllegalStateException.class, () -> bare.admitted(0, 'a', 1));
        assertThrows(IllegalArgumentException.class, () -> new S3FifoPolicy(1.0, 0.9, 2));
        assertThrows(IllegalArgumentException.class, () -> new S3FifoPolicy(0.1, 0.9, 4));
    }

    /**
     * Pins the store + S3FifoPolicy against a slow reference (lists and maps, quotas by integer division) on random
     * streams, with unit sizes for every capacity from 1 to 40 (so every rounding of the small queue from 0 to 4) and
     * with sizes up to 7 bytes.
     */
    @Test
    void agreesWithReference() {
        for (int capacity = 1; capacity <= 40; capacity++) {
            Replays.compare(Replays.of(new ObjectStore(capacity, new S3FifoPolicy())), new Reference(capacity),
                    capacity, 4_000, capacity * 4, 1);
        }
        for (long seed = 1; seed <= 10; seed++) {
            int capacity = (int) (10 + seed * 9);
            Replays.compare(Replays.of(new ObjectStore(capacity, new S3FifoPolicy())), new Reference(capacity),
                    100 + seed, 5_000, capacity, 7);
        }
    }

    /** S3-FIFO the obvious way: ArrayLists with index 0 the head (newest), maps for sizes and frequencies. */
    private static final class Reference implements Replays.Cache {
        private final long capacity;
        private final long smallQuota;
        private final long mainQuota;
        private final long ghostQuota;
        private final List<Long> small = new ArrayList<>();
        private final List<Long> main = new ArrayList<>();
        private final List<Long> ghost = new ArrayList<>();
        private final Map<Long, Long> sizes = new HashMap<>();
        private final Map<Long, Long> ghostSizes = new HashMap<>();
        private final Map<Long, Integer> freq = new HashMap<>();
        private long evictions;

        Reference(long capacity) {
            this.capacity = capacity;
            this.smallQuota = capacity / 10;
            this.mainQuota = capacity - smallQuota;
            this.ghostQuota = capacity * 9 / 10;
        }

        private long bytes(List<Long> q) {
            long b = 0;
            for (long k : q) {
                b += sizes.get(k);
            }
            return b;
        }

        @Override
        public boolean request(long key, long size) {
            if (sizes.containsKey(key)) {
                freq.put(key, Math.min(freq.get(key) + 1, 3));
                return true;
            }
            if (size > capacity) {
                return false;
            }
            boolean toMain = ghost.remove(Long.valueOf(key));
            ghostSizes.remove(key);
            while (bytes(small) + bytes(main) + size > capacity) {
                evictOne();
                evictions++;
            }
            sizes.put(key, size);
            freq.put(key, 0);
            (toMain ? main : small).add(0, key);
            return false;
        }

        private void evictOne() {
            while (true) {
                if (bytes(main) > mainQuota || small.isEmpty()) {
                    while (true) {
                        Long t = main.remove(main.size() - 1);
                        int f = freq.get(t);
                        if (f == 0) {
                            forget(t);
                            return;
                        }
                        freq.put(t, f - 1);
                        main.add(0, t);
                    }
                }
                while (!small.isEmpty()) {
                    Long t = small.remove(small.size() - 1);
                    if (freq.get(t) >= 2) {
                        freq.put(t, 0);
                        main.add(0, t);
                        continue;
                    }
                    long s = sizes.get(t);
                    forget(t);
                    if (ghostQuota > 0 && s <= ghostQuota && !ghost.contains(t)) {
                        long g = 0;
                        for (long k : ghost) {
                            g += ghostSizes.get(k);
                        }
                        while (g + s > ghostQuota) {
                            Long old = ghost.remove(ghost.size() - 1);
                            g -= ghostSizes.remove(old);
                        }
                        ghost.add(0, t);
                        ghostSizes.put(t, s);
                    }
                    return;
                }
            }
        }

        private void forget(Long key) {
            sizes.remove(key);
            freq.remove(key);
        }

        @Override
        public void remove(long key) {
            if (sizes.containsKey(key)) {
                small.remove(Long.valueOf(key));
                main.remove(Long.valueOf(key));
                forget(key);
            }
        }

        @Override
        public long evictions() {
            return evictions;
        }
    }
}
