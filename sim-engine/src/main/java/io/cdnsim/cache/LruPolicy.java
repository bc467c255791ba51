package io.cdnsim.cache;

/**
 * Least recently used: a hit moves the copy to the head; the victim is the tail.
 *
 * <pre>
 * admitted(obj):  push obj at the head of the recency list
 * hit(obj):       move obj to the head
 * victim():       the list's tail (the copy unused for longest)
 * removed(obj):   unlink obj from the list
 * </pre>
 *
 * <p>Read-ahead: the victims follow the list from the tail towards the head; a hit rewrites the links of the copy's
 * two neighbours, which {@link #touch} reads.
 */
public final class LruPolicy implements EvictionPolicy, PolicyReadAhead {

    private final SlotList recency = new SlotList();

    /** Creates an empty policy. */
    public LruPolicy() {
    }

    @Override
    public void ensureCapacity(int slots) {
        recency.ensureCapacity(slots);
    }

    @Override
    public void admitted(int slot, long key, long size) {
        recency.pushHead(slot);
    }

    @Override
    public void hit(int slot, long key, long size) {
        recency.moveToHead(slot);
    }

    @Override
    public int victim() {
        return recency.tail();
    }

    @Override
    public void removed(int slot, long key, long size) {
        recency.unlink(slot);
    }

    /** @return this policy, whose recency order is the victim order */
    @Override
    public PolicyReadAhead readAhead() {
        return this;
    }

    @Override
    public long touch(int slot) {
        return recency.touch(slot);
    }

    @Override
    public int victimAfter(int slot) {
        return slot < 0 ? recency.tail() : recency.newer(slot);
    }
}
