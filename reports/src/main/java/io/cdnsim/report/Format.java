package io.cdnsim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting shared by the console summary and the files: fixed locale, no scientific notation. */
final class Format {

    /** Bits in a gigabit (bit/s in a Gbit/s). */
    static final double GIGA = 1e9;

    private Format() {
    }

    /** @return {@code 1,234,567} */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** @return a rate with one decimal, {@code 1,234.5} */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.1f", perSecond);
    }

    /**
     * @param ratio a ratio
     * @return it as a percentage with two decimals, {@code 95.12 %} (three above 99.99 %, so that 99.997 % does not
     *         read as 100 %), or {@code -}
     */
    static String percent(double ratio) {
        if (Double.isNaN(ratio)) {
            return "-";
        }
        boolean nearlyAll = ratio >= 0.9999 && ratio < 1;
        return String.format(Locale.ROOT, nearlyAll ? "%.3f %%" : "%.2f %%", ratio * 100);
    }

    /**
     * @param ratio a ratio
     * @return it as {@link #percent(double)} does, but below 0.1 % with the decimals that show two significant digits
     *         ({@code 0.0052 %}), so that a small rebuffer ratio does not read as 0
     */
    static String smallPercent(double ratio) {
        return Double.isNaN(ratio) || ratio == 0 || Math.abs(ratio) >= 0.001 ? percent(ratio)
                : significantPercent(ratio, " %");
    }

    /**
     * @param ratio a ratio
     * @param unit  written after the number ({@code " %"}, {@code " pp"})
     * @return it in percent with two decimals, more for a small one so that two significant digits show, at most six
     */
    static String significantPercent(double ratio, String unit) {
        double p = Math.abs(100 * ratio);
        int decimals = p < 5e-7 || p >= 0.1 ? 2 : Math.min(6, 1 - (int) Math.floor(Math.log10(p)));
        return String.format(Locale.ROOT, "%." + decimals + "f%s", 100 * ratio, unit);
    }

    /**
     * @param v a count, or a mean of counts
     * @return it whole where it is ({@code 14}, not {@code 14.0}), else as {@link #rate(double)} writes it
     */
    static String wholeOrRate(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? count((long) v) : rate(v);
    }

    /** @return bytes in decimal units, {@code 2.40 GB} */
    static String bytes(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
        int u = 0;
        double v = bytes;
        while (Math.abs(v) >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return u == 0 ? String.format(Locale.ROOT, "%.0f B", v) : String.format(Locale.ROOT, "%.2f %s", v, units[u]);
    }

    /** @return microseconds as milliseconds, {@code 12.3 ms} */
    static String millis(double micros) {
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000);
    }

    /**
     * @return a plain decimal for CSV cells: up to 6 decimals, trailing zeros removed, empty for NaN. The digits are
     *         those of {@code String.format(Locale.ROOT, "%.6f", v)} (the shortest decimal that reads back as
     *         {@code v}, rounded half up to 6 places), made without a Formatter: a sessions file has a million cells
     */
    static String decimal(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).setScale(6, RoundingMode.HALF_UP);
        if (d.signum() == 0) {
            return v < 0 || Double.doubleToRawLongBits(v) == Long.MIN_VALUE ? "-0" : "0";
        }
        return plain(d).toPlainString();
    }

    /**
     * @param v an exact decimal
     * @return it without trailing zeros and without an exponent, for files: {@code 5832000} rather than
     *         {@code 5.832E+6}
     */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * @param v a ratio of money, or null
     * @return it to the micro-dollar, or null
     */
    static BigDecimal micro(BigDecimal v) {
        return v == null ? null : plain(v.setScale(6, RoundingMode.HALF_EVEN));
    }
}
