package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    /** Pins get/putNew/remove against java.util.HashMap over a million random operations with clustered keys. */
    @Test
    void agreesWithHashMap() {
        SplittableRandom rnd = new SplittableRandom(3);
        KeyIndex index = new KeyIndex();
        Map<Long, Integer> oracle = new HashMap<>();
        for (int op = 0; op < 1_000_000; op++) {
            long key = rnd.nextBoolean() ? rnd.nextLong(5_000) : rnd.nextLong() * 64;
            Integer expected = oracle.get(key);
            assertEquals(expected == null ? KeyIndex.ABSENT : expected, index.get(key));
            if (expected == null) {
                int slot = rnd.nextInt(1 << 30);
                index.putNew(key, slot);
                oracle.put(key, slot);
            } else if (rnd.nextInt(3) > 0) {
                index.remove(key);
                oracle.remove(key);
            }
            assertEquals(oracle.size(), index.size());
        }
        for (Map.Entry<Long, Integer> e : oracle.entrySet()) {
            assertEquals(e.getValue(), index.get(e.getKey()));
        }
    }

    /** Pins keys that are zero, negative and extreme, and slot 0. */
    @Test
    void handlesAnyKey() {
        KeyIndex index = new KeyIndex();
        long[] keys = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1};
        for (int i = 0; i < keys.length; i++) {
            index.putNew(keys[i], i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, index.get(keys[i]));
        }
        index.remove(0);
        assertEquals(KeyIndex.ABSENT, index.get(0));
        assertEquals(1, index.get(-1));
    }
}
