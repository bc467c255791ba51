package io.cdnsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.cdnsim.metrics.TimeSeries;
import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The overlaid charts of {@code cdnsim compare} (R5): both runs' lines, each from its own time series. */
class CompareChartsTest {

    /** A table of two seconds for the tiers, the origin_gbit_per_s column, and the viewer columns if asked. */
    private static SeriesTable table(List<String> tiers, boolean viewers, double scale) {
        List<String> extra = viewers ? List.of("viewers_watching", "viewers_playing", "viewers_stalled",
                "average_bitrate_kbps") : List.of();
        List<String> columns = new ArrayList<>(List.of("second"));
        columns.addAll(TimeSeries.columns(tiers, extra));
        columns.add("origin_gbit_per_s");
        List<double[]> rows = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            double[] row = new double[columns.size()];
            row[0] = s;
            for (int c = 1; c < row.length; c++) {
                row[c] = scale * (c + s);
            }
            rows.add(row);
        }
        return new SeriesTable(columns, rows);
    }

    /** @return the charts of A = "one" and B = "two", neither with a warm-up */
    private static List<Figure> figures(SeriesTable a, SeriesTable b) {
        return CompareCharts.figures(new CompareCharts.Run("one", a, 0), new CompareCharts.Run("two", b, 0));
    }

    /** @return the texts of the chart's subtitles (not its legend) */
    static List<String> subtitles(Figure f) {
        List<String> texts = new ArrayList<>();
        for (Object t : f.chart().getSubtitles()) {
            if (t instanceof TextTitle text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    private static Figure figure(List<Figure> figures, String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> keys(Figure f) {
        XYSeriesCollection c = (XYSeriesCollection) f.chart().getXYPlot().getDataset();
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < c.getSeriesCount(); s++) {
            keys.add(c.getSeriesKey(s).toString());
        }
        return keys;
    }

    // Pins the origin chart: one line per run, named "A: <run>" and "B: <run>", each point equal to that run's own
    // origin_requests column; A solid, B dashed and of another colour.
    @Test
    void originLinesAreEachRunsOwn() {
        SeriesTable a = table(List.of("edge", "origin"), true, 1);
        SeriesTable b = table(List.of("edge", "shield", "origin"), false, 10);
        Figure f = figure(figures(a, b), "origin-requests");
        assertEquals(List.of("A: one", "B: two"), keys(f));
        XYSeriesCollection c = (XYSeriesCollection) f.chart().getXYPlot().getDataset();
        double[] ya = a.column("origin_requests");
        double[] yb = b.column("origin_requests");
        for (int i = 0; i < 2; i++) {
            assertEquals(ya[i], c.getSeries(0).getY(i).doubleValue(), 0);
            assertEquals(yb[i], c.getSeries(1).getY(i).doubleValue(), 0);
        }
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) f.chart().getXYPlot().getRenderer();
        assertNotEquals(r.getSeriesPaint(0), r.getSeriesPaint(1));
        assertEquals(null, ((BasicStroke) r.getSeriesStroke(0)).getDashArray(), "A solid");
        assertNotEquals(null, ((BasicStroke) r.getSeriesStroke(1)).getDashArray(), "B dashed");
    }

    // Pins the hit-ratio chart: one line per cache tier of each run (the origin is not a cache), a tier both runs have
    // drawn in the same colour, and the values those of Datasets.hitRatio on each run's table.
    @Test
    void hitRatioPerTierOfEachRun() {
        SeriesTable a = table(List.of("edge", "origin"), false, 1);
        SeriesTable b = table(List.of("edge", "shield", "origin"), false, 2);
        Figure f = figure(figures(a, b), "hit-ratio");
        assertEquals(List.of("A: edge", "B: edge", "B: shield"), keys(f));
        XYPlot p = f.chart().getXYPlot();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) p.getRenderer();
        assertEquals(r.getSeriesPaint(0), r.getSeriesPaint(1), "edge in both runs, one colour");
        assertNotEquals(r.getSeriesPaint(1), r.getSeriesPaint(2));
        XYSeriesCollection c = (XYSeriesCollection) p.getDataset();
        XYSeriesCollection shield = Datasets.hitRatio(b, List.of("shield"));
        for (int i = 0; i < 2; i++) {
            assertEquals(shield.getSeries(0).getY(i), c.getSeries(2).getY(i));
        }
    }

    // Pins when the viewer charts are drawn: when either run has viewers, with the lines of that run only; and not at
    // all for two runs without viewers.
    @Test
    void viewerChartsWhereEitherRunHasViewers() {
        SeriesTable a = table(List.of("edge", "origin"), true, 1);
        SeriesTable b = table(List.of("edge", "origin"), false, 1);
        List<Figure> mixed = figures(a, b);
        assertEquals(CompareCharts.NAMES, mixed.stream().map(Figure::name).toList());
        assertEquals(List.of("A: one"), keys(figure(mixed, "viewers")));
        XYSeriesCollection watching = (XYSeriesCollection) figure(mixed, "viewers").chart().getXYPlot().getDataset();
        assertEquals(a.column("viewers_watching")[1], watching.getSeries(0).getY(1).doubleValue(), 0);
        assertEquals(List.of("origin-requests", "origin-gbit", "hit-ratio"),
                figures(b, b).stream().map(Figure::name).toList());
    }

    // Pins the warm-up shading of the overlaid charts: when both runs have the same warm-up every chart shades it as a
    // run's charts do, from 0 s to the warm-up rounded up to a whole second (29.5 s: to 30 s), labelled "warm-up",
    // with no subtitle; when they differ (120 s and 30 s) no chart shades anything and each says why in its subtitle.
    @Test
    void warmupShadedOnlyWhenBothRunsHaveTheSame() {
        SeriesTable a = table(List.of("edge", "origin"), true, 1);
        SeriesTable b = table(List.of("edge", "shield", "origin"), true, 2);
        List<Figure> same = CompareCharts.figures(new CompareCharts.Run("one", a, 29.5),
                new CompareCharts.Run("two", b, 29.5));
        assertEquals(CompareCharts.NAMES, same.stream().map(Figure::name).toList());
        for (Figure f : same) {
            Collection<?> markers = f.chart().getXYPlot().getDomainMarkers(Layer.BACKGROUND);
            assertEquals(1, markers.size(), f.name());
            IntervalMarker m = (IntervalMarker) markers.iterator().next();
            assertEquals(List.of(0.0, 30.0, "warm-up"), List.of(m.getStartValue(), m.getEndValue(), m.getLabel()),
                    f.name());
            assertEquals(List.of(), subtitles(f), f.name());
        }
        List<Figure> different = CompareCharts.figures(new CompareCharts.Run("one", a, 120),
                new CompareCharts.Run("two", b, 30));
        assertEquals(CompareCharts.NAMES, different.stream().map(Figure::name).toList());
        for (Figure f : different) {
            assertEquals(null, f.chart().getXYPlot().getDomainMarkers(Layer.BACKGROUND), f.name());
            assertEquals(List.of("Warm-ups differ (A 120 s, B 30 s): neither is shaded"), subtitles(f), f.name());
        }
    }

    // Pins the percent ticks of the hit-ratio and rebuffering charts: a small share keeps the decimals it needs (two
    // viewers of 50,000 stalled is 0.004 %; its axis ticked every 0.0005 % or 0.00025 %, which once all read "0%"),
    // while a hit ratio's ticks stay whole (95%, and 35% for the 0.35000000000000003 a tick unit adds up to).
    @Test
    void percentTicksShowSmallShares() {
        SeriesTable a = table(List.of("edge", "origin"), true, 1);
        for (String chart : List.of("hit-ratio", "rebuffering")) {
            NumberAxis y = (NumberAxis) figure(figures(a, a), chart).chart().getXYPlot().getRangeAxis();
            NumberFormat ticks = y.getNumberFormatOverride();
            assertEquals(List.of("0.004%", "0.0005%", "0.00025%", "95%", "35%", "0%"), List.of(ticks.format(0.00004),
                    ticks.format(0.000005), ticks.format(0.0000025), ticks.format(0.95),
                    ticks.format(0.35000000000000003), ticks.format(0)), chart);
        }
    }
}
