package io.cdnsim.cost;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one CDN of several measured in a simulated window (after the warm-up) that its own bill prices: its edges'
 * delivery, the requests viewers sent them, and its own shield's traffic.
 *
 * @param name                   the CDN's name
 * @param deliveredBytesByRegion bytes its edges sent to viewers, per viewer region
 * @param deliveryWindowBytes    bytes its edges sent in each five-minute window from the end of the warm-up
 * @param viewerRequests         requests viewers sent to its edges
 * @param shieldRequests         requests its own shield received (0 without one)
 * @param shieldBytes            bytes its own shield sent (0 without one)
 * @param hasShield              whether it has a shield of its own (its tier at the position of the shield tier)
 */
public record CdnUsage(String name, Map<String, Long> deliveredBytesByRegion, List<Long> deliveryWindowBytes,
                       long viewerRequests, long shieldRequests, long shieldBytes, boolean hasShield) {

    /** Copies the collections; regions in name order. */
    public CdnUsage {
        deliveredBytesByRegion = Collections.unmodifiableMap(new TreeMap<>(deliveredBytesByRegion));
        deliveryWindowBytes = List.copyOf(deliveryWindowBytes);
    }
}
