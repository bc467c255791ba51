package io.cdnsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The piecewise-constant throughput trace: lookups, looping, and download times piece by piece. */
class ThroughputTraceTest {

    /** 1 s at 1 Mbit/s, 2 s at 4 Mbit/s, 1 s at 2 Mbit/s; no latency; a loop is 4 s and carries 11 Mbit. */
    private static final ThroughputTrace PLAIN = new ThroughputTrace(new long[] {0, 1_000_000, 3_000_000},
            4_000_000, new double[] {1e6, 4e6, 2e6}, null);

    /** Sabre's shape: 1 s at 1000 kbit/s with 100 ms latency, then 1 s at 2000 kbit/s with 300 ms latency. */
    private static final ThroughputTrace SABRE = new ThroughputTrace(new long[] {0, 1_000_000}, 2_000_000,
            new double[] {1e6, 2e6}, new long[] {100_000, 300_000});

    /** 0.5 s at 4 Mbit/s, a 1 s outage, 0.5 s at 2 Mbit/s; latency 0 everywhere. */
    private static final ThroughputTrace OUTAGE = new ThroughputTrace(new long[] {0, 500_000, 1_500_000}, 2_000_000,
            new double[] {4e6, 0, 2e6}, new long[] {0, 0, 0});

    // Pins bpsAt/rttAt: a piece holds from its start (inclusive) to the next start (exclusive), and time past the end
    // reads the trace again from the start (t mod length), however many loops later.
    @Test
    void lookupsAreLeftClosedAndLoop() {
        assertEquals(1e6, PLAIN.bpsAt(0));
        assertEquals(1e6, PLAIN.bpsAt(999_999));
        assertEquals(4e6, PLAIN.bpsAt(1_000_000));
        assertEquals(2e6, PLAIN.bpsAt(3_999_999));
        assertEquals(1e6, PLAIN.bpsAt(4_000_000));
        assertEquals(4e6, PLAIN.bpsAt(10 * 4_000_000L + 2_500_000));
        assertEquals(100_000, SABRE.rttAt(999_999));
        assertEquals(300_000, SABRE.rttAt(1_000_000));
        assertEquals(100_000, SABRE.rttAt(2_000_000));
        assertEquals(ThroughputTrace.NO_LATENCY, PLAIN.rttAt(5));
        assertTrue(SABRE.hasLatency());
        assertFalse(PLAIN.hasLatency());
        assertEquals(3, PLAIN.pieces());
        assertEquals(4_000_000, PLAIN.length());
        assertEquals(3_000_000, PLAIN.pieceStart(2));
        assertEquals(2e6, PLAIN.pieceBps(2));
        assertEquals(ThroughputTrace.NO_LATENCY, PLAIN.pieceRtt(0));
        assertEquals(300_000, SABRE.pieceRtt(1));
    }

    // Pins a transfer inside one piece: bits / bps. 250 kbit at 1 Mbit/s from t = 0.5 s take 0.25 s.
    @Test
    void transferWithinOnePiece() {
        assertEquals(250_000, PLAIN.transferMicros(500_000, 250_000));
        assertEquals(0, PLAIN.firstBitMicros(500_000));
    }

    // Pins integration across a boundary: from t = 0.5 s, 0.5 s at 1 Mbit/s moves 0.5 Mbit, the other 2 Mbit take
    // 0.5 s at 4 Mbit/s: 2.5 Mbit take 1 s.
    @Test
    void transferAcrossPieces() {
        assertEquals(1_000_000, PLAIN.transferMicros(500_000, 2_500_000));
    }

    // Pins the loop point: from t = 3.5 s, 0.5 s at 2 Mbit/s moves 1 Mbit, the trace starts again, and 0.5 Mbit more
    // take 0.5 s at 1 Mbit/s: 1.5 Mbit take 1 s.
    @Test
    void transferAcrossTheLoopPoint() {
        assertEquals(1_000_000, PLAIN.transferMicros(3_500_000, 1_500_000));
    }

