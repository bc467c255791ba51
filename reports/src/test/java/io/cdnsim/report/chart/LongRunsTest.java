package io.cdnsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cdnsim.metrics.TimeSeries;
import io.cdnsim.report.chart.LongRuns.Point;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** What the charts of a long run say about their points, and the spread they shade. */
class LongRunsTest {

    /** Tiers edge and origin with the viewer columns, two points; each point's lowest is 0, its highest 10 x mean. */
    private static SeriesTable table(long secondsPerPoint) {
        List<String> columns = new ArrayList<>(List.of("second"));
        columns.addAll(TimeSeries.columns(List.of("edge", "origin"), List.of("viewers_watching", "viewers_playing",
                "viewers_stalled", "average_bitrate_kbps")));
        columns.add("origin_gbit_per_s");
        List<double[]> rows = new ArrayList<>();
        List<double[]> lows = new ArrayList<>();
        List<double[]> highs = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            double[] mean = new double[columns.size()];
            double[] high = new double[columns.size()];
            for (int c = 1; c < mean.length; c++) {
                mean[c] = c + p;
                high[c] = 10 * (c + p);
            }
            mean[0] = (p + 0.5) * secondsPerPoint - 0.5;
            high[0] = mean[0];
            rows.add(mean);
            lows.add(new double[columns.size()]);
            highs.add(high);
        }
        return new SeriesTable(columns, rows, lows, highs, secondsPerPoint);
    }

    private static List<String> notes(Figure f) {
        return CompareChartsTest.subtitles(f);
    }

    private static Figure origin(SeriesTable t) {
        return LongRuns.ofRun(Charts.time("origin-requests", "t", "requests/s", Look.count(),
                Datasets.originRequests(t), 0), t, Point.MEAN, List.of("origin_requests"));
    }

    // Pins that a chart of one point per second is left as it was: no note, no shaded layer.
    @Test
    void pointsOfOneSecondAddNothing() {
        Figure f = origin(table(1));
        assertEquals(List.of(), notes(f));
        assertEquals(1, f.chart().getXYPlot().getDatasetCount());
    }

    // Pins the note and the shading of a chart whose points are 30 min: the note names the span and what a point is,
    // and a second layer behind the line spans each point's lowest to highest second, out of the legend.
    @Test
    void longRunSaysWhatAPointIsAndShadesItsSpread() {
        SeriesTable t = table(1800);
        Figure f = origin(t);
        assertEquals(List.of("Each point: 30 min of the run, the mean of its seconds; shaded: from its lowest to its "
                + "highest second"), notes(f));
        XYPlot p = f.chart().getXYPlot();
        YIntervalSeriesCollection spread = (YIntervalSeriesCollection) p.getDataset(1);
        double[] high = t.high("origin_requests");
        for (int i = 0; i < 2; i++) {
            assertEquals(t.seconds()[i], spread.getXValue(0, i), 0);
            assertEquals(t.column("origin_requests")[i], spread.getYValue(0, i), 0);
            assertEquals(0, spread.getStartYValue(0, i), 0);
            assertEquals(high[i], spread.getEndYValue(0, i), 0);
        }
        assertEquals(1, f.chart().getLegend().getSources()[0].getLegendItems().getItemCount(), "one legend entry");
        Figure ratio = LongRuns.ofRun(Charts.time("hit-ratio", "t", "hit ratio", Look.percent(),
                Datasets.hitRatio(t, List.of("edge")), 0), t, Point.HIT_RATIO, List.of());
        assertEquals(List.of("Each point: 30 min of the run, hits over the requests answered in its seconds"),
                notes(ratio));
        assertNull(ratio.chart().getXYPlot().getDataset(1), "a ratio has no shaded spread");
    }

    // Pins the note of a comparison: one span when both runs have it, each run's when they differ, none when both
    // are drawn second by second.
    @Test
    void comparisonSaysEachRunsSpan() {
        CompareCharts.Run shortRun = new CompareCharts.Run("short", table(1), 0);
        CompareCharts.Run month = new CompareCharts.Run("month", table(1800), 0);
        Figure mixed = CompareCharts.figures(shortRun, month).get(0);
        assertEquals(List.of("Each point: 1 s of A, 30 min of B, the mean of its seconds"), notes(mixed));
        Figure both = CompareCharts.figures(month, month).get(0);
        assertEquals(List.of("Each point: 30 min of each run, the mean of its seconds"), notes(both));
        assertEquals(List.of(), notes(CompareCharts.figures(shortRun, shortRun).get(0)));
    }

    // Pins how a span is written: in the largest unit that divides it.
    @Test
    void spans() {
        assertEquals(List.of("1 s", "15 s", "2 min", "90 s", "3 h", "1 day", "2 days"), List.of(LongRuns.span(1),
                LongRuns.span(15), LongRuns.span(120), LongRuns.span(90), LongRuns.span(10_800),
                LongRuns.span(86_400), LongRuns.span(172_800)));
    }
}
