package io.cdnsim.config.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.cdnsim.model.ThroughputTrace;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a network throughput trace for a viewer's last mile into a {@link ThroughputTrace}: Sabre's
 * {@code network.json} ({@link Format#SABRE}) or a Pensieve cooked trace ({@link Format#COOKED}). The file may be
 * gzip- or zstd-compressed ({@link Compression}); it is read whole (network traces are small: at most
 * {@link #MAX_BYTES} decompressed). docs/network-traces.md gives both formats with examples.
 *
 * <p><b>sabre</b>: a JSON array of periods {@code {"duration_ms": d, "bandwidth_kbps": b, "latency_ms": l}}, the
 * three fields Sabre's {@code sabre.py} reads (numbers, 0 or more, each required; fields other than these three are
 * ignored, as Sabre ignores them). A period becomes a piece of {@code d} ms at {@code b × 1000} bit/s with latency
 * {@code l} ms (Sabre works in ms and bits, so kbit/s is bits per ms). A period of duration 0 is dropped: Sabre passes
 * through it without effect.
 *
 * <p><b>cooked</b>: lines {@code time throughput}, time in seconds from the trace's start, throughput in Mbit/s
 * (10<sup>6</sup> bit/s), separated by spaces or tabs; blank lines are skipped. Pensieve's simulators
 * ({@code sim/env.py}, {@code test/fixed_env.py}) use line {@code k}'s throughput from line {@code k − 1}'s time
 * to line {@code k}'s: the first line only marks the start and its throughput is never used, and after the last line
 * the trace starts again at time 0. The pieces here are exactly those: piece {@code k} runs from line {@code k − 1}'s
 * time (0 for the first piece, as on every loop of Pensieve's) to line {@code k}'s, at line {@code k}'s throughput; a
 * loop is the last line's time long. Times may repeat (a piece of length 0, dropped) but not decrease. Cooked traces
 * have no latency.
 *
 * <p>Times are rounded to the nearest microsecond. Errors are {@link TraceException}s naming the file and the line:
 * malformed JSON or lines, a missing or non-numeric field, negative values, times that go backwards, an empty trace,
 * a trace of length 0 and a trace whose throughput is 0 throughout (a download on it would never end).
 */
public final class NetworkTraceReader {

    /** Largest decompressed trace read, in bytes: a larger file is an error (it is more likely a request log). */
    public static final int MAX_BYTES = 1 << 28;

    private static final JsonFactory JSON = new JsonFactory();

    private NetworkTraceReader() {
    }

    /** The network trace formats, by the names {@code --format} takes. */
    public enum Format {
        /** Sabre's {@code network.json}: periods of duration, bandwidth and latency. */
        SABRE("sabre"),
        /** Pensieve's cooked traces: lines of time (s) and throughput (Mbit/s). */
        COOKED("cooked");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        /** @return the name {@code --format} takes */
        public String label() {
            return label;
        }

        /**
         * @param name {@code sabre} or {@code cooked} (case-insensitive); {@code pensieve} is taken for {@code cooked}
         * @return the format
         * @throws IllegalArgumentException naming the formats if there is no such format
         */
        public static Format byLabel(String name) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "sabre":
                    return SABRE;
                case "cooked":
                case "pensieve":
                    return COOKED;
                default:
                    throw new IllegalArgumentException("unknown network trace format '" + name
                            + "' (known: sabre, cooked)");
            }
        }
    }

    /**
     * Reads a network trace file, possibly compressed.
     *
     * @param file   the file
     * @param format its format, or null to tell it from the content: a JSON array is {@code sabre}, a first line of
     *               two numbers is {@code cooked}
     * @return the trace
     * @throws IOException    if the file cannot be read
     * @throws TraceException if it is not a valid trace of the format, saying where and why
     */
    public static ThroughputTrace read(Path file, Format format) throws IOException, TraceException {
        return read(Files.newInputStream(file), file.toString(), format);
    }

    /**
     * Reads a network trace from a stream, possibly compressed.
     *
     * @param in     the stream; closed before this returns
     * @param source a name for messages
     * @param format the format, or null to tell it from the content
     * @return the trace
     * @throws IOException    if the stream cannot be read
     * @throws TraceException if it is not a valid trace of the format, saying where and why
     */
    public static ThroughputTrace read(InputStream in, String source, Format format)
            throws IOException, TraceException {
        String text = text(in, source);
        Format f = format != null ? format : detect(text, source);
        return f == Format.SABRE ? sabre(text, source) : cooked(text, source);
    }

    private static String text(InputStream raw, String source) throws IOException, TraceException {
        byte[] bytes;
        try (InputStream in = Compression.decompressed(raw, source)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (Compression.DamagedInputException e) {
            throw new TraceException(source, e.getMessage() + " (the file is truncated or corrupt)");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TraceException(source, "is larger than " + (MAX_BYTES >> 20) + " MiB; a network trace is"
                    + " small: is this a request trace?");
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Tells the format from the content: a JSON array is sabre, a first line of two numbers is cooked. */
    static Format detect(String text, String source) throws TraceException {
        String t = text.stripLeading();
        if (t.isEmpty()) {
            throw undecided(source, "it is empty");
        }
        if (t.charAt(0) == '[') {
            return Format.SABRE;
        }
        if (t.charAt(0) == '{') {
            throw undecided(source, "it is a JSON object, but Sabre's network.json is an array of periods");
        }
        int end = t.indexOf('\n');
        String first = (end < 0 ? t : t.substring(0, end)).strip();
        String[] f = first.split("[ \t]+");
        if (f.length == 2 && number(f[0]) != null && number(f[1]) != null) {
            return Format.COOKED;
        }
        String shown = first.length() > 60 ? first.substring(0, 60) + "..." : first;
        throw undecided(source, "the first line '" + shown + "' is neither the start of a JSON array (sabre) nor two"
                + " numbers, time in s and throughput in Mbit/s (cooked)");
    }

    private static TraceException undecided(String source, String why) {
        return new TraceException(source, "cannot tell the network trace format from the content: " + why
                + "; give --format (sabre, cooked)");
    }

    private static ThroughputTrace sabre(String text, String source) throws TraceException {
        Pieces pieces = new Pieces(true);
        int period = 0;
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new TraceException(source, "is empty");
            }
            if (t != JsonToken.START_ARRAY) {
                throw new TraceException(source, "line", line(p), "expected a JSON array of periods {duration_ms,"
                        + " bandwidth_kbps, latency_ms}, found " + describe(p));
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                period++;
                long at = line(p);
                if (t != JsonToken.START_OBJECT) {
                    throw new TraceException(source, "line", at, "period " + period + ": expected an object"
                            + " {duration_ms, bandwidth_kbps, latency_ms}, found " + describe(p));
                }
                BigDecimal duration = null;
                BigDecimal bandwidth = null;
                BigDecimal latency = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "duration_ms":
                            duration = field(p, source, period, name, duration);
                            break;
                        case "bandwidth_kbps":
                            bandwidth = field(p, source, period, name, bandwidth);
                            break;
                        case "latency_ms":
                            latency = field(p, source, period, name, latency);
                            break;
                        default:
                            p.skipChildren();
                    }
                }
                String missing = duration == null ? "duration_ms" : bandwidth == null ? "bandwidth_kbps"
                        : latency == null ? "latency_ms" : null;
                if (missing != null) {
                    throw new TraceException(source, "line", at, "period " + period + " has no " + missing);
                }
                long micros = micros(duration, 3, source, at, "period " + period + ": duration_ms");
                double bps = bandwidth.movePointRight(3).doubleValue();
                if (Double.isInfinite(bps)) {
                    throw new TraceException(source, "line", at, "period " + period + ": bandwidth_kbps "
                            + bandwidth + " is too large");
                }
                long rtt = micros(latency, 3, source, at, "period " + period + ": latency_ms");
                if (!pieces.add(micros, bps, rtt)) {
                    throw new TraceException(source, "line", at, "the periods add up to more than "
                            + Long.MAX_VALUE + " µs");
                }
            }
            if (p.nextToken() != null) {
                throw new TraceException(source, "line", line(p), "after the array of periods, found "
                        + describe(p));
            }
        } catch (JsonProcessingException e) {
            long at = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new TraceException(source, "line", at, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TraceException(source, "cannot be parsed as JSON: " + e.getMessage());
        }
        if (period == 0) {
            throw new TraceException(source, "has no periods (an empty array)");
        }
        return pieces.build(source, "every period has duration_ms 0", "every period has bandwidth_kbps 0");
    }

    /** @return a field's value, a JSON number 0 or more, given once per period */
    private static BigDecimal field(JsonParser p, String source, int period, String name, BigDecimal before)
            throws IOException, TraceException {
        long at = line(p);
        if (before != null) {
            throw new TraceException(source, "line", at, "period " + period + ": " + name + " is given twice");
        }
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new TraceException(source, "line", at, "period " + period + ": " + name + ": expected a number,"
                    + " found " + describe(p));
        }
        BigDecimal v = p.getDecimalValue();
        if (v.signum() < 0) {
            throw new TraceException(source, "line", at, "period " + period + ": " + name + " is negative: "
                    + p.getText());
        }
        return v;
    }

    private static long line(JsonParser p) {
        return Math.max(0, p.currentTokenLocation().getLineNr());
    }

    private static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return "the string \"" + p.getText() + "\"";
        }
        if (t == JsonToken.START_OBJECT) {
            return "an object";
        }
        if (t == JsonToken.START_ARRAY) {
            return "an array";
        }
        return t == null ? "the end" : "'" + p.getText() + "'";
    }

    private static ThroughputTrace cooked(String text, String source) throws TraceException {
        Pieces pieces = new Pieces(false);
        BigDecimal previous = null;
        long previousMicros = 0;
        int rows = 0;
        int firstLine = 0;
        int lineNumber = 0;
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(from, end).strip();
            from = end + 1;
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("[ \t]+");
            if (f.length != 2) {
                throw new TraceException(source, "line", lineNumber, "expected 2 columns (time in s, throughput in"
                        + " Mbit/s), found " + f.length + ": '" + shorten(line) + "'");
            }
            BigDecimal time = value(f[0], "time", source, lineNumber);
            BigDecimal mbps = value(f[1], "throughput", source, lineNumber);
            long micros = micros(time, 6, source, lineNumber, "time");
            if (previous != null && time.compareTo(previous) < 0) {
                throw new TraceException(source, "line", lineNumber, "time goes backwards: " + f[0]
                        + " s after " + previous.toPlainString() + " s");
            }
            if (rows == 0) {
                firstLine = lineNumber;
            } else {
                double bps = mbps.movePointRight(6).doubleValue();
                if (Double.isInfinite(bps)) {
                    throw new TraceException(source, "line", lineNumber, "throughput " + f[1] + " is too large");
                }
                pieces.add(micros - (rows == 1 ? 0 : previousMicros), bps, 0);
            }
            previous = time;
            previousMicros = micros;
            rows++;
        }
        if (rows == 0) {
            throw new TraceException(source, "is empty");
        }
        if (rows == 1) {
            throw new TraceException(source, "line", firstLine, "a cooked trace needs at least two lines: a line's"
                    + " throughput holds from the previous line's time to its own, so one line has no length");
        }
        return pieces.build(source, "the last time is 0 s: the trace has no length",
                "every throughput after the first line is 0 (Pensieve never uses the first line's)");
    }

    private static BigDecimal value(String s, String what, String source, long lineNumber) throws TraceException {
        BigDecimal v = number(s);
        if (v == null) {
            throw new TraceException(source, "line", lineNumber, what + ": expected a number, found '"
                    + shorten(s) + "'");
        }
        if (v.signum() < 0) {
            throw new TraceException(source, "line", lineNumber, what + " is negative: " + s);
        }
        return v;
    }

    /** @return the decimal number {@code s} is, or null if it is not one */
    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param v     a value 0 or more
     * @param shift the powers of ten from its unit to microseconds (3 for ms, 6 for s)
     * @return it in microseconds, rounded to the nearest
     */
    private static long micros(BigDecimal v, int shift, String source, long lineNumber, String what)
            throws TraceException {
        try {
            return v.movePointRight(shift).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new TraceException(source, "line", lineNumber, what + " " + v + " is too large");
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /** The pieces read so far, in order; pieces of length 0 are dropped as they come. */
    private static final class Pieces {

        private final boolean latency;
        private long[] starts = new long[64];
        private double[] bps = new double[64];
        private long[] rtt;
        private int n;
        private long length;
        private boolean flowing;

        Pieces(boolean latency) {
            this.latency = latency;
            this.rtt = latency ? new long[64] : null;
        }

        /** @return false if the trace would be longer than a long holds */
        boolean add(long duration, double bitsPerSecond, long rttMicros) {
            if (duration == 0) {
                return true;
            }
            if (length > Long.MAX_VALUE - duration) {
                return false;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                bps = Arrays.copyOf(bps, n * 2);
                if (latency) {
                    rtt = Arrays.copyOf(rtt, n * 2);
                }
            }
            starts[n] = length;
            bps[n] = bitsPerSecond;
            if (latency) {
                rtt[n] = rttMicros;
            }
            n++;
            length += duration;
            flowing |= bitsPerSecond > 0;
            return true;
        }

        ThroughputTrace build(String source, String noLength, String noThroughput) throws TraceException {
            if (n == 0) {
                throw new TraceException(source, noLength);
            }
            if (!flowing) {
                throw new TraceException(source, noThroughput + ": a download on it would never end");
            }
            return new ThroughputTrace(Arrays.copyOf(starts, n), length, Arrays.copyOf(bps, n),
                    latency ? Arrays.copyOf(rtt, n) : null);
        }
    }
}
