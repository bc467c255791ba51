package io.cdnsim.cost;

import java.math.BigDecimal;

/**
 * Request fees, per 10,000 requests.
 *
 * @param httpPer10k  dollars per 10,000 HTTP requests
 * @param httpsPer10k dollars per 10,000 HTTPS requests
 */
public record RequestPrice(BigDecimal httpPer10k, BigDecimal httpsPer10k) {

    /** Checks the prices. */
    public RequestPrice {
        if (httpPer10k == null || httpsPer10k == null || httpPer10k.signum() < 0 || httpsPer10k.signum() < 0) {
            throw new IllegalArgumentException("request prices must be 0 or more");
        }
    }
}
