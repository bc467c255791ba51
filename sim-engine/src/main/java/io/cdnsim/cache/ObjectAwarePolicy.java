package io.cdnsim.cache;

/**
 * An {@link EvictionPolicy} that also needs the store's byte capacity and the key and size of each object it admits,
 * such as {@link S3FifoPolicy} (whose small queue is a share of the bytes and whose ghost queue remembers keys). Plain
 * policies see only slots; an {@link ObjectStore} whose policy implements this interface additionally calls:
 *
 * <ol>
 *   <li>{@link #attach(long)} once, from the store's constructor;</li>
 *   <li>{@link #admitting(long, long)} at the start of every {@link ObjectStore#admit} that will store the object
 *       (after the check that the object fits at all, before the first {@link #victim()} it asks for). The call is
 *       followed by zero or more {@link #victim()} / {@link #removed(int)} pairs and then exactly one
 *       {@link #admitted(int)} for the same object.</li>
 * </ol>
 *
 * <p>Stores that do not know this interface never call these methods; a policy implementing it may then refuse to
 * work, as {@link S3FifoPolicy} does.
 */
public interface ObjectAwarePolicy extends EvictionPolicy {

    /**
     * Binds the policy to a store; called once, before anything else.
     *
     * @param capacityBytes the store's capacity in bytes, positive
     */
    void attach(long capacityBytes);

    /**
     * Announces the object the next {@link #admitted(int)} will store, before the store evicts anything for it.
     *
     * @param key  the object key
     * @param size its size in bytes, at most the capacity
     */
    void admitting(long key, long size);
}
