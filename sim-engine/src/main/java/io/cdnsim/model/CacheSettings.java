package io.cdnsim.model;

import io.cdnsim.cache.TtlRule;

/**
 * How one cache node behaves.
 *
 * @param capacityBytes capacity of its store in bytes (ignored with a fixed hit ratio)
 * @param eviction      eviction policy name, one of {@link io.cdnsim.cache.EvictionPolicy#NAMES}: {@code lru},
 *                      {@code fifo}, {@code lfu}, {@code sieve} or {@code s3fifo}
 * @param fixedHitRatio if in [0, 1], the node holds no copies and answers each request as a hit with this probability
 *                      (an arithmetic-study tier); negative for a real cache
 * @param ttl           how it clamps the origin's lifetimes
 * @param honorAge      true: a copy's freshness is counted from the response's Date, so a copy from a parent cache
 *                      arrives already aged (RFC 9111 Age); false: from the moment it is filled here
 * @param collapsing    one upstream fetch per object at a time, other requests wait for it
 * @param lockTimeout   how long a collapsed request waits before it goes upstream itself, microseconds
 *                      ({@code Long.MAX_VALUE} for never)
 * @param serviceTime   time to answer from the node, microseconds
 * @param admissionCells 0 to store every fetched object; otherwise "admit on second request" with a table of this
 *                       many cells (a power of two): an object is stored only on its second miss
 * @param prefetch      when a request names the next object its sender will ask for (CMCD {@code nor}) and the node
 *                      holds no copy of it, fetch it in the background
 */
public record CacheSettings(long capacityBytes, String eviction, double fixedHitRatio, TtlRule ttl, boolean honorAge,
                            boolean collapsing, long lockTimeout, long serviceTime, int admissionCells,
                            boolean prefetch) {

    /**
     * Settings of a node that does not prefetch.
     *
     * @param capacityBytes  capacity of its store in bytes
     * @param eviction       eviction policy name
     * @param fixedHitRatio  a fixed hit ratio in [0, 1], or negative for a real cache
     * @param ttl            how it clamps the origin's lifetimes
     * @param honorAge       count freshness from the response's Date
     * @param collapsing     request collapsing
     * @param lockTimeout    how long a collapsed request waits at most, microseconds
     * @param serviceTime    time to answer, microseconds
     * @param admissionCells 0 to store every fetched object, else the cells of "admit on second request"
     */
    public CacheSettings(long capacityBytes, String eviction, double fixedHitRatio, TtlRule ttl, boolean honorAge,
                         boolean collapsing, long lockTimeout, long serviceTime, int admissionCells) {
        this(capacityBytes, eviction, fixedHitRatio, ttl, honorAge, collapsing, lockTimeout, serviceTime,
                admissionCells, false);
    }

    /**
     * Settings that store every fetched object.
     *
     * @param capacityBytes capacity of its store in bytes
     * @param eviction      eviction policy name
     * @param fixedHitRatio a fixed hit ratio in [0, 1], or negative for a real cache
     * @param ttl           how it clamps the origin's lifetimes
     * @param honorAge      count freshness from the response's Date
     * @param collapsing    request collapsing
     * @param lockTimeout   how long a collapsed request waits at most, microseconds
     * @param serviceTime   time to answer, microseconds
     */
    public CacheSettings(long capacityBytes, String eviction, double fixedHitRatio, TtlRule ttl, boolean honorAge,
                         boolean collapsing, long lockTimeout, long serviceTime) {
        this(capacityBytes, eviction, fixedHitRatio, ttl, honorAge, collapsing, lockTimeout, serviceTime, 0);
    }

    /** @return true if this is an arithmetic tier with a fixed hit ratio and no store */
    public boolean hasFixedHitRatio() {
        return fixedHitRatio >= 0;
    }
}
