package io.cdnsim.cache;

import java.util.Arrays;

/**
 * The storage of one cache node: copies of objects up to a capacity in bytes, evicted in the order an
 * {@link EvictionPolicy} names. Besides the bytes it keeps, for each copy, the time its freshness is counted from
 * (the response's Date) and the version it holds; the node that owns the store turns the date into expiry times with
 * its own TTL rules.
 *
 * <p>Copies live in slots: one {@code long[]} holds each slot's key, size, date and version side by side (32 bytes,
 * half a cache line), so answering from a copy touches one line of it; an open-addressing {@link SlotIndex} of ints,
 * the keys staying in the records, finds a key's slot. Lookups, admissions and evictions allocate nothing once the arrays have grown.
 */
public final class ObjectStore implements ReadAhead {

    /** The slot returned for a key that is not stored. */
    public static final int ABSENT = -1;

    /** Longs per slot in {@link #records}: key, size, date, version (32 bytes, half a 64-byte cache line). */
    private static final int STRIDE = 4;
    /** Offset of a slot's key in its record. */
    private static final int KEY = 0;
    /** Offset of a slot's size in bytes in its record. */
    private static final int SIZE = 1;
    /** Offset of a slot's date (the time its freshness is counted from) in its record. */
    private static final int DATE = 2;
    /** Offset of a slot's version in its record. */
    private static final int VERSION = 3;
    /** Slots the arrays first grow to; they double after that. */
    private static final int INITIAL_SLOTS = 64;

    private final long capacityBytes;
    private final EvictionPolicy policy;
    /** The policy's read-ahead part ({@link EvictionPolicy#readAhead()}), used only by the read-ahead methods. */
    private final PolicyReadAhead readAhead;

    private final SlotIndex index = new SlotIndex(STRIDE);

    private long[] records = new long[0];
    private int[] freeSlots = new int[0];
    private int freeCount;
    private int slotsUsed;

    private long usedBytes;
    private long evictions;

