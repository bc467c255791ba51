package io.cdnsim.cost;

import java.math.BigDecimal;

/**
 * A scenario's cost section: the prices, the projection to a month, and the facts of the deployment a bill needs.
 *
 * @param prices           the price sheets
 * @param projection       how the measured window becomes a month
 * @param httpsShare       share of viewer requests made over HTTPS, 0 to 1
 * @param originInCdnCloud true where the origin sits in the CDN's own cloud, so its egress to the CDN is free
 * @param shieldTier       the name of the topology's tier that is the origin shield
 */
public record CostSpec(PriceBook prices, Projection projection, BigDecimal httpsShare, boolean originInCdnCloud,
                       String shieldTier) {

    /** The shield tier's name unless a scenario says otherwise. */
    public static final String DEFAULT_SHIELD_TIER = "shield";

    /** Checks the share. */
    public CostSpec {
        if (httpsShare.signum() < 0 || httpsShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the HTTPS share is between 0 and 1");
        }
    }
}
