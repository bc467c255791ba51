package io.cdnsim.bandwidth;

import static io.cdnsim.bandwidth.LinkBench.MBIT;
import static io.cdnsim.bandwidth.LinkBench.MS;
import static io.cdnsim.bandwidth.LinkBench.NONE;
import static io.cdnsim.bandwidth.LinkBench.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Downloads#abandon} and {@link Downloads#sentBits} on hand-computed cases (a player giving up a segment
 * download). Units: bits, microseconds; times within 1 µs.
 */
class AbandonedDownloadsTest {

    private static final long ROUNDING = 1;

    private static double secondBits(LinkBench bench, int s, int link) {
        return bench.secondBits.get(s - 1)[link];
    }

    // Pins a free download given up: 4 Mbit at its cap of 4 Mbit/s from 0 s (its last byte announced at 1 s) is
    // abandoned at 0.25 s, having sent 4 × 0.25 = 1 Mbit. The link carries only that 1 Mbit; its end is void (its
    // generation moved on); and its cap no longer counts: a download of 8 Mbit at 8 Mbit/s at 0.5 s fits the 10 Mbit/s
    // link (4 + 8 would not), runs free and is never delayed: last byte 1.5 s, 4 Mbit in each of seconds 1 and 2.
    @Test
    void aFreeDownloadStopsAndFreesItsCap() {
        LinkBench bench = new LinkBench(true, List.of(), NONE, 10_000_000L);
        int a = bench.start(0, 0, 4 * MBIT, S);
        bench.abandon(250 * MS, a);
        int b = bench.start(500 * MS, 0, 8 * MBIT, S);
        bench.closeSeconds(3);
        bench.runUntil(10 * S);
        assertEquals(List.of(), bench.violations);
        assertEquals(1 * MBIT, bench.sentWhenAbandoned(a), 1e-6);
        assertTrue(bench.downloads.generation(a) != 0, "the abandoned end is void");
        assertEquals(1_500 * MS, bench.lastByte(b), ROUNDING);
        assertEquals(0, bench.delays(b));
        int link = bench.egress(0);
        assertEquals(1 * MBIT + 4 * MBIT, secondBits(bench, 1, link), 1e-6);
        assertEquals(4 * MBIT, secondBits(bench, 2, link), 1e-6);
        assertEquals(Double.NaN, bench.downloads.sentBits(a, 2 * S));
    }

    // Pins a download through a link without capacity: kept when downloads may be abandoned (else it would cost
    // nothing to keep). 2 Mbit at 2 Mbit/s, abandoned at 0.5 s after 1 Mbit: the link carries 1 Mbit in all.
    @Test
    void aDownloadThroughAnUnlimitedLinkCanBeAbandoned() {
        LinkBench bench = new LinkBench(true, List.of(), NONE, NONE);
        int a = bench.start(0, 0, 2 * MBIT, S);
        bench.abandon(500 * MS, a);
        bench.closeSeconds(2);
        bench.runUntil(10 * S);
        assertEquals(1 * MBIT, bench.sentWhenAbandoned(a), 1e-6);
        assertEquals(1 * MBIT, secondBits(bench, 1, bench.egress(0)), 1e-6);
        assertEquals(0, secondBits(bench, 2, bench.egress(0)), 1e-6);
    }

    // Pins a shared download given up. Two downloads of 10 Mbit at a cap of 8 Mbit/s at 0 s on a 10 Mbit/s link share
    // it at 5 Mbit/s each (recomputed every 0.1 s from 0 s); a is abandoned at 0.45 s after 2.25 Mbit. Its share stays
    // unused until the recomputation at 0.5 s, where b's cap (8) fits well (below 0.9 × 10) and b runs free: 10 − 2.5
    // = 7.5 Mbit at 8 Mbit/s, last byte at 0.5 + 0.9375 = 1.4375 s. The link: 10 × 0.45 + 5 × 0.05 + 8 × 0.5 = 8.75
    // Mbit in second 1, 8 × 0.4375 = 3.5 Mbit in second 2.
    @Test
    void aSharedDownloadLeavesItsShareToTheOthers() {
        LinkBench bench = new LinkBench(true, List.of(), NONE, 10_000_000L);
        int a = bench.start(0, 0, 10 * MBIT, 1_250 * MS);
        int b = bench.start(0, 0, 10 * MBIT, 1_250 * MS);
        bench.abandon(450 * MS, a);
        bench.closeSeconds(3);
        bench.runUntil(10 * S);
        assertEquals(List.of(), bench.violations);
        assertEquals(2.25 * MBIT, bench.sentWhenAbandoned(a), 1e-6);
        assertEquals(1_437_500, bench.lastByte(b), ROUNDING);
        assertTrue(bench.finished(b));
        int link = bench.egress(0);
        assertEquals(8.75 * MBIT, secondBits(bench, 1, link), 1e-6);
        assertEquals(3.5 * MBIT, secondBits(bench, 2, link), 1e-6);
        assertEquals(0, secondBits(bench, 3, link), 1e-6);
    }

    // Pins that a download may be abandoned only while it is in flight: after its last byte, nothing changes.
    @Test
    void anEndedDownloadIsNotAbandoned() {
        LinkBench bench = new LinkBench(true, List.of(), NONE, 10_000_000L);
        int a = bench.start(0, 0, 4 * MBIT, S);
        bench.abandon(1_200 * MS, a);
        bench.closeSeconds(2);
        bench.runUntil(10 * S);
        assertEquals(4 * MBIT, secondBits(bench, 1, bench.egress(0)), 1e-6);
    }
}