    // Pins whole loops: a loop carries 11 Mbit in 4 s, so 3 × 11 + 1 Mbit from t = 0 take 3 × 4 s + 1 s, and a start
    // many loops in behaves as its offset into the loop.
    @Test
    void transferOfManyLoops() {
        assertEquals(13_000_000, PLAIN.transferMicros(0, 34e6));
        assertEquals(13_000_000, PLAIN.transferMicros(1_000 * 4_000_000L, 34e6));
        assertEquals(PLAIN.transferMicros(500_000, 2_500_000), PLAIN.transferMicros(7 * 4_000_000L + 500_000,
                2_500_000));
    }

    // Pins an outage: from t = 0.25 s, 0.25 s at 4 Mbit/s moves 1 Mbit, the 1 s at 0 moves nothing, and 1 Mbit
    // more takes 0.5 s at 2 Mbit/s: 2 Mbit take 1.75 s. Starting inside the outage waits for its end.
    @Test
    void transferSkipsAnOutage() {
        assertEquals(1_750_000, OUTAGE.transferMicros(250_000, 2e6));
        assertEquals(500_000 + 250_000, OUTAGE.transferMicros(1_000_000, 500_000));
    }

    // Pins latency inside one piece: the request waits the piece's 100 ms, then 0.5 Mbit take 0.5 s at 1 Mbit/s.
    @Test
    void latencyThenTransfer() {
        assertEquals(100_000, SABRE.firstBitMicros(0));
        assertEquals(600_000, SABRE.transferMicros(0, 500_000));
    }

    // Cross-check with Sabre's NetworkModel.download (do_latency_delay(1) then do_download), worked by hand in its
    // units (ms, kbit/s = bit/ms) for a request at 950 ms of the trace [1000 ms, 1000 kbit/s, 100 ms], [1000 ms,
    // 2000 kbit/s, 300 ms] and 2 000 000 bits:
    // latency: 50 ms left in period 0 use 50/100 = 0.5 of the latency; the other 0.5 × 300 ms = 150 ms in period 1;
    //   time to first bit 200 ms, now at 1150 ms;
    // download: 850 ms × 2000 bit/ms = 1 700 000 bits to the end of period 1; the trace wraps; 300 000 bits at
    //   1000 bit/ms take 300 ms; time 200 + 850 + 300 = 1350 ms.
    // Sabre (src/sabre.py at 09b03bb, run on this trace) gives time 1350.0 and time_to_first_bit 200.0.
    @Test
    void matchesSabreAcrossLatencyAndLoop() {
        assertEquals(200_000, SABRE.firstBitMicros(950_000));
        assertEquals(1_350_000, SABRE.transferMicros(950_000, 2_000_000));
    }

    // Pins a latency wait that itself crosses the loop point: from 1.9 s, 100 ms of period 1 use 1/3 of a latency,
    // and the rest, 2/3 × 100 ms, is spent in period 0 of the next loop (first bit at 166 667 µs). Then 1 Mbit: the
    // 933 333 µs left of period 0 carry 933 333 bits at 1 Mbit/s, the other 66 667 bits take 33 333 µs at 2 Mbit/s;
    // 1 133 333 µs in all. Sabre gives 1133.33 ms and 166.67 ms.
    @Test
    void latencyAcrossTheLoopPoint() {
        assertEquals(166_667, SABRE.firstBitMicros(1_900_000));
        assertEquals(1_133_333, SABRE.transferMicros(1_900_000, 1e6));
    }

    // Pins latency 0 (the OUTAGE trace) and the zero-bit download, which takes no time at all (Sabre returns at once
    // for a size of 0, without the latency).
    @Test
    void zeroLatencyAndZeroBits() {
        assertEquals(0, OUTAGE.firstBitMicros(600_000));
        assertEquals(0, SABRE.transferMicros(123, 0));
    }

