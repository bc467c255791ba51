package io.cdnsim.cost;

import java.math.BigDecimal;

/**
 * A month's quantities, as a {@link Projection} makes them from a measured window: what prices apply to.
 *
 * @param delivery                    bytes delivered to viewers (the event's, and the baseline under region
 *                                    {@value Traffic#ANY_REGION}) with the month's five-minute windows
 * @param eventBytes                  of which the repeated event's
 * @param baselineBytes               of which the baseline's
 * @param viewerRequests              requests viewers sent
 * @param shieldRequests              requests the shield received
 * @param shieldBytes                 bytes the shield sent
 * @param originEgress                bytes the origin sent, with the month's five-minute windows
 * @param originPeakRequestsPerSecond the peak load the origin has to be sized for
 * @param viewerHours                 hours of video watched, or null where unknown
 * @param hasShield                   whether the deployment has a shield tier (without one, a bill has no shield line)
 */
public record MonthlyUsage(Traffic delivery, BigDecimal eventBytes, BigDecimal baselineBytes,
                           BigDecimal viewerRequests, BigDecimal shieldRequests, BigDecimal shieldBytes,
                           Traffic originEgress, BigDecimal originPeakRequestsPerSecond, BigDecimal viewerHours,
                           boolean hasShield) {
}
