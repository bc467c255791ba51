package io.cdnsim.cli;

import io.cdnsim.config.Quantity;
import io.cdnsim.cost.Hierarchy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the options of {@code cdnsim calc} from their text with bounded precision. Before a value becomes a number it
 * must be at most {@value #MAX_CHARS} characters (a list at most {@value #MAX_LIST_CHARS}), plain decimal digits with
 * an optional fraction and exponent, at most {@value #MAX_DIGITS} significant digits and within 10^±{@value
 * #MAX_EXPONENT}; then it is checked against its option's range. Every refusal is an {@link IllegalArgumentException}
 * whose message is one line: the option, what it allows, and the value as written.
 */
final class CalcOptions {

    /** Most characters of one value, or of one item of a list. */
    static final int MAX_CHARS = 40;
    /** Most characters of a list option. */
    static final int MAX_LIST_CHARS = 1000;
    /** Most significant digits of a number. */
    static final int MAX_DIGITS = 30;
    /** Largest power of ten, up or down, of a number that is not zero. */
    static final int MAX_EXPONENT = 30;
    /** Most tiers in {@code --chr}. */
    static final int MAX_TIERS = 10;
    /** Most offloads in {@code --offload} or {@code --sweep}. */
    static final int MAX_OFFLOADS = 20;
    /** Most characters of a tier's name. */
    static final int MAX_NAME = 32;

    private static final long MAX_VIEWERS = 10_000_000_000L;
    private static final long MIN_SEGMENT_MICROS = 1_000;
    private static final long MAX_SEGMENT_MICROS = 3_600_000_000L;
    private static final long MAX_BITRATE = 1_000_000_000_000L;
    private static final int HOURS_DECIMALS = 6;
    private static final int RATIO_DECIMALS = 6;
    private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1000);
    private static final int PRICE_DECIMALS = 12;
    private static final double MIN_TARGET = 1e-6;
    private static final double MAX_TARGET = 1e12;

    private static final String NUMBER = "(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?";
    /** A number and what follows it: its unit, which holds no digit and no point (so never a second exponent). */
    private static final Pattern WRITTEN = Pattern.compile("\\s*(" + NUMBER + ")\\s*([^0-9.]*?)\\s*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_NAME + "}");

    private static final Rule VIEWERS = new Rule("--viewers", "a whole number of viewers from 1 to 10,000,000,000, "
            + "written like '100000', '100,000', '100k', '2.5M' or '1e5' (k, M, G: thousands, millions, billions)");
    /** A whole number written with thousands separators, {@code 100,000}: the commas are dropped. */
    private static final Pattern GROUPED = Pattern.compile("\\s*[0-9]{1,3}(?:,[0-9]{3})+\\s*");
    private static final Rule SEGMENT = new Rule("--segment", "a duration from 1ms to 1h in whole microseconds, like "
            + "'2s' or '500ms' (units us, ms, s, min, h)");
    private static final Rule BITRATE = new Rule("--bitrate", "a bit rate from 1bps to 1Tbps in whole bit/s, like "
            + "'3Mbps' or '800kbps' (units bps, kbps, Mbps, Gbps, Tbps)");
    private static final Rule HOURS = new Rule("--hours", "hours more than 0 and at most " + Hierarchy.ALL_MONTH_HOURS
            + " (a month of 30 days) to at most " + HOURS_DECIMALS + " decimals, like '10' or '10h'");
    private static final Rule PRICE = new Rule("--egress-price", "a price from $0 to $1,000 per GB to at most "
            + PRICE_DECIMALS + " decimals of a dollar per GB, like '0.085/GB' or '$85/TB' (per MB, GB or TB)");
    private static final Rule TARGET = new Rule("--origin-target", "a rate from 0.000001/s to 1,000,000,000,000/s, "
            + "like '10/s', '600/min' or '1.5k/h'");
    private static final String RATIO = " from 0 % to 99.9999 % in steps of 0.0001 %, like ";

    private CalcOptions() {
    }

    /**
     * An option and what it allows, for its messages.
     *
     * @param name    the option, {@code --hours}
     * @param allowed what it allows, in words, with an example
     */
    private record Rule(String name, String allowed) {

        IllegalArgumentException refused(String value) {
            return refused(value, "");
        }

        IllegalArgumentException refused(String value, String hint) {
            return new IllegalArgumentException(name + ": expected " + allowed + ", found " + shown(value) + hint);
        }
    }

    /**
     * A value read as a number and what follows it.
     *
     * @param number the number, bounded, without trailing zeros, scale 0 or more
     * @param unit   what follows it, stripped; may be empty
     */
    private record Written(BigDecimal number, String unit) {
    }

    /** @param text {@code --viewers} @return the viewers */
    static long viewers(String text) {
        Written w = written(VIEWERS, GROUPED.matcher(text).matches() ? text.replace(",", "") : text);
        int power = switch (w.unit()) {
            case "" -> 0;
            case "k" -> 3;
            case "M" -> 6;
            case "G" -> 9;
            default -> throw VIEWERS.refused(text);
        };
        BigDecimal n = exact(w.number().movePointRight(power));
        if (n.scale() > 0 || n.signum() <= 0
                || n.compareTo(BigDecimal.valueOf(MAX_VIEWERS)) > 0) {
            throw VIEWERS.refused(text);
        }
        return n.longValueExact();
    }

    /** @param text {@code --segment} @return the segment's duration, microseconds */
    static long segmentMicros(String text) {
        Written w = written(SEGMENT, text);
        long perUnit = unit(SEGMENT, text, () -> Quantity.micros("1" + w.unit()));
        long micros = whole(SEGMENT, text, w.number(), perUnit);
        if (micros < MIN_SEGMENT_MICROS || micros > MAX_SEGMENT_MICROS) {
            throw SEGMENT.refused(text);
        }
        return micros;
    }

    /** @param text {@code --bitrate} @return bits per second */
    static long bitrate(String text) {
        Written w = written(BITRATE, text);
        if (w.unit().endsWith("Bps")) {
            String prefix = w.unit().substring(0, w.unit().length() - 3);
            throw BITRATE.refused(text, " (capital B is bytes: '" + w.number().multiply(BigDecimal.valueOf(8))
                    .stripTrailingZeros().toPlainString() + prefix + "bps' is the same rate in bits)");
        }
        long perUnit = unit(BITRATE, text, () -> Quantity.bitsPerSecond("1" + w.unit()));
        long bits = whole(BITRATE, text, w.number(), perUnit);
        if (bits < 1 || bits > MAX_BITRATE) {
            throw BITRATE.refused(text);
        }
        return bits;
    }

    /** @param text {@code --hours} @return hours each viewer watches a month */
    static BigDecimal hours(String text) {
        Written w = written(HOURS, text);
        BigDecimal h = w.number();
        if (!(w.unit().isEmpty() || w.unit().equals("h")) || h.signum() <= 0 || h.scale() > HOURS_DECIMALS
                || h.compareTo(Hierarchy.ALL_MONTH_HOURS) > 0) {
            throw HOURS.refused(text);
        }
        return h;
    }

    /** @param text {@code --chr} @return the tiers, named, from the edge inwards */
    static List<Hierarchy.TierRatio> tiers(String text) {
        Rule names = new Rule("--chr", "a tier name of letters, digits, '.', '_' or '-' (at most " + MAX_NAME
                + " characters), each name once");
        Rule ratio = new Rule("--chr", "a hit ratio" + RATIO + "'95%' or '0.95'");
        List<String> parts = items(new Rule("--chr", "at most " + MAX_TIERS + " hit ratios from the edge inwards, "
                + "like '95%,92%,95%' or 'edge=88%,shield=92%'"), text, MAX_TIERS);
        List<String> defaults = Hierarchy.defaultNames(parts.size());
        List<Hierarchy.TierRatio> tiers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            int eq = part.indexOf('=');
            String name = eq < 0 ? defaults.get(i) : part.substring(0, eq).strip();
            if (!NAME.matcher(name).matches() || !seen.add(name)) {
                throw names.refused(name);
            }
            tiers.add(new Hierarchy.TierRatio(name, ratio(ratio, eq < 0 ? part : part.substring(eq + 1))));
        }
        return tiers;
    }

    /** @param text {@code --offload} @return the end-to-end offloads */
    static List<BigDecimal> offloads(String text) {
        return offloads("--offload", text, "'90%,95%'");
    }

    /** @param text {@code --sweep} @return the offloads of the sweep */
    static List<BigDecimal> sweep(String text) {
        return offloads("--sweep", text, "'90%,95%,99%,99.9%'");
    }

    /** @param text {@code --egress-price} @return dollars per GB */
    static BigDecimal egressPrice(String text) {
        written(PRICE, text.replaceFirst("^\\s*\\$", ""));
        BigDecimal price;
        try {
            price = exact(Quantity.pricePerGB(text));
        } catch (IllegalArgumentException e) {
            throw PRICE.refused(text);
        }
        if (price.compareTo(MAX_PRICE) > 0 || price.scale() > PRICE_DECIMALS) {
            throw PRICE.refused(text);
        }
        return price;
    }

    /** @param text {@code --origin-target} @return requests per second */
    static BigDecimal originTarget(String text) {
        written(TARGET, text);
        double perSecond;
        try {
            perSecond = Quantity.perSecond(text);
        } catch (IllegalArgumentException e) {
            throw TARGET.refused(text);
        }
        if (!(perSecond >= MIN_TARGET && perSecond <= MAX_TARGET)) {
            throw TARGET.refused(text);
        }
        return exact(BigDecimal.valueOf(perSecond));
    }

    private static List<BigDecimal> offloads(String option, String text, String example) {
        Rule list = new Rule(option, "at most " + MAX_OFFLOADS + " offloads, like " + example);
        Rule ratio = new Rule(option, "an offload" + RATIO + "'90%' or '0.9'");
        List<BigDecimal> offloads = new ArrayList<>();
        for (String part : items(list, text, MAX_OFFLOADS)) {
            offloads.add(ratio(ratio, part));
        }
        return offloads;
    }

    /** @return the comma-separated items of a list, stripped, after its length and count are checked */
    private static List<String> items(Rule rule, String text, int most) {
        if (text.length() > MAX_LIST_CHARS) {
            throw rule.refused(text);
        }
        String[] parts = text.split(",", -1);
        if (parts.length > most) {
            throw rule.refused(text);
        }
        return Arrays.stream(parts).map(String::strip).toList();
    }

    /** @return {@code 95%} or {@code 0.95} as 0.95, exactly */
    private static BigDecimal ratio(Rule rule, String text) {
        Written w = written(rule, text);
        boolean percent = w.unit().equals("%");
        if (!percent && !w.unit().isEmpty()) {
            throw rule.refused(text);
        }
        BigDecimal v = percent ? exact(w.number().movePointLeft(2)) : w.number();
        if (!percent && v.compareTo(BigDecimal.ONE) > 0 && v.compareTo(BigDecimal.valueOf(100)) < 0) {
            throw rule.refused(text, " (write '" + text.strip() + "%' for a percentage)");
        }
        if (v.compareTo(BigDecimal.ONE) >= 0 || v.scale() > RATIO_DECIMALS) {
            throw rule.refused(text);
        }
        return v;
    }

    /**
     * @return the value read as a number (bounded in length, digits and exponent) and what follows it
     * @throws IllegalArgumentException naming the option if it is not such a number
     */
    private static Written written(Rule rule, String text) {
        if (text.length() > MAX_CHARS) {
            throw rule.refused(text);
        }
        Matcher m = WRITTEN.matcher(text);
        BigDecimal n = m.matches() ? bounded(m.group(1)) : null;
        if (n == null) {
            throw rule.refused(text);
        }
        return new Written(n, m.group(2));
    }

    /** @return the number, or null when it has too many digits, too large an exponent, or is beyond 10^±30 */
    private static BigDecimal bounded(String number) {
        BigDecimal v;
        try {
            v = new BigDecimal(number);
            if (v.signum() == 0) {
                return BigDecimal.ZERO;
            }
            v = v.stripTrailingZeros();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
        long power = (long) v.precision() - v.scale() - 1;
        return v.precision() <= MAX_DIGITS && Math.abs(power) <= MAX_EXPONENT ? exact(v) : null;
    }

    /** @return the factor of a unit (what one of it is), or a refusal if the unit is not known */
    private static long unit(Rule rule, String text, LongSupplier factor) {
        try {
            return factor.getAsLong();
        } catch (IllegalArgumentException e) {
            throw rule.refused(text);
        }
    }

    /** @return {@code number x factor}, refused unless it is a whole number within a long */
    private static long whole(Rule rule, String text, BigDecimal number, long factor) {
        BigDecimal v = exact(number.multiply(BigDecimal.valueOf(factor)));
        if (v.scale() > 0 || v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw rule.refused(text);
        }
        return v.longValueExact();
    }

    /** @return the number without trailing zeros, scale 0 or more (2,500 rather than 2.5E+3) */
    private static BigDecimal exact(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * @return the value quoted for a one-line message: a control or line-separator character shown as '?', a long
     *         value cut with its length said
     */
    static String shown(String value) {
        StringBuilder b = new StringBuilder();
        int end = value.length() > MAX_CHARS ? MAX_CHARS / 2 : value.length();
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            int type = Character.getType(c);
            boolean breaks = Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            b.append(breaks ? '?' : c);
        }
        return end < value.length() ? "'" + b + "...' (" + String.format(Locale.ROOT, "%,d", value.length())
                + " characters)" : "'" + b + "'";
    }
}
