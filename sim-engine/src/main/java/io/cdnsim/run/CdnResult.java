package io.cdnsim.run;

import io.cdnsim.player.QoeStats;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One CDN's figures after a run through several (N8): its own tiers, edge first, each the sum of its nodes in that
 * tier (the tiers they share and the origin are in the run's tiers only), the experience of the viewers it served,
 * and its edge's traffic over time, counted per second in its own columns of the time series.
 *
 * @param name              the CDN's name
 * @param tiers             its tiers, edge first, named as its topology names them, with their peaks per second
 *                          after the warm-up
 * @param qoe               the sessions whose edge (at their end) was one of its POPs, or null for a run without
 *                          players
 * @param p95EdgeBytes      the 95th percentile of the bytes its edges sent per second after the warm-up (the seconds
 *                          sorted, the highest twentieth dropped, the highest left), 0 with no measured second
 * @param edgeBytesByRegion bytes its edges sent after the warm-up, by the region they serve (names in order)
 * @param edgeWindowBytes   bytes its edges sent in each five-minute window from the end of the warm-up
 */
public record CdnResult(String name, List<TierResult> tiers, QoeStats qoe, long p95EdgeBytes,
                        Map<String, Long> edgeBytesByRegion, List<Long> edgeWindowBytes) {

    /** Copies the collections. */
    public CdnResult {
        tiers = List.copyOf(tiers);
        edgeBytesByRegion = Collections.unmodifiableMap(new TreeMap<>(edgeBytesByRegion));
        edgeWindowBytes = List.copyOf(edgeWindowBytes);
    }

    /**
     * A CDN's tiers and viewers without its traffic over time.
     *
     * @param name  the CDN's name
     * @param tiers its tiers, edge first
     * @param qoe   its viewers' experience, or null
     */
    public CdnResult(String name, List<TierResult> tiers, QoeStats qoe) {
        this(name, tiers, qoe, 0, Map.of(), List.of());
    }

    /** @return its edge tier */
    public TierResult edge() {
        return tiers.get(0);
    }

    /** @return viewers it served: sessions ended at one of its edges (0 without players) */
    public long viewers() {
        return qoe == null ? 0 : qoe.sessions();
    }

    /** @return its edges' busiest second after the warm-up, Gbit/s (bytes × 8 / 10⁹) */
    public double peakEdgeGbps() {
        return edge().peakBytesPerSecond() * 8 / 1e9;
    }

    /** @return the 95th percentile of its edges' Gbit/s per second after the warm-up */
    public double p95EdgeGbps() {
        return p95EdgeBytes * 8 / 1e9;
    }

    /**
     * @param tier the name of one of its tiers
     * @return that tier, or null if it has none of that name
     */
    public TierResult tier(String tier) {
        for (TierResult t : tiers) {
            if (t.name().equals(tier)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The rule of {@link #p95EdgeBytes}: with n values, the floor(n / 20) highest are dropped and the highest left is
     * the 95th percentile (as 95th-percentile billing reads five-minute samples).
     *
     * @param values any values
     * @return their 95th percentile, 0 with none
     */
    public static long percentile95(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length - 1 - sorted.length / 20];
    }
}
