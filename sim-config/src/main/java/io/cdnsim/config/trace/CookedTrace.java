package io.cdnsim.config.trace;

import io.cdnsim.config.Limits;
import io.cdnsim.model.ThroughputTrace;
import java.math.BigDecimal;

/**
 * Parses a Pensieve cooked trace, lines {@code time throughput} (s, Mbit/s), into a {@link ThroughputTrace}, as
 * {@link NetworkTraceReader} describes: piece {@code k} runs from line {@code k − 1}'s time to line {@code k}'s at
 * line {@code k}'s throughput.
 */
final class CookedTrace {

    /** Longest number read, in characters, as for Sabre's JSON: keeps the decimal arithmetic small. */
    static final int MAX_NUMBER = 1000;

    private CookedTrace() {
    }

    /**
     * @param text   the file's text
     * @param source a name for messages
     * @return the trace
     * @throws TraceException if it is not a valid cooked trace, saying where and why
     */
    static ThroughputTrace parse(String text, String source) throws TraceException {
        ThroughputPieces pieces = new ThroughputPieces(false);
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
            long micros = ThroughputPieces.micros(time, 6, Limits.MAX_DURATION, source, lineNumber, "time (s)");
            if (previous != null && time.compareTo(previous) < 0) {
                throw new TraceException(source, "line", lineNumber, "time goes backwards: " + f[0]
                        + " s after " + previous.toPlainString() + " s");
            }
            if (rows == 0) {
                firstLine = lineNumber;
            } else {
                double bps = ThroughputPieces.bitsPerSecond(mbps, 6, source, lineNumber, "throughput (Mbit/s)");
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
        if (s.length() > MAX_NUMBER) {
            throw new TraceException(source, "line", lineNumber, what + ": expected a number of at most " + MAX_NUMBER
                    + " characters, found one of " + s.length());
        }
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

    /** @return the decimal number {@code s} is, or null if it is not one or is longer than {@link #MAX_NUMBER} */
    static BigDecimal number(String s) {
        if (s.length() > MAX_NUMBER) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
