package io.cdnsim.bandwidth;

import static io.cdnsim.bandwidth.LinkBench.MBIT;
import static io.cdnsim.bandwidth.LinkBench.MS;
import static io.cdnsim.bandwidth.LinkBench.NONE;
import static io.cdnsim.bandwidth.LinkBench.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.model.Failure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A link that loses a share of its capacity for a while ({@link Failure.CapacityLost}), on hand-computed cases driven
 * through a real event loop ({@link LinkBench}). Units: bits, microseconds; last bytes are rounded up to the µs.
 */
class CapacityLossTest {

    private static final long ROUNDING = 1;

    // Pins a POP's egress losing half its capacity under a download that fitted. Egress 10 Mbit/s; 10 Mbit at a cap of
    // 8 Mbit/s from 0 (announced to end at 1.25 s). From 0.5 s to 1.5 s the link has 5 Mbit/s: at 0.5 s the 6 Mbit
    // left no longer fit, the download is delayed and gets 5 Mbit/s; at 1.5 s, 1 Mbit is left, the caps fit again
    // (8 ≤ 0.9 × 10) and it runs at 8 Mbit/s: last byte at 1.5 + 1/8 = 1.625 s. The link carries 8 × 0.5 + 5 × 0.5
    // = 6.5 Mbit in second 1 and 5 × 0.5 + 8 × 0.125 = 3.5 Mbit in second 2; the capacity in force averages 7.5 Mbit/s
    // over each, so the busiest share is 6.5 / 7.5.
    @Test
    void aDownloadSlowsWhileItsPopHasLostHalfItsEgress() {
        LinkBench bench = new LinkBench(List.of(new Failure.CapacityLost("e0", false, 500 * MS, 1_500 * MS, 0.5)),
                NONE, 10_000_000L);
        int a = bench.start(0, 0, 10 * MBIT, 1_250 * MS);
        bench.closeSeconds(3);
        bench.runUntil(10 * S);
        assertTrue(bench.finished(a));
        assertEquals(1_625 * MS, bench.lastByte(a), ROUNDING);
        assertEquals(1, bench.delays(a));
        int link = bench.egress(0);
        assertEquals(6.5 * MBIT, bench.secondBits.get(0)[link], 1e-6);
        assertEquals(3.5 * MBIT, bench.secondBits.get(1)[link], 1e-6);
        assertEquals(6.5 / 7.5, bench.downloads.figures(link).peakShare(), 1e-12);
        assertEquals(0, bench.downloads.figures(link).secondsAtCapacity());
    }

    // Pins a region's peering link cut entirely (lost 1) from 0.5 s to 2 s. Peering 10 Mbit/s, egress unlimited. A:
    // 4 Mbit at 4 Mbit/s from 0 (announced at 1 s): 2 Mbit left at 0.5 s, then nothing moves. B: 2 Mbit at 4 Mbit/s
    // from 1 s: gets nothing. At 2 s both fit again and run at their caps: A's 2 Mbit and B's 2 Mbit end at 2.5 s.
    // The link carries 2, 0 and 4 Mbit in seconds 1 to 3; second 2, with nothing left of the link, counts as at
    // capacity.
    @Test
    void nothingMovesThroughACutPeeringLink() {
        LinkBench bench = new LinkBench(List.of(new Failure.CapacityLost("r", true, 500 * MS, 2 * S, 1)),
                10_000_000L, NONE);
        int a = bench.start(0, 0, 4 * MBIT, S);
        int b = bench.start(S, 0, 2 * MBIT, 500 * MS);
        bench.closeSeconds(4);
        bench.runUntil(10 * S);
        assertTrue(bench.finished(a) && bench.finished(b));
        assertEquals(2_500 * MS, bench.lastByte(a), ROUNDING);
        assertEquals(2_500 * MS, bench.lastByte(b), ROUNDING);
        assertEquals(2_000 * MS, bench.announcedAt(b), "announced when the link comes back");
        int peering = 0;
        assertEquals(2 * MBIT, bench.secondBits.get(0)[peering], 1e-6);
        assertEquals(0, bench.secondBits.get(1)[peering], 1e-6);
        assertEquals(4 * MBIT, bench.secondBits.get(2)[peering], 1e-6);
        assertEquals(1, bench.downloads.figures(peering).secondsAtCapacity());
    }

    // Pins that a loss on one POP leaves another POP of a region without a peering link alone: e1's download runs at
    // its cap and is never delayed while e0 loses 90 % of its egress.
    @Test
    void aLossStaysOnItsLink() {
        LinkBench bench = new LinkBench(List.of(new Failure.CapacityLost("e0", false, 0, 5 * S, 0.9)),
                NONE, 10_000_000L, 10_000_000L);
        int a = bench.start(100 * MS, 1, 8 * MBIT, S);
        bench.closeSeconds(2);
        bench.runUntil(10 * S);
        assertEquals(1_100 * MS, bench.lastByte(a));
        assertEquals(0, bench.delays(a));
    }
}
