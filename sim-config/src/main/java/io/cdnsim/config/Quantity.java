package io.cdnsim.config;

import io.cdnsim.kernel.Micros;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses quantities written as people write them: durations ({@code 250ms}, {@code 4s}, {@code 10min}), sizes
 * ({@code 2MB}, {@code 1.5GiB}), bit rates ({@code 3Mbps}, {@code 10Gbps}) and request rates ({@code 2000/s},
 * {@code 1.2M/min}). Decimal prefixes are powers of 1000, binary ones ({@code KiB}, {@code MiB}, ...) of 1024.
 * Each parser throws {@link IllegalArgumentException} with a message saying what was expected.
 */
public final class Quantity {

    private static final Pattern NUMBER_UNIT = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*([a-zA-Zµ/]*)\\s*$");

    private Quantity() {
    }

    /**
     * @param text for example {@code "250ms"}
     * @return microseconds
     */
    public static long micros(String text) {
        Parsed p = parse(text, "a duration like '250ms', '4s', '10min', '2h' or '1d'");
        double factor;
        switch (p.unit) {
            case "us":
            case "µs":
                factor = 1;
                break;
            case "ms":
                factor = Micros.MILLISECOND;
                break;
            case "s":
                factor = Micros.SECOND;
                break;
            case "min":
                factor = Micros.MINUTE;
                break;
            case "h":
                factor = Micros.HOUR;
                break;
            case "d":
                factor = Micros.DAY;
                break;
            default:
                if (p.unit.isEmpty() && p.value == 0) {
                    return 0;
                }
                throw new IllegalArgumentException("expected a duration like '250ms', '4s', '10min', '2h' or '1d' "
                        + "(units us, ms, s, min, h, d), found '" + text + "'");
        }
        return checkedRound(p.value * factor, text);
    }

    /**
     * @param text for example {@code "2MB"}
     * @return bytes
     */
    public static long bytes(String text) {
        Parsed p = parse(text, "a size like '500KB', '2MB', '1.5GiB' or '2TB'");
        String u = p.unit;
        double factor;
        switch (u) {
            case "B":
                factor = 1;
                break;
            case "KB":
            case "kB":
                factor = 1e3;
                break;
            case "MB":
                factor = 1e6;
                break;
            case "GB":
                factor = 1e9;
                break;
            case "TB":
                factor = 1e12;
                break;
            case "PB":
                factor = 1e15;
                break;
            case "KiB":
                factor = 1024.0;
                break;
            case "MiB":
                factor = 1024.0 * 1024;
                break;
            case "GiB":
                factor = 1024.0 * 1024 * 1024;
                break;
            case "TiB":
                factor = 1024.0 * 1024 * 1024 * 1024;
                break;
            default:
                throw new IllegalArgumentException("expected a size like '500KB', '2MB', '1.5GiB' or '2TB' "
                        + "(units B, KB, MB, GB, TB, PB, KiB, MiB, GiB, TiB), found '" + text + "'");
        }
        return checkedRound(p.value * factor, text);
    }

    /**
     * @param text for example {@code "3Mbps"}
     * @return bits per second
     */
    public static long bitsPerSecond(String text) {
        Parsed p = parse(text, "a bit rate like '800kbps', '3Mbps' or '10Gbps'");
        if (p.unit.endsWith("Bps")) {
            String prefix = p.unit.substring(0, p.unit.length() - 3);
            throw new IllegalArgumentException("'" + text.trim() + "' is bytes per second (capital B); bit rates are"
                    + " written in bits: " + new BigDecimal(Double.toString(p.value * 8)).stripTrailingZeros()
                    .toPlainString() + prefix + "bps is the same rate");
        }
        double factor;
        switch (p.unit.toLowerCase(Locale.ROOT)) {
            case "bps":
                factor = 1;
                break;
            case "kbps":
                factor = 1e3;
                break;
            case "mbps":
                factor = 1e6;
                break;
            case "gbps":
                factor = 1e9;
                break;
            case "tbps":
                factor = 1e12;
                break;
            default:
                throw new IllegalArgumentException("expected a bit rate like '800kbps', '3Mbps' or '10Gbps' "
                        + "(units bps, kbps, Mbps, Gbps, Tbps), found '" + text + "'");
        }
        return checkedRound(p.value * factor, text);
    }

    /**
     * @param text for example {@code "2000/s"}, {@code "1.2M/min"} or a plain number of requests per second
     * @return requests per second
     */
    public static double perSecond(String text) {
        String expected = "a rate like '2000/s', '120000/min' or '1.5M/h'";
        String t = text.trim();
        int slash = t.lastIndexOf('/');
        String count = slash < 0 ? t : t.substring(0, slash).trim();
        String per = slash < 0 ? "s" : t.substring(slash + 1).trim();
        double multiplier = 1;
        if (!count.isEmpty()) {
            char last = count.charAt(count.length() - 1);
            if (last == 'k' || last == 'K') {
                multiplier = 1e3;
            } else if (last == 'M') {
                multiplier = 1e6;
            } else if (last == 'G') {
                multiplier = 1e9;
            }
            if (multiplier != 1) {
                count = count.substring(0, count.length() - 1);
            }
        }
        double seconds;
        switch (per) {
            case "s":
                seconds = 1;
                break;
            case "min":
                seconds = 60;
                break;
            case "h":
                seconds = 3600;
                break;
            default:
                throw new IllegalArgumentException("expected " + expected + ", found '" + text + "'");
        }
        Parsed p;
        try {
            p = parse(count, expected);
        } catch (IllegalArgumentException e) {
            String hint = t.startsWith("-") ? " (negative values are not allowed)" : "";
            throw new IllegalArgumentException("expected " + expected + ", found '" + text + "'" + hint);
        }
        if (!p.unit.isEmpty()) {
            throw new IllegalArgumentException("expected " + expected + ", found '" + text + "'");
        }
        return p.value * multiplier / seconds;
    }