    /**
     * @param capacityBytes the capacity in bytes
     * @param policy        the eviction policy, used by this store only
     */
    public ObjectStore(long capacityBytes, EvictionPolicy policy) {
        if (capacityBytes <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacityBytes);
        }
        this.capacityBytes = capacityBytes;
        this.policy = policy;
        this.readAhead = policy.readAhead();
        policy.attach(capacityBytes);
    }

    /**
     * @param key an object key
     * @return the slot of its copy, or {@link #ABSENT}; does not count as a use
     */
    public int find(long key) {
        return index.get(key);
    }

    /**
     * Reads a key's index cell and, if stored, its slot's record and recency links, changing nothing: a lookup of the
     * same key soon after finds them in the processor's cache.
     *
     * @param key an object key
     * @return a value read on the way, meaningless (so the reads are not optimized away)
     */
    @Override
    public long touch(long key) {
        int slot = index.get(key);
        return slot == ABSENT ? 0 : records[STRIDE * slot + DATE] + readAhead.touch(slot);
    }

    /**
     * Reads ahead what lookups of many keys will read (their index cells, their records, their recency links),
     * changing nothing, in three passes whose reads do not depend on each other within a pass, so that the processor
     * waits for main memory about three times for the block instead of three times per key.
     *
     * @param keys    the keys
     * @param n       how many of them
     * @param scratch room for {@code n} ints
     * @return a value read on the way, meaningless (so the reads are not optimized away)
     */
    @Override
    public long touchAll(long[] keys, int n, int[] scratch) {
        for (int i = 0; i < n; i++) {
            scratch[i] = index.homeCell(keys[i]);
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int slot = index.candidate(keys[i], scratch[i]);
            scratch[i] = slot;
            if (slot != ABSENT) {
                sum += records[STRIDE * slot + KEY];
            }
        }
        for (int i = 0; i < n; i++) {
            if (scratch[i] != ABSENT) {
                sum += readAhead.touch(scratch[i]);
            }
        }
        return sum;
    }

    /**
     * Reads the records and index cells of the next copies the policy would evict ({@link
     * PolicyReadAhead#victimAfter}), changing nothing: evictions that follow find them in the processor's cache. An
     * eviction's reads are the coldest of all, the least recently used copy being the one nobody read for longest.
     *
     * @param n how many victims ahead
     * @return a value read on the way, meaningless (so the reads are not optimized away)
     */
    @Override
    public long touchVictims(int n) {
        long sum = 0;
        int slot = readAhead.victimAfter(-1);
        for (int i = 0; i < n && slot >= 0; i++) {
            sum += index.get(records[STRIDE * slot + KEY]);
            slot = readAhead.victimAfter(slot);
        }
        return sum;
    }

    /**
     * Records that a stored copy answered a request (an LRU policy moves it to the front).
     *
     * @param slot a slot returned by {@link #find}
     */
    public void use(int slot) {
        policy.hit(slot, records[STRIDE * slot + KEY], records[STRIDE * slot + SIZE]);
    }

    /**
     * Stores a copy of an object that is not stored yet (check with {@link #find}; {@link #remove} a copy to replace
     * it), evicting others in the policy's order until it fits. An object larger than the whole capacity is not
     * stored, nor one the policy refuses ({@link EvictionPolicy#verdict}).
     *
     * @param key  the object key, not stored
     * @param size its size in bytes
     * @return the new copy's slot, or {@link #ABSENT} if it cannot fit at all or the policy does not store it
     */
    public int admit(long key, long size) {
        int verdict = policy.verdict(key, size);
        if (size > capacityBytes || verdict == EvictionPolicy.REFUSE) {
            return ABSENT;
        }
        policy.admitting(key, size);
        while (usedBytes + size > capacityBytes) {
            remove(policy.victim());
            evictions++;
        }
        if (verdict == EvictionPolicy.ROOM_ONLY) {
            return ABSENT;
        }
        int slot = allocateSlot();
        records[STRIDE * slot + KEY] = key;
        records[STRIDE * slot + SIZE] = size;
        usedBytes += size;
        index.putNew(key, slot);
        policy.admitted(slot, key, size);
        return slot;
    }

    /**
     * Records what a copy holds.
     *
     * @param slot    the copy
     * @param date    time its freshness is counted from, microseconds
     * @param version the object version it holds
     */
    public void setValidated(int slot, long date, long version) {
        records[STRIDE * slot + DATE] = date;
        records[STRIDE * slot + VERSION] = version;
    }

    /**
     * Removes a copy.
     *
     * @param slot the copy
     */
    public void remove(int slot) {
        long key = records[STRIDE * slot + KEY];
        long size = records[STRIDE * slot + SIZE];
        policy.removed(slot, key, size);
        index.remove(key);
        usedBytes -= size;
        freeSlots[freeCount++] = slot;
    }

    /** Removes every copy (a node that comes back from a failure with an empty cache). */
    public void clear() {
        boolean[] free = new boolean[slotsUsed];
        for (int i = 0; i < freeCount; i++) {
            free[freeSlots[i]] = true;
        }
        for (int slot = 0; slot < slotsUsed; slot++) {
            if (!free[slot]) {
                remove(slot);
            }
        }
    }

    /**
     * @param slot a copy
     * @return its size in bytes
     */
    public long size(int slot) {
        return records[STRIDE * slot + SIZE];
    }

    /**
     * @param slot a copy
     * @return the time its freshness is counted from
     */
    public long date(int slot) {
        return records[STRIDE * slot + DATE];
    }

    /**
     * @param slot a copy
     * @return the version it holds
     */
    public long version(int slot) {
        return records[STRIDE * slot + VERSION];
    }

    /** @return bytes stored */
    public long usedBytes() {
        return usedBytes;
    }

    /** @return capacity in bytes */
    public long capacityBytes() {
        return capacityBytes;
    }

    /** @return number of copies stored */
    public int count() {
        return index.size();
    }

    /** @return copies evicted to make room so far */
    public long evictions() {
        return evictions;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == freeSlots.length) {
            int capacity = Math.max(INITIAL_SLOTS, freeSlots.length * 2);
            records = Arrays.copyOf(records, STRIDE * capacity);
            index.records(records, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
            policy.ensureCapacity(capacity);
        }
        return slotsUsed++;
    }
}
