package io.cdnsim.cost;

import java.math.BigDecimal;

/**
 * The origin shield's fees: per GB it sends to the edges, per 10,000 requests it receives, or both.
 *
 * @param perGB      dollars per GB the shield sends
 * @param per10k     dollars per 10,000 requests the shield receives
 */
public record ShieldPrice(BigDecimal perGB, BigDecimal per10k) {

    /** Checks the prices. */
    public ShieldPrice {
        if (perGB == null || per10k == null || perGB.signum() < 0 || per10k.signum() < 0) {
            throw new IllegalArgumentException("shield prices must be 0 or more");
        }
    }
}
