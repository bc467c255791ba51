package io.cdnsim.cache;

/**
 * First in, first out: hits change nothing; the victim is the oldest admission.
 *
 * <pre>
 * admitted(obj):  push obj at the head of the queue
 * hit(obj):       nothing
 * victim():       the queue's tail (the oldest admission)
 * removed(obj):   unlink obj from the queue
 * </pre>
 *
 * <p>Read-ahead: the victims follow the queue from the tail towards the head; a hit changes nothing, so there is
 * nothing to read for it.
 */
public final class FifoPolicy implements EvictionPolicy, PolicyReadAhead {

    private final SlotList arrivals = new SlotList();

    /** Creates an empty policy. */
    public FifoPolicy() {
    }

    @Override
    public void ensureCapacity(int slots) {
        arrivals.ensureCapacity(slots);
    }

    @Override
    public void admitted(int slot, long key, long size) {
        arrivals.pushHead(slot);
    }

    @Override
    public void hit(int slot, long key, long size) {
        // FIFO ignores hits by definition.
    }

    @Override
    public int victim() {
        return arrivals.tail();
    }

    @Override
    public void removed(int slot, long key, long size) {
        arrivals.unlink(slot);
    }

    /** @return this policy, whose queue order is the victim order */
    @Override
    public PolicyReadAhead readAhead() {
        return this;
    }

    @Override
    public long touch(int slot) {
        return 0;
    }

    @Override
    public int victimAfter(int slot) {
        return slot < 0 ? arrivals.tail() : arrivals.newer(slot);
    }
}
