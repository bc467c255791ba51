package io.cdnsim.cache;

/** First in, first out: hits change nothing; the victim is the oldest admission. */
public final class FifoPolicy implements EvictionPolicy {

    private final SlotList arrivals = new SlotList();

    @Override
    public void ensureCapacity(int slots) {
        arrivals.ensureCapacity(slots);
    }

    @Override
    public void admitted(int slot) {
        arrivals.pushHead(slot);
    }

    @Override
    public void hit(int slot) {
        // FIFO ignores hits by definition.
    }

    @Override
    public int victimAfter(int slot) {
        return slot < 0 ? arrivals.tail() : arrivals.newer(slot);
    }

    @Override
    public int victim() {
        return arrivals.tail();
    }

    @Override
    public void removed(int slot) {
        arrivals.unlink(slot);
    }
}
