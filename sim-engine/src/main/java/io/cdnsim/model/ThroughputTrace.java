package io.cdnsim.model;

import io.cdnsim.kernel.Micros;
import java.util.Arrays;

/**
 * A viewer's last mile as a recorded network trace: throughput that is constant over each piece of time and changes
 * from one piece to the next, with an optional latency per piece. Read from Sabre's {@code network.json} or from
 * Pensieve's cooked {@code time Mbps} files by {@code io.cdnsim.config.trace.NetworkTraceReader};
 * docs/network-traces.md describes both formats.
 *
 * <p>Piece {@code i} covers {@code [pieceStart(i), pieceStart(i + 1))} microseconds, the last piece ends at
 * {@link #length()}. The trace <b>loops</b>: time {@code t} reads the trace at {@code t mod length()}, as both Sabre
 * (its network period index wraps to the first period) and Pensieve (its trace pointer returns to the start) do.
 * Times are trace times, 0 where the viewer's trace starts; they must not be negative.
 *
 * <p>A download ({@link #transferMicros}) follows Sabre's {@code NetworkModel.download} without abandonment: first
 * one latency, then the bits.
 * <ul>
 * <li>Latency (only if {@link #hasLatency()}): the request waits until one whole latency has passed, where a piece of
 * latency {@code L} contributes {@code dt / L} of it per {@code dt} spent in it. Inside one piece that is simply
 * {@code L}; a wait that crosses into a piece of another latency finishes at the new piece's rate. No bits move
 * meanwhile. This is Sabre's {@code do_latency_delay(1)}, its time to first bit ({@link #firstBitMicros}).</li>
 * <li>Transfer: the bits then flow at each piece's throughput until {@code bits = ∫ bps(t) dt}; a piece of throughput
 * 0 (an outage) passes with no progress. This is Sabre's {@code do_download}.</li>
 * </ul>
 * The result is the exact time of that model rounded to the nearest microsecond. Everything else a player adds (a
 * payload factor, a fixed round trip, noise, TCP slow start) is the player's business, not the trace's.
 *
 * <p>Immutable; the constructor copies its arrays. The queries search the pieces by bisection and allocate nothing.
 */
public final class ThroughputTrace {

    /** What {@link #rttAt} and {@link #pieceRtt} return for a trace without latency. */
    public static final long NO_LATENCY = -1;

    private final long[] starts;
    private final double[] bps;
    private final long[] rtt;
    private final long length;
    /** Bits one whole loop carries. */
    private final double loopBits;
    /** Latencies one whole loop holds (sum of duration / latency); infinite if a piece has latency 0. */
    private final double loopLatencies;

    /**
     * @param startMicros   each piece's start, microseconds: the first is 0, then strictly increasing
     * @param lengthMicros  the end of the last piece, the length of one loop: more than the last start
     * @param bitsPerSecond each piece's throughput: finite, 0 or more, and more than 0 somewhere
     * @param rttMicros     each piece's latency in microseconds (0 or more), or null for a trace without latency
     * @throws IllegalArgumentException if the pieces are not as described
     */
    public ThroughputTrace(long[] startMicros, long lengthMicros, double[] bitsPerSecond, long[] rttMicros) {
        int n = startMicros.length;
        if (n == 0) {
            throw new IllegalArgumentException("a throughput trace needs at least one piece");
        }
        if (bitsPerSecond.length != n || (rttMicros != null && rttMicros.length != n)) {
            throw new IllegalArgumentException("starts, throughputs and latencies differ in number: " + n + ", "
                    + bitsPerSecond.length + (rttMicros == null ? "" : ", " + rttMicros.length));
        }
        if (startMicros[0] != 0) {
            throw new IllegalArgumentException("the first piece must start at 0, not " + startMicros[0]);
        }
        double bits = 0;
        double latencies = 0;
        for (int i = 0; i < n; i++) {
            long end = i + 1 < n ? startMicros[i + 1] : lengthMicros;
            if (end <= startMicros[i]) {
                throw new IllegalArgumentException("piece " + i + " starts at " + startMicros[i]
                        + " µs but ends at " + end + " µs");
            }
            double b = bitsPerSecond[i];
            if (!(b >= 0) || Double.isInfinite(b)) {
                throw new IllegalArgumentException("piece " + i + " has throughput " + b + " bit/s");
            }
            bits += b * (end - startMicros[i]) / Micros.PER_SECOND;
            if (rttMicros != null) {
                if (rttMicros[i] < 0) {
                    throw new IllegalArgumentException("piece " + i + " has latency " + rttMicros[i] + " µs");
                }
                latencies += (double) (end - startMicros[i]) / rttMicros[i];
            }
        }
        if (bits <= 0) {
            throw new IllegalArgumentException("every piece has throughput 0: a download would never end");
        }
        this.starts = startMicros.clone();
        this.bps = bitsPerSecond.clone();
        this.rtt = rttMicros == null ? null : rttMicros.clone();
        this.length = lengthMicros;
        this.loopBits = bits;
        this.loopLatencies = latencies;
    }

    /** @return the number of pieces */
    public int pieces() {
        return starts.length;
    }

    /** @return the length of one loop of the trace, microseconds */
    public long length() {
        return length;
    }

    /** @return whether the trace gives a latency per piece (Sabre's do; Pensieve's cooked traces do not) */
    public boolean hasLatency() {
        return rtt != null;
    }

    /**
     * @param piece 0 to {@link #pieces()} − 1
     * @return the piece's start, microseconds into the loop
     */
    public long pieceStart(int piece) {
        return starts[piece];
    }

