package io.cdnsim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The projection of a measured window to a month, on hand-made windows. */
class ProjectionTest {

    private static final long MIN = 60_000_000L;

    private static Measured measured(long micros, List<Long> windows) {
        long total = windows.stream().mapToLong(Long::longValue).sum();
        return new Measured(micros, Map.of("eu", total), windows, 1000, 100, 50, 10, windows, 7, 7200, true);
    }

    private static void assertBytes(long expected, BigDecimal actual) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(actual), () -> actual + ", expected " + expected);
    }

    // Pins the counts: 3 repeats of a 10-minute window multiply bytes, requests, shield and origin figures and
    // viewer-hours (7,200 viewer-seconds = 2 h, so 6 h) by 3 (10 origin bytes: 30); the baseline goes to region '*'; the origin's peak
    // stays the peak.
    @Test
    void countsAreMultiplied() {
        MonthlyUsage m = new Projection(3, 8640_000).apply(measured(10 * MIN, List.of(3000L, 600L)));
        assertBytes(3 * 3600, m.delivery().bytesByRegion().get("eu"));
        assertBytes(8640_000, m.delivery().bytesByRegion().get(Traffic.ANY_REGION));
        assertBytes(3 * 3600 + 8640_000, m.delivery().totalBytes());
        assertBytes(3000, m.viewerRequests());
        assertBytes(300, m.shieldRequests());
        assertBytes(150, m.shieldBytes());
        assertBytes(30, m.originEgress().totalBytes());
        assertBytes(7, m.originPeakRequestsPerSecond());
        assertBytes(6, m.viewerHours());
    }

    // Pins the timeline when the window is a multiple of five minutes: windows a, b, a, b, a, b, then baseline
    // alone; the baseline's 8,640,000 bytes put 1,000 in each of the month's 8,640 windows.
    @Test
    void alignedWindowsRepeat() {
        List<BigDecimal> w = new Projection(3, 8640_000).apply(measured(10 * MIN, List.of(3000L, 600L)))
                .delivery().windowBytes();
        assertEquals(Projection.WINDOWS_PER_MONTH, w.size());
        assertBytes(4000, w.get(0));
        assertBytes(1600, w.get(1));
        assertBytes(4000, w.get(4));
        assertBytes(1600, w.get(5));
        assertBytes(1000, w.get(6));
        assertBytes(1000, w.get(8639));
    }

    // Pins a window that is not a multiple of five minutes: 6 min = 5 min (3,000 bytes) + 1 min (600 bytes),
    // repeated twice back to back: month window 0 = 3,000; window 1 = 600 + 4/5 x 3,000 = 3,000; window 2 =
    // 1/5 x 3,000 + 600 = 1,200; the total stays 7,200.
    @Test
    void partialWindowsAreLaidBackToBack() {
        List<BigDecimal> w = new Projection(2, 0).apply(measured(6 * MIN, List.of(3000L, 600L))).delivery()
                .windowBytes();
        assertBytes(3000, w.get(0));
        assertBytes(3000, w.get(1));
        assertBytes(1200, w.get(2));
        assertBytes(0, w.get(3));
    }

    // Pins that bytes measured after the last window (requests draining after the run) count in the last window.
    @Test
    void drainCountsInTheLastWindow() {
        List<BigDecimal> w = new Projection(1, 0).apply(measured(5 * MIN, List.of(3000L, 600L))).delivery()
                .windowBytes();
        assertBytes(3600, w.get(0));
        assertBytes(0, w.get(1));
    }

    // Pins the fit: 7,200 repeats of 6 minutes are exactly 30 days; 7,201 are refused.
    @Test
    void repeatsMustFitInAMonth() {
        assertNull(new Projection(7200, 0).fitProblem(6 * MIN));
        assertNotNull(new Projection(7201, 0).fitProblem(6 * MIN));
        assertThrows(IllegalArgumentException.class, () -> new Projection(7201, 0)
                .apply(measured(6 * MIN, List.of(1L, 1L))));
        assertThrows(IllegalArgumentException.class, () -> new Projection(0, 0));
        assertEquals("the measured 6 min x 4 a month + 200 TB baseline",
                new Projection(4, 200_000_000_000_000L).describe(6 * MIN));
    }
}
