package io.cdnsim.cost;

import java.math.BigDecimal;

/**
 * Origin compute: enough instances for the peak requests per second, running the whole month.
 *
 * @param requestsPerInstance requests per second one instance serves
 * @param perHour             dollars per instance-hour
 * @param minimumInstances    instances kept however low the load
 */
public record ComputePrice(BigDecimal requestsPerInstance, BigDecimal perHour, int minimumInstances) {

    /** Checks the figures. */
    public ComputePrice {
        if (requestsPerInstance == null || requestsPerInstance.signum() <= 0) {
            throw new IllegalArgumentException("requests per instance must be more than 0");
        }
        if (perHour == null || perHour.signum() < 0) {
            throw new IllegalArgumentException("a price per hour must be 0 or more");
        }
        if (minimumInstances < 0) {
            throw new IllegalArgumentException("the minimum of instances must be 0 or more");
        }
    }

    /**
     * @param peakRequestsPerSecond the peak load
     * @return instances needed: ceil(peak / requests per instance), at least the minimum
     */
    public long instances(BigDecimal peakRequestsPerSecond) {
        long needed = peakRequestsPerSecond.divide(requestsPerInstance, 0, java.math.RoundingMode.CEILING)
                .longValueExact();
        return Math.max(needed, minimumInstances);
    }
}
