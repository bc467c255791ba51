package io.cdnsim.config.trace;

import io.cdnsim.config.Quantity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * How to read a trace: the options a format needs beyond its bytes. Written as text (for a command line's
 * {@code --trace-params}) like libCacheSim's {@code -t}: {@code key=value} pairs separated by commas, for example
 * {@code "time-col=2, obj-id-col=5, obj-size-col=4, delimiter=,, has-header=true"}. Keys, and the formats they apply
 * to:
 *
 * <table>
 * <caption>trace options</caption>
 * <tr><th>key (aliases)</th><th>formats</th><th>meaning</th></tr>
 * <tr><td>{@code time-col} ({@code time-field})</td><td>libcachesim-csv</td><td>1-based column of the time</td></tr>
 * <tr><td>{@code obj-id-col} ({@code obj-id-field})</td><td>libcachesim-csv</td><td>1-based column of the object
 * id</td></tr>
 * <tr><td>{@code obj-size-col} ({@code obj-size-field}, {@code size-col}, {@code size-field})</td>
 * <td>libcachesim-csv</td><td>1-based column of the size</td></tr>
 * <tr><td>{@code cnt-col} ({@code cnt-field})</td><td>libcachesim-csv</td><td>1-based column of a repeat count: the
 * line stands for that many requests</td></tr>
 * <tr><td>{@code has-header} ({@code header})</td><td>libcachesim-csv</td><td>whether the first line is a header;
 * detected if not given</td></tr>
 * <tr><td>{@code delimiter}</td><td>libcachesim-csv</td><td>{@code ,} (write {@code delimiter=,,}), {@code \t} or
 * {@code tab}, {@code space}, {@code |}, {@code ;}; detected from the first line if not given</td></tr>
 * <tr><td>{@code obj-id-is-num}</td><td>libcachesim-csv, plain</td><td>true: ids are unsigned 64-bit integers
 * (decimal or 0x hex); false: ids are strings, hashed. Default false for libcachesim-csv, true for plain</td></tr>
 * <tr><td>{@code time-unit}</td><td>libcachesim-csv, plain, oracle-general</td><td>{@code s} (default),
 * {@code ms}, {@code us}, {@code ns}</td></tr>
 * <tr><td>{@code include-query}</td><td>cloudfront</td><td>true: the key is {@code cs-uri-stem?cs-uri-query}
 * (default false: the stem alone)</td></tr>
 * <tr><td>{@code size-from}</td><td>cloudfront</td><td>the field that gives the size: {@code sc-bytes} (default) or
 * {@code sc-content-len}</td></tr>
 * <tr><td>{@code max-backstep}</td><td>all</td><td>a duration such as {@code 2s}: a time earlier than the
 * previous request's by at most this is taken as the previous time instead of an error (default 0)</td></tr>
 * <tr><td>{@code skip-zero-size}</td><td>all</td><td>true: requests of size 0 are skipped, as libCacheSim does by
 * default (default false: every request is reported)</td></tr>
 * </table>
 *
 * <p>Booleans are {@code true/false}, {@code yes/no}, {@code y/n} or {@code 1/0}. Immutable; build with
 * {@link #builder()} or {@link #parse(String)}.
 */
public final class TraceOptions {

    /** No options: every format's defaults. */
    public static final TraceOptions DEFAULTS = builder().build();

    static final String TIME_COL = "time-col";
    static final String OBJ_ID_COL = "obj-id-col";
    static final String OBJ_SIZE_COL = "obj-size-col";
    static final String CNT_COL = "cnt-col";
    static final String HAS_HEADER = "has-header";
    static final String DELIMITER = "delimiter";
    static final String OBJ_ID_IS_NUM = "obj-id-is-num";
    static final String TIME_UNIT = "time-unit";
    static final String INCLUDE_QUERY = "include-query";
    static final String SIZE_FROM = "size-from";
    static final String MAX_BACKSTEP = "max-backstep";
    static final String SKIP_ZERO_SIZE = "skip-zero-size";

    private static final List<String> KEYS = List.of(TIME_COL, OBJ_ID_COL, OBJ_SIZE_COL, CNT_COL, HAS_HEADER,
            DELIMITER, OBJ_ID_IS_NUM, TIME_UNIT, INCLUDE_QUERY, SIZE_FROM, MAX_BACKSTEP, SKIP_ZERO_SIZE);

    private final int timeColumn;
    private final int idColumn;
    private final int sizeColumn;
    private final int countColumn;
    private final Boolean hasHeader;
    private final char delimiter;
    private final Boolean idIsNumber;
    private final TimeUnit timeUnit;
    private final boolean includeQuery;
    private final String sizeFrom;
    private final long maxBackstepMicros;
    private final boolean skipZeroSize;
    private final Set<String> given;

    private TraceOptions(Builder b) {
        timeColumn = b.timeColumn;
        idColumn = b.idColumn;
        sizeColumn = b.sizeColumn;
        countColumn = b.countColumn;
        hasHeader = b.hasHeader;
        delimiter = b.delimiter;
        idIsNumber = b.idIsNumber;
        timeUnit = b.timeUnit;
        includeQuery = b.includeQuery;
        sizeFrom = b.sizeFrom;
        maxBackstepMicros = b.maxBackstepMicros;
        skipZeroSize = b.skipZeroSize;
        given = Collections.unmodifiableSet(new LinkedHashSet<>(b.given));
    }

    /** @return a builder with every option at its default */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses options written as text, libCacheSim's way: {@code key=value} pairs separated by commas; spaces around
     * pairs are ignored; {@code _} in keys reads as {@code -}; keys are case-insensitive. The delimiter's value is
     * one character, so {@code delimiter=,,} sets a comma and {@code delimiter=\t} a tab.
     *
     * @param text the options, possibly empty or null
     * @return the options
     * @throws IllegalArgumentException naming the key or value that is wrong and what is allowed
     */
    public static TraceOptions parse(String text) {
        Builder b = builder();
        if (text == null) {
            return b.build();
        }
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw new IllegalArgumentException("trace option '" + text.substring(i).trim()
                        + "' has no value: write key=value");
            }
            String key = text.substring(i, eq).trim().toLowerCase(Locale.ROOT).replace('_', '-');
            String value;
            if (canonical(key).equals(DELIMITER)) {
                int v = eq + 1;
                int end;
                if (v >= n) {
                    throw new IllegalArgumentException("trace option delimiter has no value");
                } else if (text.charAt(v) == ',') {
                    value = ",";
                    end = v + 1;
                } else if (text.charAt(v) == '\\' && v + 1 < n
                        && (text.charAt(v + 1) == ',' || text.charAt(v + 1) == 't')) {
                    value = text.charAt(v + 1) == ',' ? "," : "\\t";
                    end = v + 2;
                } else {
                    end = text.indexOf(',', v);
                    end = end < 0 ? n : end;
                    String token = text.substring(v, end);
                    value = token.isBlank() && token.indexOf(' ') >= 0 ? " " : token.trim();
                }
                i = end;
                while (i < n && text.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && text.charAt(i) != ',') {
                    int stop = text.indexOf(',', i);
                    throw new IllegalArgumentException("trace option delimiter=" + text.substring(v, stop < 0 ? n : stop)
                            + ": expected one character (write delimiter=,, for a comma)");
                }
            } else {
                int end = text.indexOf(',', eq + 1);
                end = end < 0 ? n : end;
                value = text.substring(eq + 1, end).trim();
                i = end;
            }
            b.set(key, value);
        }
        return b.build();
    }

    private static String canonical(String key) {
        switch (key) {
            case "time-field":
                return TIME_COL;
            case "obj-id-field":
                return OBJ_ID_COL;
            case "obj-size-field":
            case "size-col":
            case "size-field":
                return OBJ_SIZE_COL;
            case "cnt-field":
                return CNT_COL;
            case "header":
                return HAS_HEADER;
            default:
                return key;
        }
    }

    /** @return 1-based column of the time (libcachesim-csv), 0 if not given */
    public int timeColumn() {
        return timeColumn;
    }

    /** @return 1-based column of the object id (libcachesim-csv), 0 if not given */
    public int idColumn() {
        return idColumn;
    }

    /** @return 1-based column of the size (libcachesim-csv), 0 if not given */
    public int sizeColumn() {
        return sizeColumn;
    }

    /** @return 1-based column of the repeat count (libcachesim-csv), 0 if none */
    public int countColumn() {
        return countColumn;
    }

    /** @return whether the csv has a header line; null to detect */
    public Boolean hasHeader() {
        return hasHeader;
    }

    /** @return the csv delimiter; 0 to detect */
    public char delimiter() {
        return delimiter;
    }

    /** @return whether ids are numbers; null for the format's default */
    public Boolean idIsNumber() {
        return idIsNumber;
    }

    /** @return the unit of the trace's times; null for the format's default (seconds) */
    public TimeUnit timeUnit() {
        return timeUnit;
    }

    /** @return whether CloudFront keys include the query string */
    public boolean includeQuery() {
        return includeQuery;
    }

    /** @return the CloudFront field that gives the size */
    public String sizeFrom() {
        return sizeFrom;
    }

    /** @return how far back in time (microseconds) a request may be before it is an error */
    public long maxBackstepMicros() {
        return maxBackstepMicros;
    }

    /** @return whether requests of size 0 are skipped */
    public boolean skipZeroSize() {
        return skipZeroSize;
    }

    /** @return the canonical keys of the options that were given, in the order given */
    public Set<String> given() {
        return given;
    }

    /**
     * Rejects options that the format does not use (a typo or a misunderstanding that would otherwise be silently
     * ignored).
     *
     * @param format the format
     * @param source the file, for the message
     * @throws TraceException naming the options that do not apply
     */
    void check(TraceFormat format, String source) throws TraceException {
        List<String> wrong = new ArrayList<>();
        for (String k : given) {
            if (!format.options().contains(k)) {
                wrong.add(k);
            }
        }
        if (!wrong.isEmpty()) {
            throw new TraceException(source, "trace option" + (wrong.size() > 1 ? "s " : " ") + String.join(", ", wrong)
                    + (wrong.size() > 1 ? " do" : " does") + " not apply to the " + format.label()
                    + " format (it takes " + String.join(", ", format.options()) + ")");
        }
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (String k : given) {
            parts.add(k + "=" + valueText(k));
        }
        return String.join(", ", parts);
    }

    private String valueText(String key) {
        switch (key) {
            case TIME_COL:
                return Integer.toString(timeColumn);
            case OBJ_ID_COL:
                return Integer.toString(idColumn);
            case OBJ_SIZE_COL:
                return Integer.toString(sizeColumn);
            case CNT_COL:
                return Integer.toString(countColumn);
            case HAS_HEADER:
                return String.valueOf(hasHeader);
            case DELIMITER:
                return delimiter == '\t' ? "\\t" : delimiter == ' ' ? "space" : String.valueOf(delimiter);
            case OBJ_ID_IS_NUM:
                return String.valueOf(idIsNumber);
            case TIME_UNIT:
                return unitName(timeUnit);
            case INCLUDE_QUERY:
                return String.valueOf(includeQuery);
            case SIZE_FROM:
                return sizeFrom;
            case MAX_BACKSTEP:
                return maxBackstepMicros + "us";
            case SKIP_ZERO_SIZE:
                return String.valueOf(skipZeroSize);
            default:
                return "?";
        }
    }

    static String unitName(TimeUnit unit) {
        switch (unit) {
            case SECONDS:
                return "s";
            case MILLISECONDS:
                return "ms";
            case MICROSECONDS:
                return "us";
            case NANOSECONDS:
                return "ns";
            default:
                return unit.name();
        }
    }

    /** Builds {@link TraceOptions}. */
    public static final class Builder {

        private int timeColumn;
        private int idColumn;
        private int sizeColumn;
        private int countColumn;
        private Boolean hasHeader;
        private char delimiter;
        private Boolean idIsNumber;
        private TimeUnit timeUnit;
        private boolean includeQuery;
        private String sizeFrom = "sc-bytes";
        private long maxBackstepMicros;
        private boolean skipZeroSize;
        private final Set<String> given = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Sets an option by its text key, as {@link TraceOptions#parse(String)} does.
         *
         * @param key   the key or one of its aliases
         * @param value the value
         * @return this
         * @throws IllegalArgumentException if the key is unknown or the value is not allowed
         */
        public Builder set(String key, String value) {
            String k = canonical(key.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
            String v = value.equals(" ") ? value : value.trim();
            switch (k) {
                case TIME_COL:
                    return timeColumn(column(key, v));
                case OBJ_ID_COL:
                    return idColumn(column(key, v));
                case OBJ_SIZE_COL:
                    return sizeColumn(column(key, v));
                case CNT_COL:
                    return countColumn(column(key, v));
                case HAS_HEADER:
                    return hasHeader(bool(key, v));
                case DELIMITER:
                    return delimiter(delimiterChar(v));
                case OBJ_ID_IS_NUM:
                    return idIsNumber(bool(key, v));
                case TIME_UNIT:
                    return timeUnit(unit(v));
                case INCLUDE_QUERY:
                    return includeQuery(bool(key, v));
                case SIZE_FROM:
                    return sizeFrom(v);
                case MAX_BACKSTEP:
                    try {
                        return maxBackstepMicros(Quantity.micros(v));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("trace option max-backstep=" + v + ": " + e.getMessage(),
                                e);
                    }
                case SKIP_ZERO_SIZE:
                    return skipZeroSize(bool(key, v));
                default:
                    throw new IllegalArgumentException("unknown trace option '" + key.trim() + "' (known: "
                            + String.join(", ", KEYS) + ")");
            }
        }

        private static int column(String key, String v) {
            try {
                int c = Integer.parseInt(v);
                if (c >= 1) {
                    return c;
                }
            } catch (NumberFormatException e) {
                // fall through to the message
            }
            throw new IllegalArgumentException("trace option " + key.trim() + "=" + v
                    + ": expected a column number, 1 for the first column");
        }

        private static boolean bool(String key, String v) {
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
                    throw new IllegalArgumentException("trace option " + key.trim() + "=" + v
                            + ": expected true or false");
            }
        }

        private static char delimiterChar(String v) {
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
                    throw new IllegalArgumentException("trace option delimiter=" + v
                            + ": expected one of , \\t space | ; :");
            }
        }

        private static TimeUnit unit(String v) {
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
                    throw new IllegalArgumentException("trace option time-unit=" + v + ": expected s, ms, us or ns");
            }
        }

        /** @param column 1-based column of the time @return this */
        public Builder timeColumn(int column) {
            timeColumn = positive(TIME_COL, column);
            given.add(TIME_COL);
            return this;
        }

        /** @param column 1-based column of the object id @return this */
        public Builder idColumn(int column) {
            idColumn = positive(OBJ_ID_COL, column);
            given.add(OBJ_ID_COL);
            return this;
        }

        /** @param column 1-based column of the size @return this */
        public Builder sizeColumn(int column) {
            sizeColumn = positive(OBJ_SIZE_COL, column);
            given.add(OBJ_SIZE_COL);
            return this;
        }

        /** @param column 1-based column of the repeat count @return this */
        public Builder countColumn(int column) {
            countColumn = positive(CNT_COL, column);
            given.add(CNT_COL);
            return this;
        }

        private static int positive(String key, int column) {
            if (column < 1) {
                throw new IllegalArgumentException("trace option " + key + "=" + column
                        + ": expected a column number, 1 for the first column");
            }
            return column;
        }

        /** @param header whether the first line is a header @return this */
        public Builder hasHeader(boolean header) {
            hasHeader = header;
            given.add(HAS_HEADER);
            return this;
        }

        /** @param c the delimiter @return this */
        public Builder delimiter(char c) {
            if (",\t |;:".indexOf(c) < 0) {
                throw new IllegalArgumentException("trace option delimiter: '" + c
                        + "' is not allowed; expected one of , \\t space | ; :");
            }
            delimiter = c;
            given.add(DELIMITER);
            return this;
        }

        /** @param number whether ids are numbers (true) or strings to hash (false) @return this */
        public Builder idIsNumber(boolean number) {
            idIsNumber = number;
            given.add(OBJ_ID_IS_NUM);
            return this;
        }

        /** @param unit the unit of the trace's times: seconds, milli-, micro- or nanoseconds @return this */
        public Builder timeUnit(TimeUnit unit) {
            if (unit != TimeUnit.SECONDS && unit != TimeUnit.MILLISECONDS && unit != TimeUnit.MICROSECONDS
                    && unit != TimeUnit.NANOSECONDS) {
                throw new IllegalArgumentException("trace option time-unit: expected s, ms, us or ns, not " + unit);
            }
            timeUnit = unit;
            given.add(TIME_UNIT);
            return this;
        }

        /** @param include whether CloudFront keys include the query string @return this */
        public Builder includeQuery(boolean include) {
            includeQuery = include;
            given.add(INCLUDE_QUERY);
            return this;
        }

        /** @param field {@code sc-bytes} or {@code sc-content-len} @return this */
        public Builder sizeFrom(String field) {
            if (!field.equals("sc-bytes") && !field.equals("sc-content-len")) {
                throw new IllegalArgumentException("trace option size-from=" + field
                        + ": expected sc-bytes or sc-content-len");
            }
            sizeFrom = field;
            given.add(SIZE_FROM);
            return this;
        }

        /** @param micros how far back a request's time may go before it is an error, 0 or more @return this */
        public Builder maxBackstepMicros(long micros) {
            if (micros < 0) {
                throw new IllegalArgumentException("trace option max-backstep: must be 0 or more");
            }
            maxBackstepMicros = micros;
            given.add(MAX_BACKSTEP);
            return this;
        }

        /** @param skip whether requests of size 0 are skipped @return this */
        public Builder skipZeroSize(boolean skip) {
            skipZeroSize = skip;
            given.add(SKIP_ZERO_SIZE);
            return this;
        }

        /** @return the options */
        public TraceOptions build() {
            return new TraceOptions(this);
        }
    }
}
