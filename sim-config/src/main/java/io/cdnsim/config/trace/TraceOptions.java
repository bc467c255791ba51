package io.cdnsim.config.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * How to read a trace: the options a format needs beyond its bytes. Written as text (for a command line's
 * {@code --trace-options}) like libCacheSim's {@code -t}: {@code key=value} pairs separated by commas, for example
 * {@code "time-col=2, obj-id-col=5, obj-size-col=4, delimiter=,, has-header=true"}. The keys, their aliases, their
 * defaults and the formats they apply to are the rows of {@code TraceOption}; docs/replay.md lists them for users.
 *
 * <p>Booleans are {@code true/false}, {@code yes/no}, {@code y/n} or {@code 1/0}. Immutable; build with
 * {@link #builder()} or {@link #parse(String)}.
 */
public final class TraceOptions {

    /** No options: every format's defaults. */
    public static final TraceOptions DEFAULTS = builder().build();

    private final Object[] values;
    private final Set<String> given;

    private TraceOptions(Builder b) {
        values = b.values.clone();
        given = Collections.unmodifiableSet(new LinkedHashSet<>(b.given));
    }

    /** @return a builder with every option at its default */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses options written as text, libCacheSim's way: {@code key=value} pairs separated by commas; spaces around
     * pairs are ignored; {@code _} in keys reads as {@code -}; keys are case-insensitive. The delimiter's value is
     * one character, so {@code delimiter=,,} sets a comma and {@code delimiter=\t} a tab. An option given twice (by
     * its key or an alias, {@code time-col=1, time-field=2}) is refused.
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
            if (TraceOption.named(key) == TraceOption.DELIMITER) {
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

    private Object value(TraceOption option) {
        return values[option.ordinal()];
    }

    /** @return 1-based column of the time (libcachesim-csv), 0 if not given */
    public int timeColumn() {
        return (Integer) value(TraceOption.TIME_COL);
    }

    /** @return 1-based column of the object id (libcachesim-csv), 0 if not given */
    public int idColumn() {
        return (Integer) value(TraceOption.OBJ_ID_COL);
    }

    /** @return 1-based column of the size (libcachesim-csv), 0 if not given */
    public int sizeColumn() {
        return (Integer) value(TraceOption.OBJ_SIZE_COL);
    }

    /** @return 1-based column of the repeat count (libcachesim-csv), 0 if none */
    public int countColumn() {
        return (Integer) value(TraceOption.CNT_COL);
    }

    /** @return whether the csv has a header line; null to detect */
    public Boolean hasHeader() {
        return (Boolean) value(TraceOption.HAS_HEADER);
    }

    /** @return the csv delimiter; 0 to detect */
    public char delimiter() {
        return (Character) value(TraceOption.DELIMITER);
    }

    /** @return whether ids are numbers; null for the format's default */
    public Boolean idIsNumber() {
        return (Boolean) value(TraceOption.OBJ_ID_IS_NUM);
    }

    /** @return the unit of the trace's times; null for the format's default (seconds) */
    public TimeUnit timeUnit() {
        return (TimeUnit) value(TraceOption.TIME_UNIT);
    }

    /** @return whether CloudFront keys include the query string */
    public boolean includeQuery() {
        return (Boolean) value(TraceOption.INCLUDE_QUERY);
    }

    /** @return the CloudFront field that gives the size */
    public String sizeFrom() {
        return (String) value(TraceOption.SIZE_FROM);
    }

    /** @return how far back in time (microseconds) a request may be before it is an error */
    public long maxBackstepMicros() {
        return (Long) value(TraceOption.MAX_BACKSTEP);
    }

    /** @return whether requests of size 0 are skipped */
    public boolean skipZeroSize() {
        return (Boolean) value(TraceOption.SKIP_ZERO_SIZE);
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
            if (!TraceOption.named(k).appliesTo(format)) {
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
            TraceOption option = TraceOption.named(k);
            parts.add(k + "=" + option.type().text(value(option)));
        }
        return String.join(", ", parts);
    }

    /** Builds {@link TraceOptions}. */
    public static final class Builder {

        private final Object[] values;
        private final Set<String> given = new LinkedHashSet<>();
        /** Each option given so far as it was written, {@code key=value}, by ordinal; null if not given. */
        private final String[] written;

        private Builder() {
            TraceOption[] all = TraceOption.values();
            values = new Object[all.length];
            written = new String[all.length];
            for (TraceOption o : all) {
                values[o.ordinal()] = o.fallback();
            }
        }

        /**
         * Sets an option by its text key, as {@link TraceOptions#parse(String)} does. An option is set once: giving
         * it again, under its key or an alias, is refused rather than one of the values silently winning.
         *
         * @param key   the key or one of its aliases
         * @param value the value
         * @return this
         * @throws IllegalArgumentException if the key is unknown, the option was already set, or the value is not
         *                                  allowed
         */
        public Builder set(String key, String value) {
            TraceOption option = TraceOption.named(key.trim().toLowerCase(Locale.ROOT).replace('_', '-'));
            String v = value.equals(" ") ? value : value.trim();
            if (option == null) {
                throw new IllegalArgumentException("unknown trace option '" + key.trim() + "' (known: "
                        + String.join(", ", TraceOption.keys()) + ")");
            }
            String as = key.trim() + "=" + v;
            String before = written[option.ordinal()];
            if (before != null) {
                throw new IllegalArgumentException("trace option " + option.key() + " is given twice, "
                        + (before.equals(as) ? "'" + as + "' both times" : "as '" + before + "' and as '" + as + "'")
                        + "; give it once");
            }
            values[option.ordinal()] = option.type().parse(key.trim(), option.key(), v);
            written[option.ordinal()] = as;
            given.add(option.key());
            return this;
        }

        /** @return the options */
        public TraceOptions build() {
            return new TraceOptions(this);
        }
    }
}