    // Pins that a latency longer than a whole loop ends (whole loops are skipped, not walked) and that a download
    // too long for a long saturates rather than looping for ever.
    @Test
    void hugeWaitsEnd() {
        ThroughputTrace slow = new ThroughputTrace(new long[] {0}, 1_000, new double[] {1}, new long[] {1L << 40});
        assertEquals(1L << 40, slow.firstBitMicros(0));
        assertEquals(Long.MAX_VALUE, PLAIN.transferMicros(0, 1e300));
    }

    // Pins the constructor's checks: a first start other than 0, starts that do not increase, a last start at the
    // length, mismatched arrays, negative or NaN throughput, negative latency, and an all-zero trace (a download
    // would never end).
    @Test
    void rejectsMalformedPieces() {
        assertThrows(IllegalArgumentException.class, () -> new ThroughputTrace(new long[] {1}, 5, new double[] {1},
                null));
        assertThrows(IllegalArgumentException.class, () -> new ThroughputTrace(new long[] {0, 3, 3}, 5,
                new double[] {1, 1, 1}, null));
        assertThrows(IllegalArgumentException.class, () -> new ThroughputTrace(new long[] {0, 5}, 5,
                new double[] {1, 1}, null));
        assertThrows(IllegalArgumentException.class, () -> new ThroughputTrace(new long[] {0}, 5,
                new double[] {1, 1}, null));
        assertThrows(IllegalArgumentException.class, () -> new ThroughputTrace(new long[] {0}, 5,
                new double[] {-1}, null));
        assertThrows(IllegalArgumentException.class, () -> new ThroughputTrace(new long[] {0}, 5,
                new double[] {Double.NaN}, null));
        assertThrows(IllegalArgumentException.class, () -> new ThroughputTrace(new long[] {0}, 5,
                new double[] {1}, new long[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> new ThroughputTrace(new long[] {0, 2}, 5,
                new double[] {0, 0}, null));
        assertThrows(IllegalArgumentException.class, () -> PLAIN.bpsAt(-1));
        assertThrows(IllegalArgumentException.class, () -> PLAIN.transferMicros(0, -1));
    }

    // Pins immutability and value semantics: changing the arrays given to the constructor changes nothing, and two
    // traces of the same pieces are equal.
    @Test
    void copiesItsArraysAndComparesByValue() {
        long[] starts = {0, 10};
        double[] bps = {1e6, 2e6};
        ThroughputTrace t = new ThroughputTrace(starts, 20, bps, null);
        ThroughputTrace same = new ThroughputTrace(new long[] {0, 10}, 20, new double[] {1e6, 2e6}, null);
        starts[1] = 15;
        bps[0] = 9;
        assertEquals(10, t.pieceStart(1));
        assertEquals(1e6, t.pieceBps(0));
        assertEquals(same, t);
        assertEquals(same.hashCode(), t.hashCode());
        assertNotEquals(same, new ThroughputTrace(new long[] {0, 10}, 20, new double[] {1e6, 2e6}, new long[] {0, 0}));
    }

    // Pins "allocate nothing per call": a million lookups and downloads, with and without latency, across pieces and
    // loops, allocate (almost) no bytes on this thread.
    @Test
    void allocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled());
        long sink = spin(200_000);
        long before = mx.getCurrentThreadAllocatedBytes();
        sink += spin(1_000_000);
        long allocated = mx.getCurrentThreadAllocatedBytes() - before;
        assertEquals(0, allocated, 4096, "allocated " + allocated + " bytes");
        Assumptions.assumeTrue(sink >= 0);
    }

    private static long spin(int calls) {
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            long t = i * 7_919L;
            sum += SABRE.transferMicros(t, 1e5 * (i % 50)) + PLAIN.transferMicros(t, 1e5 * (i % 200))
                    + OUTAGE.firstBitMicros(t) + (long) PLAIN.bpsAt(t) + SABRE.rttAt(t);
        }
        return sum;
    }
}
