package io.cdnsim.config.trace;

import io.cdnsim.model.ThroughputTrace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/** The pieces of a network trace read so far, in order; pieces of length 0 are dropped as they come. */
final class ThroughputPieces {

    private final boolean latency;
    private long[] starts = new long[64];
    private double[] bps = new double[64];
    private long[] rtt;
    private int n;
    private long length;
    private boolean flowing;

    /** @param latency whether the pieces have a latency each (Sabre's do, cooked ones do not) */
    ThroughputPieces(boolean latency) {
        this.latency = latency;
        this.rtt = latency ? new long[64] : null;
    }

    /**
     * Adds the next piece; a piece of length 0 is dropped.
     *
     * @param duration      its length, microseconds
     * @param bitsPerSecond its throughput
     * @param rttMicros     its latency (ignored without latencies)
     * @return false if the trace would be longer than a long holds
     */
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

    /**
     * @param source       a name for messages
     * @param noLength     the message if no piece has a length
     * @param noThroughput the message if every piece's throughput is 0
     * @return the trace
     * @throws TraceException if the trace has no length or no throughput
     */
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

    /**
     * Turns a written time into microseconds.
     *
     * @param v          a value 0 or more
     * @param shift      the powers of ten from its unit to microseconds (3 for ms, 6 for s)
     * @param source     a name for messages
     * @param lineNumber the line, for messages
     * @param what       what the value is, for messages
     * @return it in microseconds, rounded to the nearest
     * @throws TraceException if it is too large for a long
     */
    static long micros(BigDecimal v, int shift, String source, long lineNumber, String what)
            throws TraceException {
        try {
            return v.movePointRight(shift).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new TraceException(source, "line", lineNumber, what + " " + v + " is too large");
        }
    }
}
