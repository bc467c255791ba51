package io.cdnsim.config.trace;

import io.cdnsim.config.InputFile;
import io.cdnsim.model.ThroughputTrace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a network throughput trace for a viewer's last mile into a {@link ThroughputTrace}: Sabre's
 * {@code network.json} ({@link Format#SABRE}) or a Pensieve cooked trace ({@link Format#COOKED}). The file may be
 * gzip- or zstd-compressed ({@link Compression}); it is read whole (network traces are small: at most
 * {@link TraceLimits#MAX_NETWORK_TRACE_BYTES}, on disk and decompressed). docs/network-traces.md gives both formats
 * with examples.
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
 * a file that is not a regular file, malformed JSON or lines, a missing or non-numeric field, negative values, times
 * that go backwards, an empty trace, a trace of length 0 and a trace whose throughput is 0 throughout (a download on
 * it would never end); and values past the limits {@link ThroughputPieces} holds them to (throughputs, times,
 * latencies and the mean throughput).
 *
 * <p>This class reads the file and tells its format; {@link SabreTrace} and {@link CookedTrace} parse each format
 * into {@link ThroughputPieces}.
 */
public final class NetworkTraceReader {

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
     * @throws TraceException if it is not a regular file of at most {@link TraceLimits#MAX_NETWORK_TRACE_BYTES} or
     *                        not a valid trace of the format, saying where and why
     */
    public static ThroughputTrace read(Path file, Format format) throws IOException, TraceException {
        try {
            InputFile.check(file, TraceLimits.MAX_NETWORK_TRACE_BYTES, "network trace");
        } catch (InputFile.RefusedException e) {
            throw new TraceException(file.toString(), e.getMessage());
        }
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
        return f == Format.SABRE ? SabreTrace.parse(text, source) : CookedTrace.parse(text, source);
    }

    private static String text(InputStream raw, String source) throws IOException, TraceException {
        byte[] bytes;
        try (InputStream in = Compression.decompressed(raw, source)) {
            bytes = in.readNBytes(TraceLimits.MAX_NETWORK_TRACE_BYTES + 1);
        } catch (Compression.DamagedInputException e) {
            throw new TraceException(source, e.getMessage() + " (the file is truncated or corrupt)");
        } catch (GzipMembers.TrailingDataException e) {
            throw new TraceException(source, e.getMessage());
        }
        if (bytes.length > TraceLimits.MAX_NETWORK_TRACE_BYTES) {
            throw new TraceException(source, "is larger than " + (TraceLimits.MAX_NETWORK_TRACE_BYTES >> 20)
                    + " MiB decompressed; a network trace is small: is this a request trace?");
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
        if (f.length == 2 && CookedTrace.number(f[0]) != null && CookedTrace.number(f[1]) != null) {
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
}
