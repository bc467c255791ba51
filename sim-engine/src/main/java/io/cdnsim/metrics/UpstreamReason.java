package io.cdnsim.metrics;

/**
 * Why a node sent a request to its parent. Every request a node sends upstream has exactly one of these, counted
 * where it starts, so a tier's upstream requests are the sum over the reasons and equal the requests its parents
 * received from it.
 */
public enum UpstreamReason {
    /** A request found no copy (at a fixed-hit-ratio tier: drew a miss) and fetched the object, unconditionally. */
    MISS("miss"),
    /** A request found an expired copy (past stale-while-revalidate) and revalidated it: a conditional request. */
    REFRESH("refresh"),
    /** A request answered STALE within stale-while-revalidate started a revalidation that no request waits on. */
    BACKGROUND("background"),
    /** A 304 came back for a copy evicted while it travelled: the object is fetched again, unconditionally. */
    REFETCH("refetch"),
    /** A collapsed request waited the lock timeout and went upstream on its own (conditional if a copy is held). */
    LOCK_TIMEOUT("lock_timeout"),
    /**
     * A request named the next object its sender will ask for (CMCD {@code nor}) and the node, which prefetches, held
     * no copy of it: it is fetched in the background, for no request. Reports show it only where a node prefetched.
     */
    PREFETCH("prefetch");

    private static final UpstreamReason[] VALUES = values();

    private final String label;

    UpstreamReason(String label) {
        this.label = label;
    }

    /** @return the name used in reports */
    public String label() {
        return label;
    }

    /** @return the number of reasons */
    public static int count() {
        return VALUES.length;
    }
}
