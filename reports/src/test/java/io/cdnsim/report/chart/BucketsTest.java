package io.cdnsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of one second grouped into points of several: means, lowest and highest, computed by hand. */
class BucketsTest {

    private static final List<String> COLUMNS = List.of("second", "requests", "average_bitrate_kbps",
            "viewers_playing");

    /** second, requests, kbit/s being played (0 when nobody plays), viewers playing. */
    private static final double[][] ROWS = {
        {0, 4, 0, 0}, {1, 0, 1000, 2}, {2, 2, 3000, 2},
        {3, 6, 2000, 1}, {4, 6, 0, 0}, {5, 6, 1000, 3},
        {6, 1, 500, 4}, {7, 9, 1500, 4}, {8, 2, 0, 0},
        {9, 7, 800, 5},
    };

    private static SeriesTable grouped(double[][] rows, long width) {
        Buckets b = new Buckets(COLUMNS.size(), width, 2, 3);
        for (double[] r : rows) {
            b.add(r);
        }
        return b.table(COLUMNS);
    }

    // Pins the grouping of 10 seconds into points of 3 (the last of 1): the mean of each column (the second at the
    // point's middle), the bitrate weighted by the viewers playing ((1000 x 2 + 3000 x 2) / 4 = 2000), the lowest and
    // highest second, and the last point's single row as it was.
    @Test
    void tenRowsIntoFourPoints() {
        SeriesTable t = grouped(ROWS, 3);
        assertEquals(3, t.secondsPerPoint());
        assertEquals(4, t.rows().size());
        assertArrayEquals(new double[] {1, 4, 7, 9}, t.seconds(), 0);
        assertArrayEquals(new double[] {2, 6, 4, 7}, t.column("requests"), 0);
        assertArrayEquals(new double[] {0, 6, 1, 7}, t.low("requests"), 0);
        assertArrayEquals(new double[] {4, 6, 9, 7}, t.high("requests"), 0);
        assertArrayEquals(new double[] {2000, 1250, 1000, 800}, t.column("average_bitrate_kbps"), 0);
        assertArrayEquals(new double[] {0, 0, 0, 800}, t.low("average_bitrate_kbps"), 0);
        assertArrayEquals(new double[] {3000, 2000, 1500, 800}, t.high("average_bitrate_kbps"), 0);
        assertArrayEquals(new double[] {4.0 / 3, 4.0 / 3, 8.0 / 3, 5}, t.column("viewers_playing"), 0);
        assertArrayEquals(new double[] {2, 3, 4, 5}, t.high("viewers_playing"), 0);
    }

    // Pins the bitrate of a point in which nobody played: 0, as a second's is, not a division by zero.
    @Test
    void bitrateOfNobodyPlayingIsZero() {
        SeriesTable t = grouped(new double[][] {{0, 1, 0, 0}, {1, 1, 0, 0}}, 2);
        assertArrayEquals(new double[] {0}, t.column("average_bitrate_kbps"), 0);
    }

    // Pins that points of one second are the rows as read, value for value, each its own lowest and highest.
    @Test
    void pointsOfOneSecondAreTheRows() {
        SeriesTable t = grouped(ROWS, 1);
        assertEquals(ROWS.length, t.rows().size());
        for (int i = 0; i < ROWS.length; i++) {
            assertArrayEquals(ROWS[i], t.rows().get(i), 0);
            assertArrayEquals(ROWS[i], t.lows().get(i), 0);
            assertArrayEquals(ROWS[i], t.highs().get(i), 0);
        }
    }
}
