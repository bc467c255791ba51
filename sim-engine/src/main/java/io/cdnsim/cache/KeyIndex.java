package io.cdnsim.cache;

/**
 * An open-addressing hash map from long keys to non-negative int slots, made for a cache's lookups: linear probing
 * over one {@code long[]} in which each key sits beside its slot, so a lookup usually touches one cache line;
 * Fibonacci hashing; deletion by backward shift, so no tombstones build up. Allocates only when it grows.
 */
public final class KeyIndex {

    /** Returned for a key that is not present. */
    public static final int ABSENT = -1;

    private static final long PHI = 0x9E37_79B9_7F4A_7C15L;
    /** Longs per cell in {@link #table}: the key, then the slot + 1. */
    private static final int CELL = 2;
    /** Offset of a cell's key. */
    private static final int KEY = 0;
    /** Offset of a cell's slot + 1 (0 marks an empty cell). */
    private static final int SLOT = 1;
    /** Cells of a new index; the table doubles whenever it would be more than half full. */
    private static final int INITIAL_CELLS = 16;

    /** Cells: key at {@code CELL * i + KEY}, slot + 1 at {@code CELL * i + SLOT} (0 marks an empty cell). */
    private long[] table;
    private int mask;
    private int shift;
    private int size;

    /** Creates an empty index. */
    public KeyIndex() {
        allocate(INITIAL_CELLS);
    }

    /** @return number of keys */
    public int size() {
        return size;
    }

    /**
     * @param key a key
     * @return its slot, or {@link #ABSENT}
     */
    public int get(long key) {
        long[] t = table;
        int i = index(key);
        while (true) {
            long v = t[CELL * i + SLOT];
            if (v == 0) {
                return ABSENT;
            }
            if (t[CELL * i + KEY] == key) {
                return (int) (v - 1);
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Adds a key that is not present.
     *
     * @param key  the key
     * @param slot its slot, 0 or more
     */
    public void putNew(long key, int slot) {
        if (size + 1 > (mask + 1) / 2) {
            grow();
        }
        long[] t = table;
        int i = index(key);
        while (t[CELL * i + SLOT] != 0) {
            i = (i + 1) & mask;
        }
        t[CELL * i + KEY] = key;
        t[CELL * i + SLOT] = slot + 1L;
        size++;
    }

    /**
     * Removes a key that is present.
     *
     * @param key the key
     */
    public void remove(long key) {
        long[] t = table;
        int i = index(key);
        while (t[CELL * i + KEY] != key || t[CELL * i + SLOT] == 0) {
            i = (i + 1) & mask;
        }
        size--;
        int hole = i;
        int j = (i + 1) & mask;
        while (t[CELL * j + SLOT] != 0) {
            int home = index(t[CELL * j + KEY]);
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                t[CELL * hole + KEY] = t[CELL * j + KEY];
                t[CELL * hole + SLOT] = t[CELL * j + SLOT];
                hole = j;
            }
            j = (j + 1) & mask;
        }
        t[CELL * hole + KEY] = 0;
        t[CELL * hole + SLOT] = 0;
    }

    private int index(long key) {
        return (int) ((key * PHI) >>> shift);
    }

    private void grow() {
        long[] old = table;
        allocate((mask + 1) * 2);
        for (int i = 0; i < old.length; i += CELL) {
            if (old[i + SLOT] != 0) {
                int j = index(old[i + KEY]);
                while (table[CELL * j + SLOT] != 0) {
                    j = (j + 1) & mask;
                }
                table[CELL * j + KEY] = old[i + KEY];
                table[CELL * j + SLOT] = old[i + SLOT];
            }
        }
    }

    private void allocate(int cells) {
        table = new long[CELL * cells];
        mask = cells - 1;
        shift = Long.SIZE - Integer.numberOfTrailingZeros(cells);
    }
}
