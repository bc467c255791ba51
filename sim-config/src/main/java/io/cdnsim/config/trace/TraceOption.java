package io.cdnsim.config.trace;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The trace options, one row each: its key, the aliases libCacheSim also accepts, how its value is read
 * ({@link TraceOptionType}), its value when not given, and the formats that take it. Adding an option is adding a
 * row here (and, for a reader to use it, an accessor on {@link TraceOptions}). The order of the rows is the order in
 * which messages list keys.
 */
enum TraceOption {
    /** 1-based column of the time; 0 if not given (taken from the header). */
    TIME_COL("time-col", List.of("time-field"), TraceOptionType.COLUMN, 0, EnumSet.of(TraceFormat.LIBCACHESIM_CSV)),
    /** 1-based column of the object id; 0 if not given (taken from the header). */
    OBJ_ID_COL("obj-id-col", List.of("obj-id-field"), TraceOptionType.COLUMN, 0,
            EnumSet.of(TraceFormat.LIBCACHESIM_CSV)),
    /** 1-based column of the size; 0 if not given (taken from the header). */
    OBJ_SIZE_COL("obj-size-col", List.of("obj-size-field", "size-col", "size-field"), TraceOptionType.COLUMN, 0,
            EnumSet.of(TraceFormat.LIBCACHESIM_CSV)),
    /** 1-based column of a repeat count: the line stands for that many requests; 0 for none. */
    CNT_COL("cnt-col", List.of("cnt-field"), TraceOptionType.COLUMN, 0, EnumSet.of(TraceFormat.LIBCACHESIM_CSV)),
    /** Whether the first line is a header; null: detected. */
    HAS_HEADER("has-header", List.of("header"), TraceOptionType.BOOLEAN, null,
            EnumSet.of(TraceFormat.LIBCACHESIM_CSV)),
    /**
     * The csv delimiter: {@code ,} (write {@code delimiter=,,}), {@code \t} or {@code tab}, {@code space},
     * {@code |}, {@code ;}; 0: detected from the first line.
     */
    DELIMITER("delimiter", List.of(), TraceOptionType.DELIMITER, (char) 0, EnumSet.of(TraceFormat.LIBCACHESIM_CSV)),
    /**
     * True: ids are unsigned 64-bit integers (decimal or 0x hex); false: ids are strings, hashed. Null: the format's
     * default, false for libcachesim-csv, true for plain.
     */
    OBJ_ID_IS_NUM("obj-id-is-num", List.of(), TraceOptionType.BOOLEAN, null,
            EnumSet.of(TraceFormat.LIBCACHESIM_CSV, TraceFormat.PLAIN)),
    /** The unit of the trace's times: {@code s}, {@code ms}, {@code us}, {@code ns}; null: seconds. */
    TIME_UNIT("time-unit", List.of(), TraceOptionType.TIME_UNIT, null,
            EnumSet.of(TraceFormat.LIBCACHESIM_CSV, TraceFormat.ORACLE_GENERAL, TraceFormat.PLAIN)),
    /** True: a CloudFront key is {@code cs-uri-stem?cs-uri-query}; false (default): the stem alone. */
    INCLUDE_QUERY("include-query", List.of(), TraceOptionType.BOOLEAN, false, EnumSet.of(TraceFormat.CLOUDFRONT)),
    /** The CloudFront field that gives the size: {@code sc-bytes} (default) or {@code sc-content-len}. */
    SIZE_FROM("size-from", List.of(), TraceOptionType.SIZE_FIELD, "sc-bytes", EnumSet.of(TraceFormat.CLOUDFRONT)),
    /**
     * A duration such as {@code 2s}: a time earlier than the previous request's by at most this is taken as the
     * previous time instead of an error (default 0).
     */
    MAX_BACKSTEP("max-backstep", List.of(), TraceOptionType.DURATION, 0L, EnumSet.allOf(TraceFormat.class)),
    /**
     * True: requests of size 0 are skipped, as libCacheSim does by default (default false: every request is
     * reported).
     */
    SKIP_ZERO_SIZE("skip-zero-size", List.of(), TraceOptionType.BOOLEAN, false, EnumSet.allOf(TraceFormat.class));

    private static final TraceOption[] ALL = values();

    private final String key;
    private final List<String> aliases;
    private final TraceOptionType type;
    private final Object fallback;
    private final Set<TraceFormat> formats;

    TraceOption(String key, List<String> aliases, TraceOptionType type, Object fallback, Set<TraceFormat> formats) {
        this.key = key;
        this.aliases = aliases;
        this.type = type;
        this.fallback = fallback;
        this.formats = formats;
    }

    /** @return the option's key, e.g. {@code time-col} */
    String key() {
        return key;
    }

    /** @return how its value is read and written */
    TraceOptionType type() {
        return type;
    }

    /** @return its value when it is not given (null: the reader decides) */
    Object fallback() {
        return fallback;
    }

    /**
     * @param format a format
     * @return whether the format takes this option
     */
    boolean appliesTo(TraceFormat format) {
        return formats.contains(format);
    }

    /**
     * @param name a key or an alias, lower case with {@code -}
     * @return the option, or null if there is none of that name
     */
    static TraceOption named(String name) {
        for (TraceOption o : ALL) {
            if (o.key.equals(name) || o.aliases.contains(name)) {
                return o;
            }
        }
        return null;
    }

    /** @return every option's key, in the order of the rows */
    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (TraceOption o : ALL) {
            keys.add(o.key);
        }
        return keys;
    }

    /**
     * @param format a format
     * @return the keys of the options it takes, in the order of the rows
     */
    static List<String> keysOf(TraceFormat format) {
        List<String> keys = new ArrayList<>();
        for (TraceOption o : ALL) {
            if (o.appliesTo(format)) {
                keys.add(o.key);
            }
        }
        return keys;
    }
}
