package io.cdnsim.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact money and the unit conversions prices need. Amounts are {@link BigDecimal} dollars kept to the micro-dollar
 * (six decimals, rounded half-even only where a division leaves no exact answer); nothing is ever summed in floating
 * point. Sizes are decimal: 1 GB = 10⁹ bytes, 1 Mbit/s = 10⁶ bit/s.
 */
public final class Money {

    /** Decimals an amount is kept to: micro-dollars. */
    public static final int SCALE = 6;
    /** Precision of intermediate divisions (34 significant digits). */
    public static final MathContext EXACT = MathContext.DECIMAL128;
    /** Bytes in a gigabyte. */
    public static final BigDecimal GB = BigDecimal.TEN.pow(9);

    private Money() {
    }

    /**
     * @param amount dollars, at any precision
     * @return the amount to the micro-dollar
     */
    public static BigDecimal micro(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * @param bytes bytes
     * @return gigabytes, exactly
     */
    public static BigDecimal gigabytes(BigDecimal bytes) {
        return bytes.movePointLeft(9);
    }

    /**
     * @param bytes bytes
     * @return gigabytes, exactly
     */
    public static BigDecimal gigabytes(long bytes) {
        return gigabytes(BigDecimal.valueOf(bytes));
    }

    /**
     * @param amount    dollars
     * @param perAmount what they are spread over
     * @return {@code amount / perAmount} to 34 significant digits, or null when {@code perAmount} is null or zero
     */
    public static BigDecimal ratio(BigDecimal amount, BigDecimal perAmount) {
        if (perAmount == null || perAmount.signum() == 0) {
            return null;
        }
        return amount.divide(perAmount, EXACT);
    }
}
