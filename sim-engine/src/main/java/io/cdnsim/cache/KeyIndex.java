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

    /** Pairs: key at {@code 2i}, slot + 1 at {@code 2i + 1} (0 marks an empty cell). */
    private long[] table;
    private int mask;
    private int shift;
    private int size;

    /** Creates an empty index. */
    public KeyIndex() {
        allocate(16);
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
            long v = t[2 * i + 1];
            if (v == 0) {
                return ABSENT;
            }
            if (t[2 * i] == key) {
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
        while (t[2 * i + 1] != 0) {
            i = (i + 1) & mask;
        }
        t[2 * i] = key;
        t[2 * i + 1] = slot + 1L;
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
        while (t[2 * i] != key || t[2 * i + 1] == 0) {
            i = (i + 1) & mask;
        }
        size--;
        int hole = i;
        int j = (i + 1) & mask;
        while (t[2 * j + 1] != 0) {
            int home = index(t[2 * j]);
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                t[2 * hole] = t[2 * j];
                t[2 * hole + 1] = t[2 * j + 1];
                hole = j;
            }
            j = (j + 1) & mask;
        }
        t[2 * hole] = 0;
        t[2 * hole + 1] = 0;
    }

    private int index(long key) {
        return (int) ((key * PHI) >>> shift);
    }

    private void grow() {
        long[] old = table;
        allocate((mask + 1) * 2);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                int j = index(old[i]);
                while (table[2 * j + 1] != 0) {
                    j = (j + 1) & mask;
                }
                table[2 * j] = old[i];
                table[2 * j + 1] = old[i + 1];
            }
        }
    }

    private void allocate(int cells) {
        table = new long[2 * cells];
        mask = cells - 1;
        shift = 64 - Integer.numberOfTrailingZeros(cells);
    }
}
