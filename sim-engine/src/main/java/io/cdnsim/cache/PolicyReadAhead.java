package io.cdnsim.cache;

/**
 * The read-ahead part of an {@link EvictionPolicy}: hints the {@link ObjectStore}'s {@link ReadAhead} uses to read,
 * before a block of requests, the memory the policy's hooks and evictions will touch. Nothing here changes the
 * policy or decides anything; a wrong hint costs only a wasted read. A policy offers this part through
 * {@link EvictionPolicy#readAhead()}.
 */
public interface PolicyReadAhead {

    /** No hints: nothing to read for a hit, no victim order. */
    PolicyReadAhead NONE = new PolicyReadAhead() {
        @Override
        public long touch(int slot) {
            return 0;
        }

        @Override
        public int victimAfter(int slot) {
            return -1;
        }
    };

    /**
     * Reads what a hit on the slot would change, changing nothing ({@link ObjectStore#touch}).
     *
     * @param slot a stored copy's slot
     * @return a value read on the way, meaningless
     */
    long touch(int slot);

    /**
     * The copy evicted after {@code slot} if nothing else happened to the store first ({@link
     * ObjectStore#touchVictims}). It may be wrong by the time the eviction comes, and it costs nothing then.
     *
     * @param slot a stored copy's slot, or -1 for the next victim
     * @return a slot, or -1 if the policy gives no hint
     */
    int victimAfter(int slot);
}