    /**
     * @param piece 0 to {@link #pieces()} − 1
     * @return the piece's throughput, bit/s
     */
    public double pieceBps(int piece) {
        return bps[piece];
    }

    /**
     * @param piece 0 to {@link #pieces()} − 1
     * @return the piece's latency in microseconds, or {@link #NO_LATENCY}
     */
    public long pieceRtt(int piece) {
        return rtt == null ? NO_LATENCY : rtt[piece];
    }

    /**
     * @param micros a trace time, 0 or more
     * @return the throughput at that time, bit/s (the trace looped)
     */
    public double bpsAt(long micros) {
        return bps[pieceAt(offset(micros))];
    }

    /**
     * @param micros a trace time, 0 or more
     * @return the latency at that time in microseconds (the trace looped), or {@link #NO_LATENCY}
     */
    public long rttAt(long micros) {
        return rtt == null ? NO_LATENCY : rtt[pieceAt(offset(micros))];
    }

    /**
     * The time to the first bit of a request made at {@code startMicros}: one latency, met piece by piece as the class
     * comment describes (Sabre's {@code time_to_first_bit}). 0 for a trace without latency.
     *
     * @param startMicros the trace time of the request, 0 or more
     * @return microseconds, rounded to the nearest
     */
    public long firstBitMicros(long startMicros) {
        long off = offset(startMicros);
        return rtt == null ? 0 : Math.round(walk(off, 1, true));
    }

    /**
     * The time a download of {@code bits} takes when it is requested at {@code startMicros}: the latency (if the trace
     * has one) and then the transfer, across piece boundaries and the loop point, as the class comment describes.
     * With throughputs {@code b_i} over the pieces the transfer meets, the transfer ends at the first {@code T} with
     * {@code bits = Σ b_i × (time spent in piece i)}. A download of 0 bits takes 0 (no latency either, as in Sabre).
     *
     * @param startMicros the trace time of the request, 0 or more
     * @param bits        the size of the download in bits, 0 or more
     * @return microseconds from the request to the last bit, rounded to the nearest ({@link Long#MAX_VALUE} if that
     *         is beyond a {@code long})
     */
    public long transferMicros(long startMicros, double bits) {
        long off = offset(startMicros);
        if (!(bits >= 0) || Double.isInfinite(bits)) {
            throw new IllegalArgumentException("cannot download " + bits + " bits");
        }
        if (bits == 0) {
            return 0;
        }
        double wait = rtt == null ? 0 : walk(off, 1, true);
        if (wait >= Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        double at = off + wait;
        at -= Math.floor(at / length) * length;
        return Math.round(wait + walk(at, bits, false));
    }

    /**
     * Walks the pieces from {@code at} until {@code amount} is used up: bits at each piece's throughput, or (with
     * {@code latency}) latencies at {@code 1 / rtt} per microsecond. Whole loops are skipped, not walked.
     *
     * @param at     an offset into the loop, microseconds (fractional after a latency)
     * @param amount bits, or latencies; more than 0
     * @return the exact time it takes, microseconds (at least {@link Long#MAX_VALUE} if that is beyond a long)
     */
    private double walk(double at, double amount, boolean latency) {
        int i = pieceAt((long) at);
        double perLoop = latency ? loopLatencies : loopBits;
        double elapsed = 0;
        while (true) {
            double end = i + 1 < starts.length ? starts[i + 1] : length;
            double span = end - at;
            double carries = latency ? span / rtt[i] : bps[i] * span / Micros.PER_SECOND;
            if (amount <= carries) {
                return elapsed + (latency ? amount * rtt[i] : amount * Micros.PER_SECOND / bps[i]);
            }
            amount -= carries;
            elapsed += span;
            i++;
            at = end;
            if (i == starts.length) {
                i = 0;
                at = 0;
                long loops = wholeLoops(amount, perLoop);
                elapsed += (double) loops * length;
                amount -= loops * perLoop;
                if (elapsed >= Long.MAX_VALUE) {
                    return elapsed;
                }
            }
        }
    }

    /** @return how many whole loops, each worth {@code perLoop}, pass before {@code amount} is used up */
    private static long wholeLoops(double amount, double perLoop) {
        if (Double.isInfinite(perLoop)) {
            return 0;
        }
        long k = (long) Math.floor(amount / perLoop);
        while (k > 0 && k * perLoop >= amount) {
            k--;
        }
        return k;
    }

    private long offset(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("a trace time cannot be negative: " + micros);
        }
        return micros % length;
    }

    /** @return the piece holding {@code off}, an offset into the loop */
    private int pieceAt(long off) {
        int k = Arrays.binarySearch(starts, off);
        return k >= 0 ? k : -k - 2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThroughputTrace t && length == t.length && Arrays.equals(starts, t.starts)
                && Arrays.equals(bps, t.bps) && Arrays.equals(rtt, t.rtt);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Long.hashCode(length) + Arrays.hashCode(starts)) + Arrays.hashCode(bps))
                + Arrays.hashCode(rtt);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ThroughputTrace[length=").append(length).append(" µs");
        for (int i = 0; i < starts.length; i++) {
            s.append(i == 0 ? ": " : ", ").append(starts[i]).append(" µs ").append(bps[i]).append(" bit/s");
            if (rtt != null) {
                s.append(" rtt ").append(rtt[i]).append(" µs");
            }
            if (i == 19 && starts.length > 20) {
                s.append(", ... (").append(starts.length).append(" pieces)");
                break;
            }
        }
        return s.append(']').toString();
    }
}
