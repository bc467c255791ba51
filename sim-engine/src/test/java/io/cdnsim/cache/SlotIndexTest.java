package io.cdnsim.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The store's index of ints against a HashMap, with the keys kept in records as the store keeps them. */
class SlotIndexTest {

    private static final int STRIDE = 4;

    /**
     * Pins lookups, additions and removals (backward shift) against a HashMap over 200,000 random operations on keys
     * from a small range (so keys come back after removal) and from the whole long range (negative keys too), while
     * the records grow from 64 slots to 65,536 (the tags lose bits and the cells are rebuilt each time).
     */
    @Test
    void agreesWithAHashMapWhileTheSlotsGrow() {
        check(64, false);
    }

    /**
     * Pins the same with slots announced up to 2^30 from the start: one bit of tag is left, so about every other
     * probe of another key matches its tag and must be told apart by the key in its record.
     */
    @Test
    void agreesWithAHashMapWhenTagsAlmostAlwaysMatch() {
        check(1 << 30, true);
    }

    private static void check(int firstCapacity, boolean fixed) {
        SplittableRandom rnd = new SplittableRandom(3);
        SlotIndex index = new SlotIndex(STRIDE);
        int capacity = firstCapacity;
        long[] records = new long[STRIDE * Math.min(capacity, 1 << 17)];
        index.records(records, capacity);
        Map<Long, Integer> oracle = new HashMap<>();
        List<Integer> freeSlots = new ArrayList<>();
        int used = 0;
        for (int op = 0; op < 200_000; op++) {
            long key = rnd.nextBoolean() ? rnd.nextInt(5_000) : rnd.nextLong();
            Integer expected = oracle.get(key);
            assertEquals(expected == null ? SlotIndex.ABSENT : expected, index.get(key), "op " + op);
            if (expected != null && rnd.nextInt(3) == 0) {
                index.remove(key);
                oracle.remove(key);
                freeSlots.add(expected);
            } else if (expected == null && oracle.size() < 60_000) {
                int slot;
                if (!freeSlots.isEmpty()) {
                    slot = freeSlots.remove(freeSlots.size() - 1);
                } else {
                    slot = used++;
                    if (!fixed && slot == capacity) {
                        capacity *= 2;
                        records = Arrays.copyOf(records, STRIDE * capacity);
                        index.records(records, capacity);
                    }
                }
                records[STRIDE * slot] = key;
                index.putNew(key, slot);
                oracle.put(key, slot);
            }
            assertEquals(oracle.size(), index.size());
        }
        for (Map.Entry<Long, Integer> e : oracle.entrySet()) {
            assertEquals(e.getValue(), index.get(e.getKey()));
        }
    }
}
