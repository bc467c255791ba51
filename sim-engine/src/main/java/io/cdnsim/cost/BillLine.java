package io.cdnsim.cost;

import java.math.BigDecimal;

/**
 * One line of a bill.
 *
 * @param component what is charged for
 * @param provider  who charges it ({@code -} where no sheet prices it)
 * @param quantity  how much of it a month
 * @param unit      the quantity's unit: {@code GB}, {@code requests}, {@code instances}
 * @param price     the price in a few words, or why there is none
 * @param detail    how the amount was reckoned
 * @param amount    dollars a month, to the micro-dollar
 * @param priced    false where no sheet prices the component (the amount is then 0, not free)
 */
public record BillLine(Component component, String provider, BigDecimal quantity, String unit, String price,
                       String detail, BigDecimal amount, boolean priced) {
}
