package io.cdnsim.cache;

import java.util.Arrays;

/**
 * A FIFO of keys without data, bounded by the sum of the sizes of the objects it remembers (S3-FIFO's ghost queue, as
 * libCacheSim keeps it: a FIFO "cache" of the evicted objects' ids and sizes). Adding a key that does not fit evicts the
 * oldest keys until it does; adding a key already present changes nothing; a key larger than the whole capacity is not
 * added; removing a key frees its bytes at once. Entries live in pooled slots, a {@link KeyIndex} finds them, so nothing
 * is allocated except when the pool grows.
 */
final class GhostFifo {

    /** Entries the pool first grows to; it doubles after that. */
    private static final int INITIAL_ENTRIES = 16;

    private final long capacityBytes;
    private final KeyIndex index = new KeyIndex();
    private final SlotList order = new SlotList();
    private long[] keys = new long[0];
    private long[] sizes = new long[0];
    private int[] free = new int[0];
    private int freeCount;
    private int used;
    private long bytes;

    /** @param capacityBytes the most bytes of objects remembered; 0 remembers nothing (not even empty objects) */
    GhostFifo(long capacityBytes) {
        this.capacityBytes = capacityBytes;
    }

    /**
     * Remembers a key, forgetting the oldest ones until its size fits.
     *
     * @param key  the key
     * @param size the size of the object it stood for
     */
    void add(long key, long size) {
        if (capacityBytes == 0 || size > capacityBytes || index.get(key) != KeyIndex.ABSENT) {
            return;
        }
        while (bytes + size > capacityBytes) {
            drop(order.tail());
        }
        int e = allocate();
        keys[e] = key;
        sizes[e] = size;
        bytes += size;
        index.putNew(key, e);
        order.pushHead(e);
    }

    /**
     * Forgets a key if present.
     *
     * @param key the key
     * @return whether it was present
     */
    boolean remove(long key) {
        int e = index.get(key);
        if (e == KeyIndex.ABSENT) {
            return false;
        }
        drop(e);
        return true;
    }

    /**
     * @param key a key
     * @return whether it is remembered
     */
    boolean contains(long key) {
        return index.get(key) != KeyIndex.ABSENT;
    }

    /** @return number of keys remembered */
    int count() {
        return index.size();
    }

    /** @return sum of the sizes of the keys remembered */
    long bytes() {
        return bytes;
    }

    private void drop(int e) {
        order.unlink(e);
        index.remove(keys[e]);
        bytes -= sizes[e];
        free[freeCount++] = e;
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == keys.length) {
            int capacity = Math.max(INITIAL_ENTRIES, keys.length * 2);
            keys = Arrays.copyOf(keys, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
            free = Arrays.copyOf(free, capacity);
            order.ensureCapacity(capacity);
        }
        return used++;
    }
}
