package io.cdnsim.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes exact figures for people: fixed locale, thousands grouped, no scientific notation, no rounding beyond what
 * each kind of figure needs.
 */
public final class Figures {

    private static final String[] BYTE_UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

    private Figures() {
    }

    /**
     * @param value    a number
     * @param decimals most decimals to show (rounded half-up); trailing zeros are dropped
     * @return it grouped by thousands, for example {@code 12,500} or {@code 0.085}
     */
    public static String number(BigDecimal value, int decimals) {
        BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        f.setMinimumFractionDigits(Math.max(0, v.scale()));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    /** @param value a count or rate @return it with up to four decimals, {@code 1,500} or {@code 0.0625} */
    public static String number(BigDecimal value) {
        return number(value, 4);
    }

    /** @param amount dollars @return {@code $1,234.56}: cents, rounded half-up */
    public static String dollars(BigDecimal amount) {
        String s = number(amount.abs().setScale(2, RoundingMode.HALF_UP), 2);
        if (s.indexOf('.') < 0) {
            s += ".00";
        } else if (s.length() - s.indexOf('.') == 2) {
            s += "0";
        }
        return (amount.signum() < 0 ? "-$" : "$") + s;
    }

    /** @param price a unit price @return {@code $0.085}: every decimal it has */
    public static String price(BigDecimal price) {
        return "$" + number(price, 12);
    }

    /** @param bytes bytes @return decimal units with up to three decimals, {@code 2.25 PB} */
    public static String bytes(BigDecimal bytes) {
        int unit = 0;
        BigDecimal v = bytes;
        BigDecimal thousand = BigDecimal.valueOf(1000);
        while (v.abs().compareTo(thousand) >= 0 && unit < BYTE_UNITS.length - 1) {
            v = v.movePointLeft(3);
            unit++;
        }
        return number(v, 3) + " " + BYTE_UNITS[unit];
    }

    /** @param ratio a ratio @return it as a percentage with up to four decimals, {@code 99.98 %} */
    public static String percent(BigDecimal ratio) {
        return number(ratio.movePointRight(2), 4) + " %";
    }
}
