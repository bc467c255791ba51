package io.cdnsim.cost;

import java.math.BigDecimal;

/**
 * What one price makes of a quantity.
 *
 * @param amount dollars, to the micro-dollar
 * @param detail how it was reckoned, for example {@code 10 TB at $0.085/GB + 2.5 TB at $0.080/GB}
 */
public record Charge(BigDecimal amount, String detail) {

    /** Keeps the amount to the micro-dollar. */
    public Charge {
        amount = Money.micro(amount);
    }
}