    /** Most digits of a price, before and after the point together: far more than any price sheet needs. */
    static final int PRICE_DIGITS = 30;

    private static final Pattern PRICE = Pattern.compile(
            "^\\s*\\$?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:/\\s*([A-Za-z0-9]+))?\\s*$");

    /** Bytes in each size unit a price per size may be written in (lower case), decimal and binary. */
    private static final Map<String, BigDecimal> PRICE_SIZES = Map.of("mb", BigDecimal.TEN.pow(6),
            "gb", BigDecimal.TEN.pow(9), "tb", BigDecimal.TEN.pow(12), "pb", BigDecimal.TEN.pow(15),
            "mib", BigDecimal.valueOf(2).pow(20), "gib", BigDecimal.valueOf(2).pow(30),
            "tib", BigDecimal.valueOf(2).pow(40), "pib", BigDecimal.valueOf(2).pow(50));

    /**
     * @param text for example {@code "0.085/GB"}, {@code "$85/TB"}, {@code "$4/TiB"}
     * @return dollars per GB (10⁹ bytes), exact: a price per binary unit divides exactly ($4/TiB is
     *         $0.00363797880709171295166015625/GB)
     */
    public static BigDecimal pricePerGB(String text) {
        Map<String, Integer> units = new java.util.HashMap<>();
        PRICE_SIZES.keySet().forEach(u -> units.put(u, 0));
        BigDecimal perUnit = price(text, "a price per GB like '0.085/GB', '$85/TB' or '$4/TiB' (per MB, GB, TB, PB, "
                + "MiB, GiB, TiB or PiB)", units);
        String unit = PRICE.matcher(text).replaceFirst("$2").toLowerCase(Locale.ROOT);
        BigDecimal gbPerUnit = PRICE_SIZES.get(unit).movePointLeft(9);
        BigDecimal perGB = perUnit.divide(gbPerUnit);
        BigDecimal s = perGB.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * @param text for example {@code "0.0100/10k"}, {@code "$1/M"}
     * @return dollars per 10,000 requests, exact
     */
    public static BigDecimal pricePer10k(String text) {
        return price(text, "a price per 10,000 requests like '0.0100/10k' or '1/M' (per k, 10k or M)",
                Map.of("10k", 0, "10000", 0, "k", -1, "1000", -1, "m", 2, "1000000", 2));
    }

    /**
     * @param text for example {@code "0.50/Mbps"}
     * @return dollars per Mbit/s of the 95th percentile per month, exact
     */
    public static BigDecimal pricePerMbps(String text) {
        return price(text, "a price per Mbit/s like '0.50/Mbps' or '400/Gbps'", Map.of("mbps", 0, "gbps", 3));
    }

    /**
     * @param text for example {@code "0.17/h"}
     * @return dollars per hour, exact
     */
    public static BigDecimal pricePerHour(String text) {
        return price(text, "a price per hour like '0.17/h'", Map.of("h", 0));
    }

    /**
     * @param text for example {@code "$350"} or {@code "350/month"}
     * @return dollars a month, exact
     */
    public static BigDecimal monthlyFee(String text) {
        return price(text, "a monthly fee like '350' or '$350/month'", Map.of("", 0, "month", 0));
    }

    /**
     * @param text     a price as written
     * @param expected what was expected, for the message
     * @param units    each allowed unit (lower case) and the power of ten that brings it to the canonical unit
     * @return the price in the canonical unit, exact
     */
    private static BigDecimal price(String text, String expected, Map<String, Integer> units) {
        Matcher m = PRICE.matcher(text);
        String unit = m.matches() ? (m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT)) : null;
        if (unit == null || !units.containsKey(unit)) {
            String t = text.trim();
            String hint = t.startsWith("-") || t.startsWith("$-") ? " (negative values are not allowed)" : "";
            throw new IllegalArgumentException("expected " + expected + ", found '" + text + "'" + hint);
        }
        if (m.group(1).length() > PRICE_DIGITS) {
            throw new IllegalArgumentException("a price has at most " + PRICE_DIGITS + " digits, found one of "
                    + m.group(1).length());
        }
        return new BigDecimal(m.group(1)).movePointLeft(units.get(unit));
    }

    private record Parsed(double value, String unit) {
    }

    private static Parsed parse(String text, String expected) {
        Matcher m = NUMBER_UNIT.matcher(text);
        if (!m.matches()) {
            String hint = text.trim().startsWith("-") ? " (negative values are not allowed)" : "";
            throw new IllegalArgumentException("expected " + expected + ", found '" + text + "'" + hint);
        }
        return new Parsed(Double.parseDouble(m.group(1)), m.group(2));
    }

    private static long checkedRound(double value, String text) {
        if (!(value < 9.0e18)) {
            throw new IllegalArgumentException("'" + text + "' is too large");
        }
        return Math.round(value);
    }
}
