package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LruStackTest {

    private static long ref(LruStack s, long key, long size) {
        int o = s.find(key);
        if (o == LruStack.ABSENT) {
            s.push(key, size);
            return -1;
        }
        return s.reference(o, size);
    }

    /**
     * Pins the stack distances of a hand-computed trace a(2) b(3) c(1) a b b d(4) a: the bytes of the distinct other
     * objects referenced since the previous reference. a after b, c: 3 + 1 = 4; b after c, a: 1 + 2 = 3; b again: 0;
     * a after b, d: 3 + 4 = 7; first references have none (-1 here).
     */
    @Test
    void distancesOfAHandComputedTrace() {
        LruStack s = new LruStack(1_000);
        long a = 1;
        long b = 2;
        long c = 3;
        long d = 4;
        assertEquals(-1, ref(s, a, 2));
        assertEquals(-1, ref(s, b, 3));
        assertEquals(-1, ref(s, c, 1));
        assertEquals(4, ref(s, a, 2));
        assertEquals(3, ref(s, b, 3));
        assertEquals(0, ref(s, b, 3));
        assertEquals(-1, ref(s, d, 4));
        assertEquals(7, ref(s, a, 2));
        assertEquals(4, s.objects());
    }

    /**
     * Pins what an LRU cache filled from the same stack holds: the stack is a(2) d(4) b(3) c(1) from the top, so a
     * cache of 6 bytes holds a and d (2 + 4 = 6; b would make 9), with a the most recent: the next miss of 1 byte
     * evicts d, the least recently used of the two.
     */
    @Test
    void fillKeepsTheTopOfTheStackInRecencyOrder() {
        LruStack s = new LruStack(1_000);
        long[][] trace = {{1, 2}, {2, 3}, {3, 1}, {1, 2}, {2, 3}, {2, 3}, {4, 4}, {1, 2}};
        for (long[] r : trace) {
            ref(s, r[0], r[1]);
        }
        ObjectStore store = new ObjectStore(6, new LruPolicy());
        s.fill(store);
        assertEquals(2, store.count());
        assertEquals(6, store.usedBytes());
        assertNotEquals(ObjectStore.ABSENT, store.find(1));
        assertNotEquals(ObjectStore.ABSENT, store.find(4));
        store.admit(9, 1);
        assertEquals(ObjectStore.ABSENT, store.find(4));
        assertNotEquals(ObjectStore.ABSENT, store.find(1));
    }

    /**
     * Pins the forgetting and the renumbering: with a depth limit of 10 bytes, each step pushes a new unit object i
     * and references i - 1 again, whose distance is then always 2 (i and i - 2 were referenced after i - 1's previous
     * reference), across the renumberings of the line of 1,024 positions (6,000 references). Then 1,100 new objects
     * overflow the line once more: the first of the loop's objects, far deeper than 10 bytes, have been forgotten (they
     * would come back as new), and one referenced 5 objects ago is still at distance 5.
     */
    @Test
    void deepObjectsAreForgottenAndRecentOnesKeepTheirDistance() {
        LruStack s = new LruStack(10);
        for (long key = 0; key < 3_000; key++) {
            ref(s, key, 1);
            if (key >= 1) {
                assertEquals(key == 1 ? 1 : 2, ref(s, key - 1, 1), "at " + key);
            }
        }
        for (long key = 10_000; key < 11_100; key++) {
            ref(s, key, 1);
        }
        assertEquals(LruStack.ABSENT, s.find(2_970));
        assertEquals(LruStack.ABSENT, s.find(5));
        assertEquals(5, ref(s, 11_094, 1));
        assertTrue(s.objects() <= 1_024, "objects kept: " + s.objects());
    }
}
