package io.cdnsim.run;

import io.cdnsim.metrics.NodeStats;
import io.cdnsim.metrics.Outcome;

/**
 * One tier's figures after a run.
 *
 * @param name                  tier name ({@code origin} for the origins)
 * @param nodes                 number of nodes
 * @param isOrigin              whether this is the origin tier
 * @param stats                 the nodes' statistics added up
 * @param peakRequestsPerSecond most requests that arrived in one second after the warm-up
 * @param peakBytesPerSecond    most bytes sent in one second after the warm-up
 * @param storedBytes           bytes held at the end
 * @param capacityBytes         total capacity (0 for fixed-hit-ratio tiers and origins)
 * @param evictions             copies evicted during the whole run
 */
public record TierResult(String name, int nodes, boolean isOrigin, NodeStats stats, long peakRequestsPerSecond,
                         long peakBytesPerSecond, long storedBytes, long capacityBytes, long evictions) {

    /** @return requests that arrived */
    public long requests() {
        return stats.requests();
    }

    /**
     * Request cache-hit ratio: requests answered without a full upstream fetch of their own (HIT, COLLAPSED,
     * REFRESH_HIT, STALE) over requests answered.
     *
     * @return the ratio, NaN with no requests
     */
    public double hitRatio() {
        long hits = 0;
        long all = 0;
        for (Outcome o : Outcome.values()) {
            long n = stats.outcomes(o);
            all += n;
            if (o.isHit()) {
                hits += n;
            }
        }
        return all == 0 ? Double.NaN : (double) hits / all;
    }

    /**
     * Byte hit ratio: bytes sent downstream that did not arrive from upstream for that request (everything but MISS
     * bodies) over bytes sent.
     *
     * @return the ratio, NaN with no bytes
     */
    public double byteHitRatio() {
        long all = stats.bytesOut();
        return all == 0 ? Double.NaN : 1.0 - (double) stats.bytesOut(Outcome.MISS) / all;
    }
}
