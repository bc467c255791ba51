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

    /** @return the quantity as a bill shows it: GB to three decimals, counts whole, grouped ({@code 5,843.352 GB}) */
    public String quantityText() {
        return Figures.number(quantity, unit.equals("GB") ? 3 : 0) + " " + unit;
    }

    /**
     * @return the amount as a bill shows it: dollars and cents ({@code $1,011,776.73}), or {@code -} where no sheet
     *         prices it (its price then says {@code not priced})
     */
    public String amountText() {
        return priced ? Figures.dollars(amount) : "-";
    }
}
