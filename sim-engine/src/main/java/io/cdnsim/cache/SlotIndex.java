package io.cdnsim.cache;

/**
 * The index of an {@link ObjectStore}: from an object's key to the slot of its copy. An open-addressing table with
 * linear probing and Fibonacci hashing, whose cells are ints: the keys are not in the table but in the store's own
 * records, and a cell holds the slot + 1 (0 marks an empty cell) with, in the bits the slot numbers leave free, a tag
 * taken from the key's hash. A probe reads a key from the records only when the tag matches, so looking up a key,
 * present or not, seldom reads more than one record; and the table is a quarter of one that held the keys, which
 * keeps it in the processor's cache for caches of a few hundred thousand copies. Deletion by backward shift.
 *
 * <p>The store tells the index whenever its records move or its slots grow ({@link #records}); with more slots the
 * tags get fewer bits, and the cells are rebuilt.
 */
final class SlotIndex {

    /** Returned for a key that is not present. */
    static final int ABSENT = -1;

    private static final long PHI = 0x9E37_79B9_7F4A_7C15L;
    /** Cells of a new index; the table doubles whenever it would be more than half full. */
    private static final int INITIAL_CELLS = 16;
    /** The most bits a cell gives to the slot number (a cell is an int; the rest holds the tag). */
    private static final int MAX_SLOT_BITS = 31;

    private final int stride;
    private long[] records = new long[0];
    private int[] cells;
    private int mask;
    private int shift;
    private int size;
    private int slotBits = 1;
    private int slotMask = 1;
    private int tagMask;

    /** @param stride longs per record in the store's records, the key first */
    SlotIndex(int stride) {
        this.stride = stride;
        setSlotBits(1);
        allocate(INITIAL_CELLS);
    }

    /** @return number of keys */
    int size() {
        return size;
    }

    /**
     * Takes the store's records, after they moved or grew.
     *
     * @param newRecords   the records, key at {@code stride * slot}
     * @param slotCapacity how many slots they hold
     */
    void records(long[] newRecords, int slotCapacity) {
        this.records = newRecords;
        int bits = Math.min(MAX_SLOT_BITS, Integer.SIZE - Integer.numberOfLeadingZeros(slotCapacity));
        if (bits > slotBits) {
            int[] old = cells;
            int oldSlotMask = slotMask;
            setSlotBits(bits);
            rehash(old, oldSlotMask, cells.length);
        }
    }

    /**
     * @param key a key
     * @return its slot, or {@link #ABSENT}
     */
    int get(long key) {
        long h = key * PHI;
        int i = (int) (h >>> shift);
        int tag = tagOf(h);
        int[] c = cells;
        while (true) {
            int cell = c[i];
            if (cell == 0) {
                return ABSENT;
            }
            if (cell >>> slotBits == tag) {
                int slot = (cell & slotMask) - 1;
                if (records[stride * slot] == key) {
                    return slot;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * The first stage of reading a key's entry ahead ({@link ObjectStore#touchAll}): the cell at the key's home, read
     * without a look at the records, so that the reads for many keys overlap.
     *
     * @param key a key
     * @return the content of its home cell
     */
    int homeCell(long key) {
        return cells[(int) ((key * PHI) >>> shift)];
    }

    /**
     * The second stage: the slot a home cell names if its tag is the key's (the key may still be another one, or sit
     * further along; this is a hint, not a lookup).
     *
     * @param key  the key
     * @param cell what {@link #homeCell} read for it
     * @return the slot, or {@link #ABSENT}
     */
    int candidate(long key, int cell) {
        return cell != 0 && cell >>> slotBits == tagOf(key * PHI) ? (cell & slotMask) - 1 : ABSENT;
    }

    /**
     * Adds a key that is not present; its record must already hold it.
     *
     * @param key  the key
     * @param slot its slot
     */
    void putNew(long key, int slot) {
        if (size + 1 > (mask + 1) / 2) {
            rehash(cells, slotMask, 2 * cells.length);
        }
        place(key, slot + 1);
        size++;
    }

    /**
     * Removes a key that is present; its record must still hold it, and the records of the others theirs.
     *
     * @param key the key
     */
    void remove(long key) {
        long h = key * PHI;
        int i = (int) (h >>> shift);
        int tag = tagOf(h);
        int[] c = cells;
        while (c[i] >>> slotBits != tag || records[stride * ((c[i] & slotMask) - 1)] != key) {
            i = (i + 1) & mask;
        }
        size--;
        int hole = i;
        int j = (i + 1) & mask;
        while (c[j] != 0) {
            int home = (int) ((records[stride * ((c[j] & slotMask) - 1)] * PHI) >>> shift);
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                c[hole] = c[j];
                hole = j;
            }
            j = (j + 1) & mask;
        }
        c[hole] = 0;
    }

    private int tagOf(long hash) {
        return (int) (hash >>> (shift - (Integer.SIZE - slotBits))) & tagMask;
    }

    private void place(long key, int slotPlusOne) {
        long h = key * PHI;
        int i = (int) (h >>> shift);
        while (cells[i] != 0) {
            i = (i + 1) & mask;
        }
        cells[i] = (tagOf(h) << slotBits) | slotPlusOne;
    }

    private void setSlotBits(int bits) {
        slotBits = bits;
        slotMask = bits == MAX_SLOT_BITS ? Integer.MAX_VALUE : (1 << bits) - 1;
        tagMask = (int) ((1L << (Integer.SIZE - bits)) - 1);
    }

    /** Rebuilds the table with {@code length} cells from old cells whose slots are under {@code oldSlotMask}. */
    private void rehash(int[] old, int oldSlotMask, int length) {
        allocate(length);
        for (int cell : old) {
            if (cell != 0) {
                int slotPlusOne = cell & oldSlotMask;
                place(records[stride * (slotPlusOne - 1)], slotPlusOne);
            }
        }
    }

    private void allocate(int length) {
        cells = new int[length];
        mask = length - 1;
        shift = Long.SIZE - Integer.numberOfTrailingZeros(length);
    }
}
