package io.cdnsim.config.trace;

import io.cdnsim.config.Limits;
import io.cdnsim.kernel.Micros;
import io.cdnsim.model.ThroughputTrace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The pieces of a network trace read so far, in order; pieces of length 0 are dropped as they come. Also the limits
 * every value of a network trace is held to, whatever its format: a throughput is 0 (an outage) or from
 * {@link Limits#MIN_BITS_PER_SECOND} to {@link Limits#MAX_BITS_PER_SECOND}; a time or a trace's length at most
 * {@link Limits#MAX_DURATION}; a latency at most {@link TraceLimits#MAX_LATENCY}; and the mean throughput over the
 * whole trace at least {@link Limits#MIN_BITS_PER_SECOND}, so that a download on it ends in a time a long holds.
 */
final class ThroughputPieces {

    private static final BigDecimal MIN_BPS = BigDecimal.valueOf(Limits.MIN_BITS_PER_SECOND);
    private static final BigDecimal MAX_BPS = BigDecimal.valueOf(Limits.MAX_BITS_PER_SECOND);
    /** Half a microsecond: a time below it rounds to 0. */
    private static final BigDecimal HALF_MICRO = new BigDecimal("0.5");

    private final boolean latency;
    private long[] starts = new long[64];
    private double[] bps = new double[64];
    private long[] rtt;
    private int n;
    private long length;
    /** Sum over the pieces of throughput × duration, bit/s × µs. */
    private double bitMicros;

    /** @param latency whether the pieces have a latency each (Sabre's do, cooked ones do not) */
    ThroughputPieces(boolean latency) {
        this.latency = latency;
        this.rtt = latency ? new long[64] : null;
    }

    /**
     * Adds the next piece; a piece of length 0 is dropped.
     *
     * @param duration      its length, microseconds, 0 to {@link Limits#MAX_DURATION}
     * @param bitsPerSecond its throughput
     * @param rttMicros     its latency (ignored without latencies)
     * @return false if the trace would be longer than {@link Limits#MAX_DURATION}
     */
    boolean add(long duration, double bitsPerSecond, long rttMicros) {
        if (duration == 0) {
            return true;
        }
        if (length + duration > Limits.MAX_DURATION) {
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
        bitMicros += bitsPerSecond * duration;
        return true;
    }

    /**
     * @param source       a name for messages
     * @param noLength     the message if no piece has a length
     * @param noThroughput the message if every piece's throughput is 0
     * @return the trace
     * @throws TraceException if the trace has no length, no throughput, or a mean throughput below
     *                        {@link Limits#MIN_BITS_PER_SECOND}
     */
    ThroughputTrace build(String source, String noLength, String noThroughput) throws TraceException {
        if (n == 0) {
            throw new TraceException(source, noLength);
        }
        if (bitMicros == 0) {
            throw new TraceException(source, noThroughput + ": a download on it would never end");
        }
        double mean = bitMicros / length;
        if (mean < Limits.MIN_BITS_PER_SECOND) {
            throw new TraceException(source, "the mean throughput over the trace is " + (float) mean + " bit/s,"
                    + " below " + (long) Limits.MIN_BITS_PER_SECOND + " bit/s (1 kbit/s): its outages are so long"
                    + " that a download on it could outlast any run");
        }
        return new ThroughputTrace(Arrays.copyOf(starts, n), length, Arrays.copyOf(bps, n),
                latency ? Arrays.copyOf(rtt, n) : null);
    }

    /**
     * Turns a written time into microseconds.
     *
     * @param v          a value 0 or more
     * @param shift      the powers of ten from its unit to microseconds (3 for ms, 6 for s)
     * @param max        the largest time allowed, microseconds
     * @param source     a name for messages
     * @param lineNumber the line, for messages
     * @param what       what the value is, for messages, e.g. {@code "time"}
     * @return it in microseconds, rounded to the nearest
     * @throws TraceException if it is above {@code max}
     */
    static long micros(BigDecimal v, int shift, long max, String source, long lineNumber, String what)
            throws TraceException {
        // the limits are brought to v's unit, not v to microseconds: an exponent near 2^31 cannot overflow the scale
        if (v.compareTo(BigDecimal.valueOf(max, shift)) > 0) {
            throw new TraceException(source, "line", lineNumber, what + " " + v + " is more than "
                    + (max >= Micros.DAY ? TraceLimits.days(max) : max / Micros.SECOND + " s") + ", the most a"
                    + " network trace may have");
        }
        if (v.compareTo(HALF_MICRO.scaleByPowerOfTen(-shift)) < 0) {
            return 0;
        }
        return v.scaleByPowerOfTen(shift).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * Turns a written throughput into bit/s.
     *
     * @param v          a value 0 or more
     * @param shift      the powers of ten from its unit to bit/s (3 for kbit/s, 6 for Mbit/s)
     * @param source     a name for messages
     * @param lineNumber the line, for messages
     * @param what       what the value is, for messages, e.g. {@code "throughput"}
     * @return it in bit/s: 0 (an outage), or from {@link Limits#MIN_BITS_PER_SECOND} to
     *         {@link Limits#MAX_BITS_PER_SECOND}
     * @throws TraceException if it is above 0 but outside those limits
     */
    static double bitsPerSecond(BigDecimal v, int shift, String source, long lineNumber, String what)
            throws TraceException {
        if (v.signum() == 0) {
            return 0;
        }
        if (v.compareTo(MIN_BPS.scaleByPowerOfTen(-shift)) < 0) {
            throw new TraceException(source, "line", lineNumber, what + " " + v + " is below 1 kbit/s, the slowest"
                    + " a trace may have other than 0 (an outage)");
        }
        if (v.compareTo(MAX_BPS.scaleByPowerOfTen(-shift)) > 0) {
            throw new TraceException(source, "line", lineNumber, what + " " + v + " is above 1 Tbit/s, the fastest"
                    + " a trace may have");
        }
        return v.scaleByPowerOfTen(shift).doubleValue();
    }
}
