package io.cdnsim.cli;

import io.cdnsim.config.Quantity;
import io.cdnsim.cost.SizeMix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code cdnsim calc --sizes LIST --cache SIZE [--zipf ALPHA]}: size classes written
 * {@code NAME=SIZE:OBJECTS:SHARE} ({@code playlist=2KB:1000:50%}), comma-separated, their shares summing to 100 %.
 * Every refusal is an {@link IllegalArgumentException} whose message is one line naming the option.
 */
final class SizeMixOptions {

    private static final Pattern CLASS = Pattern.compile("([A-Za-z0-9._-]{1,32})=([^:]{1,40}):([0-9.]{1,12}[kMG]?)"
            + ":([0-9.]{1,12}%?)");
    private static final String SIZES = "--sizes: expected size classes NAME=SIZE:OBJECTS:SHARE, comma-separated, like "
            + "'playlist=2KB:1000:50%,segment=2MB:100k:50%' (at most " + SizeMix.MAX_CLASSES + ", shares summing to "
            + "100 %), found ";

    private SizeMixOptions() {
    }

    /**
     * @param sizes {@code --sizes}
     * @param zipf  {@code --zipf}, or null for 0.8
     * @param cache {@code --cache}
     * @return the input of the computation
     */
    static SizeMix.Input input(String sizes, String zipf, String cache) {
        if (cache == null) {
            throw new IllegalArgumentException("--sizes: needs --cache SIZE, the capacity of the cache, e.g. 10GB");
        }
        if (sizes.length() > CalcOptions.MAX_LIST_CHARS) {
            throw new IllegalArgumentException(SIZES + CalcOptions.shown(sizes));
        }
        List<SizeMix.SizeClass> classes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] parts = sizes.split(",", -1);
        if (parts.length > SizeMix.MAX_CLASSES) {
            throw new IllegalArgumentException(SIZES + CalcOptions.shown(sizes));
        }
        double sum = 0;
        long objects = 0;
        for (String part : parts) {
            Matcher m = CLASS.matcher(part.strip());
            if (!m.matches() || !names.add(m.group(1))) {
                throw new IllegalArgumentException(SIZES + CalcOptions.shown(part.strip()));
            }
            long bytes;
            try {
                bytes = Quantity.bytes(m.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--sizes: " + m.group(1) + ": " + e.getMessage());
            }
            long n = count(m.group(1), m.group(3));
            double share = share(m.group(1), m.group(4));
            if (bytes < 1 || bytes > 1_000_000_000_000L) {
                throw new IllegalArgumentException("--sizes: " + m.group(1) + ": a size from 1 B to 1 TB, found '"
                        + m.group(2) + "'");
            }
            sum += share;
            objects += n;
            classes.add(new SizeMix.SizeClass(m.group(1), bytes, n, share));
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("--sizes: the shares of the requests must sum to 100 %, they sum to "
                    + String.format(java.util.Locale.ROOT, "%.6g", sum * 100) + " %");
        }
        if (objects > SizeMix.MAX_OBJECTS) {
            throw new IllegalArgumentException("--sizes: at most 20,000,000 objects in all, found " + objects);
        }
        return new SizeMix.Input(classes, alpha(zipf), cacheBytes(cache));
    }

    private static long count(String name, String text) {
        int power = switch (text.charAt(text.length() - 1)) {
            case 'k' -> 3;
            case 'M' -> 6;
            case 'G' -> 9;
            default -> 0;
        };
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(power == 0 ? text : text.substring(0, text.length() - 1))
                    .movePointRight(power);
            if (v.signum() > 0 && v.stripTrailingZeros().scale() <= 0 && v.compareTo(java.math.BigDecimal.valueOf(
                    SizeMix.MAX_OBJECTS)) <= 0) {
                return v.longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // refused below
        }
        throw new IllegalArgumentException("--sizes: " + name + ": objects from 1 to 20,000,000, like 1000 or 100k, "
                + "found '" + text + "'");
    }

    private static double share(String name, String text) {
        boolean percent = text.endsWith("%");
        try {
            double v = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text) / (percent ? 100 : 1);
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("--sizes: " + name + ": a share of the requests more than 0 % and at most "
                + "100 %, like 50% or 0.5, found '" + text + "'");
    }

    private static double alpha(String text) {
        if (text == null) {
            return 0.8;
        }
        try {
            double v = Double.parseDouble(text.strip());
            if (v >= 0 && v <= 5 && text.strip().length() <= 12) {
                return v;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("--zipf: expected the Zipf exponent from 0 (every object alike) to 5, "
                + "like 0.8, found " + CalcOptions.shown(text));
    }

    private static long cacheBytes(String text) {
        try {
            long v = Quantity.bytes(text);
            if (v >= 1) {
                return v;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new IllegalArgumentException("--cache: expected a capacity like '10GB' or '500MB' (at least 1 B), "
                + "found " + CalcOptions.shown(text));
    }
}
