package io.cdnsim.cache;

/**
 * Chooses which copy an {@link ObjectStore} evicts. The store tells the policy about every admission, hit and
 * removal by slot index; the policy names the victim. Implementations keep their state in primitive arrays indexed
 * by slot and allocate nothing per call.
 */
public interface EvictionPolicy {

    /**
     * Makes room for slot indices below {@code slots}.
     *
     * @param slots the number of slots the store may use
     */
    void ensureCapacity(int slots);

    /**
     * A new copy entered the store.
     *
     * @param slot its slot
     */
    void admitted(int slot);

    /**
     * A stored copy was used to answer a request.
     *
     * @param slot its slot
     */
    void hit(int slot);

    /**
     * @return the slot to evict next; only called while the store holds at least one copy
     */
    int victim();

    /**
     * A copy left the store (evicted or replaced).
     *
     * @param slot its slot
     */
    void removed(int slot);

    /**
     * Reads what a hit on the slot would change, changing nothing ({@link ObjectStore#touch}).
     *
     * @param slot a stored copy's slot
     * @return a value read on the way, meaningless
     */
    default long touch(int slot) {
        return 0;
    }

    /**
     * A hint for reading ahead ({@link ObjectStore#touchVictims}): the copy evicted after {@code slot} if nothing
     * else happened to the store first. It may be wrong by the time the eviction comes, and it costs nothing then.
     *
     * @param slot a stored copy's slot, or -1 for the next victim
     * @return a slot, or -1 if the policy gives no hint
     */
    default int victimAfter(int slot) {
        return -1;
    }

    /**
     * @param name a policy name as written in scenario files ({@code lru}, {@code fifo}, {@code lfu}, {@code sieve},
     *             {@code s3fifo})
     * @return a new policy, or null if the name is unknown
     */
    static EvictionPolicy named(String name) {
        switch (name) {
            case "lru":
                return new LruPolicy();
            case "fifo":
                return new FifoPolicy();
            case "lfu":
                return new LfuPolicy();
            case "sieve":
                return new SievePolicy();
            case "s3fifo":
                return new S3FifoPolicy();
            default:
                return null;
        }
    }
}
