package io.cdnsim.config.trace;

import io.cdnsim.config.Limits;
import io.cdnsim.config.Quantity;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How a {@link TraceOption}'s value is read from text and written back: a column number, a boolean, a delimiter
 * character, a time unit, a CloudFront size field or a duration. Each parser throws {@link IllegalArgumentException}
 * whose message names the option, the value and what is allowed.
 */
enum TraceOptionType {
    /** A 1-based column number, an {@link Integer}. */
    COLUMN {
        @Override
        Object parse(String written, String key, String v) {
            try {
                int c = Integer.parseInt(v);
                if (c >= 1) {
                    return c;
                }
            } catch (NumberFormatException e) {
                // fall through to the message
            }
            throw new IllegalArgumentException("trace option " + written + "=" + v
                    + ": expected a column number, 1 for the first column");
        }

        @Override
        String text(Object value) {
            return Integer.toString((Integer) value);
        }
    },
    /** {@code true/false}, {@code yes/no}, {@code y/n} or {@code 1/0}, a {@link Boolean}. */
    BOOLEAN {
        @Override
        Object parse(String written, String key, String v) {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true":
                case "yes":
                case "y":
                case "1":
                    return true;
                case "false":
                case "no":
                case "n":
                case "0":
                    return false;
                default:
                    throw new IllegalArgumentException("trace option " + written + "=" + v
                            + ": expected true or false");
            }
        }

        @Override
        String text(Object value) {
            return String.valueOf(value);
        }
    },
    /** A csv delimiter, a {@link Character}: comma, tab, space, pipe, semicolon or colon. */
    DELIMITER {
        @Override
        Object parse(String written, String key, String v) {
            switch (v) {
                case "":
                case ",":
                case "\\,":
                case "comma":
                    return ',';
                case "\\t":
                case "\t":
                case "tab":
                    return '\t';
                case " ":
                case "space":
                    return ' ';
                case "|":
                case "pipe":
                    return '|';
                case ";":
                case "semicolon":
                    return ';';
                case ":":
                    return ':';
                default:
                    throw new IllegalArgumentException("trace option " + key + "=" + v
                            + ": expected one of , \\t space | ; :");
            }
        }

        @Override
        String text(Object value) {
            char c = (Character) value;
            return c == '\t' ? "\\t" : c == ' ' ? "space" : String.valueOf(c);
        }
    },
    /** The unit of a trace's times, a {@link TimeUnit}: seconds, milli-, micro- or nanoseconds. */
    TIME_UNIT {
        @Override
        Object parse(String written, String key, String v) {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "s":
                case "sec":
                case "second":
                case "seconds":
                    return TimeUnit.SECONDS;
                case "ms":
                case "millisecond":
                case "milliseconds":
                    return TimeUnit.MILLISECONDS;
                case "us":
                case "µs":
                case "microsecond":
                case "microseconds":
                    return TimeUnit.MICROSECONDS;
                case "ns":
                case "nanosecond":
                case "nanoseconds":
                    return TimeUnit.NANOSECONDS;
                default:
                    throw new IllegalArgumentException("trace option " + key + "=" + v + ": expected s, ms, us or ns");
            }
        }

        @Override
        String text(Object value) {
            switch ((TimeUnit) value) {
                case SECONDS:
                    return "s";
                case MILLISECONDS:
                    return "ms";
                case MICROSECONDS:
                    return "us";
                case NANOSECONDS:
                    return "ns";
                default:
                    return ((TimeUnit) value).name();
            }
        }
    },
    /** The CloudFront field that gives a request's size, a {@link String}: {@code sc-bytes} or {@code sc-content-len}. */
    SIZE_FIELD {
        @Override
        Object parse(String written, String key, String v) {
            if (!v.equals("sc-bytes") && !v.equals("sc-content-len")) {
                throw new IllegalArgumentException("trace option " + key + "=" + v
                        + ": expected sc-bytes or sc-content-len");
            }
            return v;
        }

        @Override
        String text(Object value) {
            return (String) value;
        }
    },
    /**
     * A duration such as {@code 2s}, from 0 to {@link Limits#MAX_DURATION} (the longest span of a trace):
     * microseconds, a {@link Long}.
     */
    DURATION {
        @Override
        Object parse(String written, String key, String v) {
            long micros;
            try {
                micros = Quantity.micros(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("trace option " + key + "=" + v + ": " + e.getMessage(), e);
            }
            if (micros < 0 || micros > Limits.MAX_DURATION) {
                throw new IllegalArgumentException("trace option " + key + "=" + v + ": expected a duration from 0"
                        + " to " + TraceLimits.days(Limits.MAX_DURATION) + ", the longest span of a trace");
            }
            return micros;
        }

        @Override
        String text(Object value) {
            return value + "us";
        }
    };

    /**
     * Reads a value.
     *
     * @param written the key as written (trimmed), for the messages of columns and booleans
     * @param key     the option's canonical key, for the other messages
     * @param v       the value, trimmed (a lone space is kept)
     * @return the value, of the type this kind stores
     * @throws IllegalArgumentException naming the option, the value and what is allowed
     */
    abstract Object parse(String written, String key, String v);

    /**
     * @param value a value this kind stores
     * @return the value as {@link TraceOptions#toString()} writes it
     */
    abstract String text(Object value);
}
