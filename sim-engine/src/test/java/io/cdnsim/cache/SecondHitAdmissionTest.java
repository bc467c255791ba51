package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecondHitAdmissionTest {

    /** Answers for a sequence of missed keys: Y = store now, n = not yet. */
    private static String misses(SecondHitAdmission admission, long... keys) {
        StringBuilder out = new StringBuilder();
        for (long k : keys) {
            out.append(admission.admit(k) ? 'Y' : 'n');
        }
        return out.toString();
    }

    /**
     * Pins one cell: only the last missed key is remembered.
     *
     * <pre>
     * 1 n  remembers 1
     * 1 Y  second miss; 1 stays remembered
     * 2 n  overwrites 1
     * 1 n  forgotten: a first request again; overwrites 2
     * 1 Y
     * 1 Y  still remembered (an admitted key is not cleared)
     * </pre>
     */
    @Test
    void oneCellRemembersTheLastMiss() {
        SecondHitAdmission a = new SecondHitAdmission(1);
        assertEquals(1, a.cells());
        assertEquals("nYnnYY", misses(a, 1, 1, 2, 1, 1, 1));
    }

    /**
     * Pins four cells (cell = top two bits of key * 0x9E3779B97F4A7C15): 1 -> cell 2, 2 -> 0, 3 -> 3, 4 -> 1,
     * 5 -> 0 (collides with 2).
     *
     * <pre>
     * 1 2 3 4   n n n n   all four cells filled
     * 1 2 3 4   Y Y Y Y   second requests
     * 5         n         overwrites 2 in cell 0
     * 2         n         forgotten; overwrites 5
     * 1 3 4     Y Y Y     untouched cells still remember
     * 5 2       n n       5 and 2 keep evicting each other
     * </pre>
     */
    @Test
    void collidingKeysOverwriteEachOtherOthersStay() {
        SecondHitAdmission a = new SecondHitAdmission(4);
        assertEquals(2, a.cell(1));
        assertEquals(0, a.cell(2));
        assertEquals(3, a.cell(3));
        assertEquals(1, a.cell(4));
        assertEquals(0, a.cell(5));
        assertEquals("nnnn" + "YYYY" + "n" + "n" + "YYY" + "nn", misses(a, 1, 2, 3, 4, 1, 2, 3, 4, 5, 2, 1, 3, 4, 5, 2));
        assertTrue(a.remembers(2));
        assertFalse(a.remembers(5));
        a.clear();
        assertFalse(a.remembers(1));
        assertEquals("n", misses(a, 1));
    }

    /** Pins rounding of the table size and that any key, including 0 and negatives, is told apart (no false positive). */
    @Test
    void sizesAndKeys() {
        assertEquals(8, new SecondHitAdmission(5).cells());
        assertEquals(8, new SecondHitAdmission(8).cells());
        assertThrows(IllegalArgumentException.class, () -> new SecondHitAdmission(0));
        SecondHitAdmission a = new SecondHitAdmission(1);
        assertEquals("nnYnY", misses(a, 0, -1, -1, 0, 0));
    }

    /**
     * Pins use in front of a store (LRU, capacity 2): "a" requested twice, the one-hit wonders x y z never enter, so
     * the later "a" hits.
     *
     * <pre>
     * a   miss, not stored (first)
     * a   miss, stored (second)
     * x y z   misses, not stored
     * a   hit
     * x   miss, stored (second request of x)
     * a   hit
     * </pre>
     */
    @Test
    void inFrontOfAStore() {
        ObjectStore store = new ObjectStore(2, new LruPolicy());
        SecondHitAdmission admission = new SecondHitAdmission(64);
        StringBuilder out = new StringBuilder();
        for (char c : "aaxyzaxa".toCharArray()) {
            int s = store.find(c);
            if (s != ObjectStore.ABSENT) {
                store.use(s);
                out.append('H');
            } else {
                if (admission.admit(c)) {
                    store.admit(c, 1);
                }
                out.append('m');
            }
        }
        assertEquals("mmmmmHmH", out.toString());
        assertEquals(2, store.count());
        assertEquals(0, store.evictions());
    }
}
