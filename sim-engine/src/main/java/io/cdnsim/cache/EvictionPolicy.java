package io.cdnsim.cache;

import java.util.List;

/**
 * Chooses which copy an {@link ObjectStore} evicts. As libCacheSim hands the request to every hook of a cache
 * ({@code include/libCacheSim/cache.h}), the store hands each hook the request's object: its slot, key and size, as
 * plain values the store holds at that moment (nothing is allocated per call). The policy names the victim.
 *
 * <p>The store calls, in this order:
 * <ol>
 *   <li>{@link #attach(long)} once, from its constructor;</li>
 *   <li>for each admission: {@link #admitting(long, long)} before it evicts anything for the object, then zero or more
 *       {@link #victim()} / {@link #removed(int, long, long)} pairs, then exactly one
 *       {@link #admitted(int, long, long)} for the same object;</li>
 *   <li>{@link #hit(int, long, long)} for each use of a stored copy, {@link #removed(int, long, long)} for each copy
 *       taken out for another reason (replacement, invalidation), and {@link #ensureCapacity(int)} whenever its slots
 *       grow.</li>
 * </ol>
 *
 * <p>Implementations keep their state in primitive arrays indexed by slot and allocate nothing per call. What a
 * policy offers for reading ahead is a separate part, {@link #readAhead()}.
 */
public interface EvictionPolicy {

    /** The names {@link #named} knows, in the order messages list them. */
    List<String> NAMES = List.of("lru", "fifo", "lfu", "sieve", "s3fifo");
    /**
     * S3-FIFO with libCacheSim's rule for large objects ({@link S3FifoPolicy#libCacheSim()}): what
     * {@code cdnsim replay --libcachesim} uses; {@link #named} knows it, scenario files do not.
     */
    String S3FIFO_LIBCACHESIM = "s3fifo-libcachesim";

    /** {@link #verdict}: store the object, evicting what it needs. */
    int STORE = 0;
    /** {@link #verdict}: do not store the object, and evict nothing for it. */
    int REFUSE = 1;
    /** {@link #verdict}: evict as if to store the object, then do not store it. */
    int ROOM_ONLY = 2;

    /**
     * Binds the policy to a store; called once, before anything else.
     *
     * @param capacityBytes the store's capacity in bytes, positive
     */
    default void attach(long capacityBytes) {
    }

    /**
     * Asked first for every object the store is asked to admit (before the store's own check that it fits at all):
     * whether the policy stores it. Every policy stores everything that fits, except libCacheSim's S3-FIFO.
     *
     * @param key  the object key, not stored
     * @param size its size in bytes
     * @return {@link #STORE}, {@link #REFUSE} or {@link #ROOM_ONLY}
     */
    default int verdict(long key, long size) {
        return STORE;
    }

    /**
     * Makes room for slot indices below {@code slots}.
     *
     * @param slots the number of slots the store may use
     */
    void ensureCapacity(int slots);

    /**
     * An object that is not stored will be: called before the store evicts anything to make room for it.
     *
     * @param key  the object key
     * @param size its size in bytes, at most the capacity
     */
    default void admitting(long key, long size) {
    }

    /**
     * A new copy entered the store.
     *
     * @param slot its slot
     * @param key  its object key
     * @param size its size in bytes
     */
    void admitted(int slot, long key, long size);

    /**
     * A stored copy was used to answer a request.
     *
     * @param slot its slot
     * @param key  its object key
     * @param size its size in bytes
     */
    void hit(int slot, long key, long size);

    /**
     * @return the slot to evict next; only called while the store holds at least one copy
     */
    int victim();

    /**
     * A copy left the store (evicted or replaced).
     *
     * @param slot its slot
     * @param key  its object key
     * @param size its size in bytes
     */
    void removed(int slot, long key, long size);

    /**
     * @return what this policy offers for reading ahead; {@link PolicyReadAhead#NONE} unless it overrides this
     */
    default PolicyReadAhead readAhead() {
        return PolicyReadAhead.NONE;
    }

    /**
     * @param name a policy name as written in scenario files, one of {@link #NAMES}
     * @return a new policy
     * @throws IllegalArgumentException if the name is not one of {@link #NAMES}
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
            case S3FIFO_LIBCACHESIM:
                return S3FifoPolicy.libCacheSim();
            default:
                throw new IllegalArgumentException("unknown eviction policy '" + name + "'; known: " + NAMES);
        }
    }
}
