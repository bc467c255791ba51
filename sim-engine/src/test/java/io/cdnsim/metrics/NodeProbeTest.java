package io.cdnsim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cdnsim.content.ObjectKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a probe records of the facts a node tells it, by hand: statistics after the warm-up, series always. */
class NodeProbeTest {

    private static final long WARMUP_END = 1_000;

    private final List<long[]> rows = new ArrayList<>();
    private final TimeSeries series = new TimeSeries(List.of("edge", "origin"), 0, (s, v) -> rows.add(v.clone()));
    private final NodeStats stats = new NodeStats();
    private final NodeProbe probe = new NodeProbe(stats, series, 1, new WarmUp(WARMUP_END));

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
        probe.answered(ObjectKind.MEDIA_SEGMENT, Outcome.HIT, 100, 7, true);
        probe.answered(ObjectKind.MEDIA_SEGMENT, Outcome.MISS, 40, 9, false);
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
        probe.decided(ObjectKind.MEDIA_SEGMENT, Outcome.ERROR, 500, 3, true);
        series.closeSecond();
        probe.sent(Outcome.ERROR, 500);
        series.closeSecond();
        assertEquals(1, stats.outcomes(Outcome.ERROR));
        assertEquals(500, stats.bytesOut(Outcome.ERROR));
        assertEquals(0, rows.get(0)[9 + 1 + Outcome.ERROR.ordinal()]);
        assertEquals(1, rows.get(1)[9 + 1 + Outcome.ERROR.ordinal()]);
        assertEquals(500, rows.get(1)[17]);
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
