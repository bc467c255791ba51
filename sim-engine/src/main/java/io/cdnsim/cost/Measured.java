package io.cdnsim.cost;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a simulated window measured that a bill prices, after the warm-up.
 *
 * @param micros                      length of the measured window, microseconds
 * @param deliveredBytesByRegion      bytes the edges sent to viewers, per viewer region
 * @param deliveryWindowBytes         bytes the edges sent in each five-minute window from the end of the warm-up
 * @param viewerRequests              requests viewers sent to the edges
 * @param shieldRequests              requests the shield tier received (0 without a shield)
 * @param shieldBytes                 bytes the shield tier sent to the edges (0 without a shield)
 * @param originBytes                 bytes the origin sent (its egress)
 * @param originWindowBytes           bytes the origin sent in each five-minute window from the end of the warm-up
 * @param originPeakRequestsPerSecond most requests that reached the origin in one second
 * @param viewerSeconds               seconds of video the viewers watched, or -1 where there are no viewers to ask
 *                                    (a synthetic request stream)
 * @param hasShield                   whether the deployment has a shield tier (without one, a bill has no shield line)
 * @param cdns                        each CDN's own part of the figures above, when the network is several CDNs (else
 *                                    empty): the figures above stay the network's, so a shield the CDNs share is the
 *                                    shield's figures less the CDNs' own shields'
 */
public record Measured(long micros, Map<String, Long> deliveredBytesByRegion, List<Long> deliveryWindowBytes,
                       long viewerRequests, long shieldRequests, long shieldBytes, long originBytes,
                       List<Long> originWindowBytes, long originPeakRequestsPerSecond, long viewerSeconds,
                       boolean hasShield, List<CdnUsage> cdns) {

    /** Copies the collections; regions in name order. */
    public Measured {
        if (micros <= 0) {
            throw new IllegalArgumentException("a measured window lasts more than 0 s");
        }
        deliveredBytesByRegion = Collections.unmodifiableMap(new TreeMap<>(deliveredBytesByRegion));
        deliveryWindowBytes = List.copyOf(deliveryWindowBytes);
        originWindowBytes = List.copyOf(originWindowBytes);
        cdns = List.copyOf(cdns);
    }

    /**
     * What a network of one CDN measured.
     *
     * @param micros                      length of the measured window, microseconds
     * @param deliveredBytesByRegion      bytes the edges sent to viewers, per viewer region
     * @param deliveryWindowBytes         bytes the edges sent in each five-minute window
     * @param viewerRequests              requests viewers sent to the edges
     * @param shieldRequests              requests the shield tier received
     * @param shieldBytes                 bytes the shield tier sent
     * @param originBytes                 bytes the origin sent
     * @param originWindowBytes           bytes the origin sent in each five-minute window
     * @param originPeakRequestsPerSecond most requests that reached the origin in one second
     * @param viewerSeconds               seconds of video watched, or -1
     * @param hasShield                   whether the deployment has a shield tier
     */
    public Measured(long micros, Map<String, Long> deliveredBytesByRegion, List<Long> deliveryWindowBytes,
                    long viewerRequests, long shieldRequests, long shieldBytes, long originBytes,
                    List<Long> originWindowBytes, long originPeakRequestsPerSecond, long viewerSeconds,
                    boolean hasShield) {
        this(micros, deliveredBytesByRegion, deliveryWindowBytes, viewerRequests, shieldRequests, shieldBytes,
                originBytes, originWindowBytes, originPeakRequestsPerSecond, viewerSeconds, hasShield, List.of());
    }

    /** @return whether a shield belongs to no CDN of several: the network has one, and some CDN has none its own */
    public boolean hasSharedShield() {
        return hasShield && cdns.stream().anyMatch(c -> !c.hasShield());
    }

    /** @return bytes the edges sent to viewers */
    public long deliveredBytes() {
        long sum = 0;
        for (long b : deliveredBytesByRegion.values()) {
            sum += b;
        }
        return sum;
    }
}
