package io.cdnsim.run;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a replication measured, beyond the tier totals, that a bill prices: the bytes delivered per viewer region,
 * the edge's and the origin's bytes per five-minute window, and the time viewers spent watching. Everything counts
 * after the warm-up.
 *
 * @param edgeBytesByRegion bytes the edge nodes sent, by the region they serve (region names in order)
 * @param edgeWindowBytes   bytes the edge tier sent in each five-minute window from the end of the warm-up
 * @param originWindowBytes bytes the origin tier sent in each five-minute window from the end of the warm-up
 * @param viewerSeconds     viewer-seconds of playback (viewers playing at the end of each second, added up), or -1
 *                          for a synthetic request stream
 */
public record Usage(Map<String, Long> edgeBytesByRegion, List<Long> edgeWindowBytes, List<Long> originWindowBytes,
                    long viewerSeconds) {

    /** Copies the collections. */
    public Usage {
        edgeBytesByRegion = Collections.unmodifiableMap(new TreeMap<>(edgeBytesByRegion));
        edgeWindowBytes = List.copyOf(edgeWindowBytes);
        originWindowBytes = List.copyOf(originWindowBytes);
    }
}
