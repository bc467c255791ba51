package io.cdnsim.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A month of traffic as a price applies to it: bytes per viewer region, and the bytes of each five-minute window of
 * the month (for 95th-percentile billing).
 *
 * @param bytesByRegion bytes per region; the key {@value #ANY_REGION} holds bytes of no particular region (a baseline,
 *                      or an origin's egress)
 * @param windowBytes   bytes in each five-minute window of the month, {@link Projection#WINDOWS_PER_MONTH} of them
 */
public record Traffic(Map<String, BigDecimal> bytesByRegion, List<BigDecimal> windowBytes) {

    /** The region key of bytes that belong to no region, and of a price table for every region without its own. */
    public static final String ANY_REGION = "*";

    /** Copies the collections, regions in name order. */
    public Traffic {
        bytesByRegion = java.util.Collections.unmodifiableMap(new TreeMap<>(bytesByRegion));
        windowBytes = List.copyOf(windowBytes);
    }

    /** @return bytes in all regions */
    public BigDecimal totalBytes() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal b : bytesByRegion.values()) {
            sum = sum.add(b);
        }
        return sum;
    }
}
