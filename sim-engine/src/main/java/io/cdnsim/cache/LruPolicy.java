package io.cdnsim.cache;

/** Least recently used: a hit moves the copy to the head; the victim is the tail. */
public final class LruPolicy implements EvictionPolicy {

    private final SlotList recency = new SlotList();

    @Override
    public void ensureCapacity(int slots) {
        recency.ensureCapacity(slots);
    }

    @Override
    public void admitted(int slot) {
        recency.pushHead(slot);
    }

    @Override
    public void hit(int slot) {
        recency.moveToHead(slot);
    }

    @Override
    public long touch(int slot) {
        return recency.touch(slot);
    }

    @Override
    public int victimAfter(int slot) {
        return slot < 0 ? recency.tail() : recency.newer(slot);
    }

    @Override
    public int victim() {
        return recency.tail();
    }

    @Override
    public void removed(int slot) {
        recency.unlink(slot);
    }
}
