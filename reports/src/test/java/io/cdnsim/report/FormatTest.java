package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Number formatting of the console summary and the CSV files. */
@ExtendWith(GermanDefaultLocale.class)
class FormatTest {

    // Pins CSV decimals: at most 6 places, trailing zeros dropped, a dot whatever the locale, empty for NaN.
    @Test
    void decimal() {
        assertEquals("0.593987", Format.decimal(0.5939867187239296));
        assertEquals("0.5", Format.decimal(0.5));
        assertEquals("1", Format.decimal(1.0));
        assertEquals("0", Format.decimal(0.0));
        assertEquals("19.568", Format.decimal(19.568));
        assertEquals("123456789", Format.decimal(123456789.0));
        assertEquals("0", Format.decimal(1e-7), "no scientific notation");
        assertEquals("0.000001", Format.decimal(1e-6));
        assertEquals("", Format.decimal(Double.NaN));
    }

    // Pins that the Formatter-free decimal is the Formatter's "%.6f" with trailing zeros removed, digit for digit:
    // random values of every magnitude, values on a half (x.xxxxxx5), negatives, zeros and infinities.
    @Test
    void decimalIsTheFormattersDigits() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 5) {
                case 0 -> random.nextDouble();
                case 1 -> Math.pow(10, random.nextDouble(-9, 13)) * (random.nextBoolean() ? 1 : -1);
                case 2 -> (random.nextLong(2_000_000_000L) * 10 + 5) / 1e7;
                case 3 -> random.nextLong(-1_000_000, 1_000_000) / 64.0;
                default -> Double.longBitsToDouble(random.nextLong());
            };
            assertEquals(formatted(v), Format.decimal(v), () -> "value " + v);
        }
        for (double v : new double[] {0.0, -0.0, -1e-9, 5e-7, -5e-7, 4.9999995e-7, 0.0000005, 1.0000005, 2.5e-7,
            Double.MAX_VALUE, Double.MIN_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e22, 123456.7890125}) {
            assertEquals(formatted(v), Format.decimal(v), () -> "value " + v);
        }
    }

    /** The definition: the Formatter's six places, trailing zeros and a trailing dot removed. */
    private static String formatted(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        String s = String.format(java.util.Locale.ROOT, "%.6f", v);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    // Pins the console formats: grouped counts, one-decimal rates, percentages, decimal byte units, milliseconds.
    @Test
    void consoleFormats() {
        assertEquals("1,234,567", Format.count(1_234_567));
        assertEquals("0", Format.count(0));
        assertEquals("1,997.8", Format.rate(1997.8));
        assertEquals("95.12 %", Format.percent(0.95123));
        assertEquals("100.00 %", Format.percent(1.0));
        assertEquals("-", Format.percent(Double.NaN));
        assertEquals("999 B", Format.bytes(999));
        assertEquals("2.40 GB", Format.bytes(2.4e9));
        assertEquals("59.93 GB", Format.bytes(59_934_000_000L));
        assertEquals("1.50 KB", Format.bytes(1500));
        assertEquals("12.3 ms", Format.millis(12_345));
    }

    // Pins small ratios: two decimals from 0.1 % up (and 99.997 % keeps its third), below 0.1 % as many decimals as
    // two significant digits need (at most six), 0 and NaN as percent() writes them; in percentage points likewise.
    @Test
    void smallPercent() {
        assertEquals("0.13 %", Format.smallPercent(0.0013));
        assertEquals("0.0052 %", Format.smallPercent(0.000052));
        assertEquals("0.00012 %", Format.smallPercent(0.0000012));
        assertEquals("99.997 %", Format.smallPercent(0.99997));
        assertEquals("0.00 %", Format.smallPercent(0));
        assertEquals("-", Format.smallPercent(Double.NaN));
        assertEquals("0.050 pp", Format.significantPercent(0.0005, " pp"));
        assertEquals("0.000001 pp", Format.significantPercent(1e-8, " pp"));
        assertEquals("0.00 pp", Format.significantPercent(1e-21, " pp"));
    }
}
