package io.cdnsim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.Ladder;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.content.Rendition;
import io.cdnsim.content.VodCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a probe records of the facts a node tells it, by hand: statistics after the warm-up, series always. */
class NodeProbeTest {

    private static final long WARMUP_END = 1_000;

    private final List<long[]> rows = new ArrayList<>();
    private final TimeSeries series = new TimeSeries(List.of("edge", "origin"), 0, (s, v) -> rows.add(v.clone()));
    /** Three titles of 2 segments; the last one (title 2) is release 0. */
    private final VodCatalog catalog = new VodCatalog(2_000_000, new Ladder("one", List.of(new Rendition(1_000_000,
            640, 360))), new int[] {2, 2, 2}, 0, 1, 0, null, 1);
    private final NodeStats stats = new NodeStats(catalog.releases());
    private final NodeProbe probe = new NodeProbe(stats, series, 1, NodeProbe.NO_LANE, new WarmUp(WARMUP_END),
            catalog);
    private final long segment = catalog.segment(0, 0, 1);

    @Test
    void theWarmupRuleCountsRequestsSentAtOrAfterItsEnd() {
        assertFalse(probe.counts(WARMUP_END - 1));
        assertTrue(probe.counts(WARMUP_END));
        assertTrue(probe.counts(WARMUP_END + 1));
    }

    /**
     * Two requests arrive, one in the warm-up: the series counts both, the statistics the counted one. The counted one
     * is a HIT of 100 bytes after 7 µs; the other a MISS of 40 bytes. Columns per tier: requests, the seven outcomes,
     * bytes; the probe is on tier 1, so its columns start at 9.
     */
    @Test
    void statisticsCountAfterTheWarmupTheSeriesAlways() {
        probe.arrived(ObjectKind.MEDIA_SEGMENT, true);
        probe.arrived(ObjectKind.MEDIA_SEGMENT, false);
        probe.answered(segment, ObjectKind.MEDIA_SEGMENT, Outcome.HIT, 100, 7, true);
        probe.answered(segment, ObjectKind.MEDIA_SEGMENT, Outcome.MISS, 40, 9, false);
        series.closeSecond();
        assertEquals(1, stats.requests());
        assertEquals(1, stats.outcomes(Outcome.HIT));
        assertEquals(0, stats.outcomes(Outcome.MISS));
        assertEquals(100, stats.bytesOut());
        assertEquals(1, stats.responseTime().getTotalCount());
        assertEquals(7, stats.responseTime().getMaxValue());
        assertArrayEquals(new long[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0, 1, 0, 140}, rows.get(0));
    }

    /** An origin decides an answer (statistics) and sends it later (series, in the second it leaves). */
    @Test
    void aDecidedAnswerReachesTheSeriesWhenSent() {
        probe.decided(segment, ObjectKind.MEDIA_SEGMENT, Outcome.ERROR, 500, 3, true);
        series.closeSecond();
        probe.sent(Outcome.ERROR, 500);
        series.closeSecond();
        assertEquals(1, stats.outcomes(Outcome.ERROR));
        assertEquals(500, stats.bytesOut(Outcome.ERROR));
        assertEquals(0, rows.get(0)[9 + 1 + Outcome.ERROR.ordinal()]);
        assertEquals(1, rows.get(1)[9 + 1 + Outcome.ERROR.ordinal()]);
        assertEquals(500, rows.get(1)[17]);
    }

    /**
     * Answers for the release's objects (title 2) count for it too, after the warm-up only; a catalog title's do not.
     * Pins: 2 counted release answers (a HIT of 300 bytes, a MISS of 200), 1 hit; the uncounted one and title 0's left
     * out; the tier totals still hold all counted answers.
     */
    @Test
    void answersForAReleaseCountForItAfterTheWarmup() {
        long release = catalog.segment(2, 0, 0);
        probe.answered(release, ObjectKind.MEDIA_SEGMENT, Outcome.HIT, 300, 1, true);
        probe.decided(release, ObjectKind.MEDIA_SEGMENT, Outcome.MISS, 200, 1, true);
        probe.answered(release, ObjectKind.MEDIA_SEGMENT, Outcome.HIT, 999, 1, false);
        probe.answered(catalog.master(2), ObjectKind.MASTER_MANIFEST, Outcome.COLLAPSED, 10, 1, true);
        probe.answered(segment, ObjectKind.MEDIA_SEGMENT, Outcome.HIT, 50, 1, true);
        assertEquals(1, stats.releases());
        assertEquals(3, stats.releaseRequests(0));
        assertEquals(2, stats.releaseHits(0));
        assertEquals(510, stats.releaseBytesOut(0));
        assertEquals(560, stats.bytesOut());
        NodeStats total = new NodeStats();
        total.add(stats);
        total.add(stats);
        assertEquals(6, total.releaseRequests(0));
        assertEquals(1_020, total.releaseBytesOut(0));
    }

    @Test
    void upstreamAndCollapsingCountOnlyWhenCounted() {
        probe.wentUpstream(UpstreamReason.REFRESH, true, true);
        probe.wentUpstream(UpstreamReason.MISS, false, true);
        probe.wentUpstream(UpstreamReason.LOCK_TIMEOUT, true, true);
        probe.wentUpstream(UpstreamReason.BACKGROUND, true, false);
        probe.upstreamAnswered(300, false, true);
        probe.upstreamAnswered(500, true, true);
        probe.upstreamAnswered(999, true, false);
        probe.waiting(3, true);
        probe.waiting(9, false);
        probe.released(25, true);
        probe.released(77, false);
        probe.lockTimedOut(true);
        probe.lockTimedOut(false);
        assertEquals(3, stats.upstreamRequests());
        assertEquals(1, stats.upstreamRequests(UpstreamReason.MISS));
        assertEquals(1, stats.upstreamRequests(UpstreamReason.REFRESH));
        assertEquals(1, stats.upstreamRequests(UpstreamReason.LOCK_TIMEOUT));
        assertEquals(0, stats.upstreamRequests(UpstreamReason.BACKGROUND));
        assertEquals(2, stats.conditionalRequests());
        assertEquals(800, stats.upstreamBytes());
        assertEquals(1, stats.upstreamFailed());
        assertEquals(3, stats.peakWaiters());
        assertEquals(1, stats.collapseWait().getTotalCount());
        assertEquals(25, stats.collapseWait().getMaxValue());
        assertEquals(1, stats.lockTimeouts());
    }
}
