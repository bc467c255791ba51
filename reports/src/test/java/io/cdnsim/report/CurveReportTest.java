package io.cdnsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.cache.CurveResult;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CurveReportTest {

    /** A curve of 1,000 requests with these sizes and request miss ratios. */
    private static CurveResult curve(long[] sizes, double... miss) {
        long[] hits = new long[sizes.length];
        for (int j = 0; j < sizes.length; j++) {
            hits[j] = Math.round(1000 * (1 - miss[j]));
        }
        long[] zero = new long[sizes.length];
        long[] none = new long[sizes.length];
        Arrays.fill(none, -1);
        return new CurveResult(sizes, sizes, "lru", 1000, hits, zero, zero, 1000, 1000, 1, 1000, 0, none, null);
    }

    /**
     * Pins the knee on hand-made curves. Doubling sizes 1, 2, 4, 8, 16 B with miss ratios 90, 60, 40, 39.5, 39 %:
     * doubling gains 30, 20, 0.5 and 0.5 points, so the knee is 4 B. A plateau first, 99, 98.5, 50, 30, 29.5 %: 1 B
     * gains only 0.5 points but 2 B gains 48.5, so the knee is 8 B, the first from which no doubling gains a point.
     * Sizes 1, 3, 9 B with 50, 20, 19.5 %: twice 3 B is read at 6 B between 3 and 9 on a log scale, 20 - 0.5 ln 2 /
     * ln 3 = 19.68 %, a gain of 0.32 points: the knee is 3 B (1 B gains 18.9 points to 2 B). 90, 60, 40, 39, 38 %
     * gains a whole point at 4 and 8 B: no knee (-1).
     */
    @Test
    void theKneeIsWhereDoublingStopsGainingAPoint() {
        long[] doubling = {1, 2, 4, 8, 16};
        assertEquals(2, CurveReport.knee(curve(doubling, 0.90, 0.60, 0.40, 0.395, 0.39)));
        assertEquals(3, CurveReport.knee(curve(doubling, 0.99, 0.985, 0.50, 0.30, 0.295)));
        assertEquals(1, CurveReport.knee(curve(new long[] {1, 3, 9}, 0.50, 0.20, 0.195)));
        assertEquals(0.2 - 0.005 * Math.log(2) / Math.log(3), CurveReport.missAt(curve(new long[] {1, 3, 9}, 0.50,
                0.20, 0.195), 6), 1e-12);
        assertEquals(-1, CurveReport.knee(curve(doubling, 0.90, 0.60, 0.40, 0.39, 0.38)));
    }
}
